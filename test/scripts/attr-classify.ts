/**
 * Sorting attribution errors into classes (for test/scripts/attr-classes.ts). Heuristic and for
 * measurement only: it reads the gold's cue and source spans and our output, never decides anything.
 */
import type { ClaimsDoc } from '../../src/schema/doc.js';
import type { Finding } from '../../src/score/index.js';
import { normalizeText } from '../../src/score/index.js';
import type { TraceEvent } from '../../src/engine/trace.js';
import { REPORTING_VERBS } from '../../src/rules/attribution/verbs.js';
import { ATTRIBUTION_NOUNS, CREDIT_PHRASES } from '../../src/rules/attribution/phrases.js';

export interface ErrorRow {
  article: string;
  field: 'claims' | 'quotes';
  kind: string;
  cls: string;
  detail: string;
}

interface GoldItem {
  anchor?: string;
  text?: string;
  polnearId?: string;
  optional?: boolean;
  cueSpans?: Array<[number, number]>;
  sourceSpans?: Array<[number, number]>;
  sourceSpan?: string;
  sourceKind?: string;
  span?: [number, number];
}

const KNOWN = new Set<string>([
  ...REPORTING_VERBS.flatMap((r) => r.forms.map((f) => f.split(' ')[0]!)),
  ...CREDIT_PHRASES.map((r) => r.words[0]!),
  ...ATTRIBUTION_NOUNS.flatMap((r) => r.nouns),
]);

const clip = (s: string, n = 160): string => s.replace(/\s+/gu, ' ').slice(0, n);

export function classify(article: string, text: string, gold: { claims: unknown[]; quotes: unknown[] }, pred: ClaimsDoc, findings: Finding[], events: readonly TraceEvent[] = []): ErrorRow[] {
  const claims = gold.claims as GoldItem[];
  const quotes = gold.quotes as GoldItem[];
  const sentOf = (pos: number): number => pred.sentences.findIndex((s) => s.start <= pos && pos < s.end);
  const out: ErrorRow[] = [];
  for (const f of findings) {
    if (f.field !== 'claims' && f.field !== 'quotes') continue;
    if (f.kind === 'fp') {
      const c = f.field === 'claims' ? pred.claims.find((x) => x.text === f.text) : undefined;
      out.push({ article, field: f.field, kind: 'fp', cls: 'fp', detail: `${f.got}\t${c ? `cue=${c.cue}\trule=${c.rule}` : ''}\t${clip(f.text)}` });
      continue;
    }
    let g: GoldItem | undefined;
    if (f.field === 'claims') g = claims.find((c) => !c.optional && c.anchor === f.text);
    else {
      const q = quotes.find((x) => !x.optional && f.start !== undefined && x.span && x.span[0] < f.start + f.text.length && f.start < x.span[1]) ?? quotes.find((x) => normalizeText(x.text ?? '') === normalizeText(f.text));
      g = q && claims.find((c) => c.polnearId === q.polnearId);
    }
    if (!g?.cueSpans?.[0]) {
      out.push({ article, field: f.field, kind: f.kind, cls: 'no-gold-cue', detail: f.text });
      continue;
    }
    const [cs, ce] = g.cueSpans[0];
    const cue = text.slice(cs, ce);
    const ss = g.sourceSpans?.[0];
    const sent = pred.sentences[sentOf(cs)];
    const sentText = sent ? sent.text : '';
    const base = `${f.expected ?? ''}\t${f.got ?? ''}\tcue=${cue}\tsrc=${g.sourceSpan ?? ''}(${g.sourceKind ?? ''})`;
    let cls: string;
    if (f.kind === 'miss') cls = missClass(pred, cs, ce, cue, sentOf, f.field, events);
    else cls = wrongClass(text, cs, ce, ss, sentOf, f.got ?? 'null', g.sourceSpan ?? '');
    const ours = f.kind === 'wrong' && f.field === 'claims' ? pred.claims.find((c) => c.start === f.start && c.source === (f.got === 'null' ? null : f.got) && c.text.includes(f.text)) : undefined;
    out.push({ article, field: f.field, kind: f.kind, cls, detail: `${base}\t${clip(sentText, 260)}${f.kind === 'miss' ? `\tanchor=${f.text}` : ''}${ours ? `\tourcue=${ours.cue ?? ''}\tsame-cue=${ours.cueStart !== undefined && ours.cueStart !== null && ours.cueStart < ce && cs < (ours.cueEnd ?? 0)}` : ''}` });
  }
  return out;
}

/**
 * A missed claim by what happened at its gold cue: our claim there has other text (cue-found-text-short);
 * other claims in the sentence (several-frames); a known cue word rejected by a row (cue-rejected:ROW, from
 * the trace), proposed but giving no claim (cue-no-claim: no source phrase, inside a quotation, or claim
 * false), never proposed (cue-skipped: a clause-only or quote-only verb without its content); no known
 * cue word in the gold cue (cue-unknown).
 */
function missClass(pred: ClaimsDoc, cs: number, ce: number, cue: string, sentOf: (p: number) => number, field: string, events: readonly TraceEvent[]): string {
  if (field === 'quotes') return 'quote-miss';
  const s = sentOf(cs);
  const atCue = pred.claims.find((c) => c.cueStart !== undefined && c.cueStart !== null && c.cueStart < ce && cs < (c.cueEnd ?? 0));
  if (atCue) return 'cue-found-text-short';
  const inSent = pred.claims.filter((c) => c.sentence === s);
  const words = cue.toLowerCase().split(/\s+/u).map((w) => w.replace(/[^a-z'-]/gu, ''));
  const known = words.some((w) => KNOWN.has(w));
  if (inSent.length > 0) return known ? 'several-frames(known-cue)' : 'several-frames(unknown-cue)';
  if (/^[A-Z]/u.test(cue) && cue.length > 1 && /:/u.test(cue)) return 'colon';
  if (!known) return 'cue-unknown';
  const at = events.filter((e) => e.stage === 'cues' && e.start < ce && cs < e.end);
  const rejected = at.find((e) => e.verdict === 'reject');
  if (rejected) return `cue-rejected:${rejected.rule}`;
  const framed = at.filter((e) => e.rule.startsWith('frame.'));
  if (framed.length > 0) return `cue-no-claim:${framed[framed.length - 1]!.rule}`;
  if (at.some((e) => e.verdict === 'propose')) return 'cue-no-claim';
  return 'cue-skipped';
}

function wrongClass(text: string, cs: number, ce: number, ss: [number, number] | undefined, sentOf: (p: number) => number, got: string, span: string): string {
  const sub = got === 'null' ? 'null' : span.toLowerCase().includes(got.toLowerCase()) || got.toLowerCase().includes(span.toLowerCase()) ? 'part' : 'other';
  if (!ss) return `no-span:${sub}`;
  if (sentOf(ss[0]) !== sentOf(cs)) return `other-sentence:${sub}`;
  const lower = /^(?:the|a|an|his|her|their|its)\s|^[a-z]/u.test(span) ? 'desc' : 'name';
  if (ss[0] >= ce) {
    const gap = text.slice(ce, ss[0]);
    return `${gap.trim() === '' ? 'inverted' : 'after-far'}:${lower}:${sub}`;
  }
  const gap = text.slice(ss[1], cs);
  if (/^\s*(?:\w+ly\s+)?$/u.test(gap)) return `adjacent:${lower}:${sub}`;
  if (/^\s*,/u.test(gap)) return `behind-aside:${lower}:${sub}`;
  return `before-far:${lower}:${sub}`;
}
