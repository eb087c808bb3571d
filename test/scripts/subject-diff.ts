/**
 * Where the clause layer's subject and the old subject walk disagree, against the gold source span:
 * `npx tsx test/scripts/subject-diff.ts DIR... [--tsv FILE]`. For every verb cue that a gold claim
 * carries (its cue span), both source phrases are compared with the gold source span ("hit": the phrase
 * lies inside it and ends with the gold name's last word, or ends where it ends; a pronoun inside it);
 * counts by the clause's `via` and outcome (old-only, clause-only, both, neither). Internal evaluation
 * only: never copy benchmark text into rules, lexicons or tests.
 */
import { clauseAt } from '../../src/extract/clauses/index.js';
import { findCues } from '../../src/refine/attribution/cues.js';
import { verbSource } from '../../src/refine/attribution/subject.js';
import { claimAtCue, hit, scanSentences } from './gold-hit.js';

scanSentences(({ id, text, claims, doc, clauses, sent }, counts) => {
  const rows: string[] = [];
  for (const cue of findCues(doc, sent.index)) {
    if (cue.kind !== 'verb') continue;
    const g = claimAtCue(claims, doc.tokens[cue.first]!.start, doc.tokens[cue.end - 1]!.end);
    if (!g || !g.sourceSpans?.length) continue;
    const old = verbSource(doc, sent.index, cue, 0, []).ref;
    const neu = verbSource(doc, sent.index, cue, 0, clauses, true).ref;
    const c = clauseAt(clauses, doc, cue.first);
    const via = c?.subject ? c.via : 'none';
    const o = hit(old, g);
    const n = hit(neu, g);
    const cls = `${via} ${o && n ? 'both' : o ? 'old-only' : n ? 'clause-only' : 'neither'}${!o && !n && (old?.text ?? '') === (neu?.text ?? '') ? '-same' : ''}`;
    counts.set(cls, (counts.get(cls) ?? 0) + 1);
    if (o !== n || !o) rows.push([id, cls, [g.source ?? 'null'].flat().join('|'), g.sourceSpans.map(([s, e]) => text.slice(s, e)).join('|'), old ? `${old.kind}:${old.text}` : '-', neu ? `${neu.kind}:${neu.text}` : '-', sent.text.replace(/\s+/gu, ' ').slice(0, 240)].join('\t'));
  }
  return rows;
});
