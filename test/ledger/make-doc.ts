import type { Actor, ActorType, ClaimsDoc } from '../../src/schema/doc.js';
import { SCHEMA_VERSION } from '../../src/schema/doc.js';

/** Hand-made ClaimsDocs for the merge tests: offsets are made up but consistent (one sentence per item). */
export interface DocSpec {
  path: string;
  date: string | null;
  /** sentence texts (default: "Sentence i of PATH.") */
  sentences?: string[];
  actors?: { name: string; type: ActorType; aliases?: string[]; role?: string; mentions?: number }[];
  dates?: { text: string; value: string | null; sentence?: number }[];
  /** `extendedFrom`: the index of the earlier deadline of this list that this one replaces */
  deadlines?: { text: string; value: string | null; what: string; sentence?: number; extendedFrom?: number }[];
  quotes?: { text: string; speaker: string | null; kind?: 'statement' | 'title' | 'scare'; sentence?: number }[];
  claims?: { text: string; source: string | null; cue?: string; sentence?: number }[];
}

export function makeDoc(spec: DocSpec): ClaimsDoc {
  const at = (sentence = 0) => ({ start: sentence * 100 + 10, end: sentence * 100 + 20, sentence, rule: 'test' });
  const actors: Actor[] = (spec.actors ?? []).map((a, i) => ({
    id: `a${i + 1}`, name: a.name, type: a.type, role: a.role ?? null, aliases: a.aliases ?? [],
    mentions: Array.from({ length: a.mentions ?? 1 }, (_, k) => ({ text: a.name, ...at(k) })),
    ...at(0),
  }));
  const sentences = Array.from({ length: 10 }, (_, i) => ({ index: i, paragraph: 0, start: i * 100, end: i * 100 + 99, text: spec.sentences?.[i] ?? `Sentence ${i} of ${spec.path}.` }));
  return {
    schemaVersion: SCHEMA_VERSION,
    input: { path: spec.path, id: null, url: null, title: null, outlet: null, byline: null, bytes: 1000, chars: 1000, offsets: 'utf16', referenceDate: spec.date, referenceDateSource: spec.date ? 'text' : 'none', referenceDateEvidence: null },
    stats: { paragraphs: 1, sentences: 10, tokens: 100, ms: 1 },
    sentences,
    actors,
    dates: [...(spec.dates ?? []), ...(spec.deadlines ?? [])].map((d) => ({ text: d.text, value: d.value, kind: 'date' as const, ...at(d.sentence) })),
    deadlines: (spec.deadlines ?? []).map((d, _i, all) => {
      const old = d.extendedFrom === undefined ? undefined : all[d.extendedFrom]!;
      const extendedFrom = old ? { text: old.text, value: old.value, ...at(old.sentence) } : null;
      return { text: d.text, value: d.value, what: d.what, consequence: null, cue: 'by', who: null, extendedFrom, ...at(d.sentence) };
    }),
    quotes: (spec.quotes ?? []).map((q) => ({ text: q.text, kind: q.kind ?? 'statement', speaker: q.speaker, speakerId: null, speakerRule: q.speaker ? 'test' : null, ...at(q.sentence) })),
    claims: (spec.claims ?? []).map((c) => ({ text: c.text, source: c.source, sourceId: null, via: null, viaId: null, cue: c.cue ?? 'said', cueStart: 0, cueEnd: 4, ...at(c.sentence) })),
  };
}
