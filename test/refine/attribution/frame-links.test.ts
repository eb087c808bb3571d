/** How the frames of one sentence share a source: a joined verb or participle reads the clause layer's host clause. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/parse/index.js';
import { findClauses } from '../../../src/extract/clauses/index.js';
import { sentenceFrames } from '../../../src/refine/attribution/frames.js';
import { Trace } from '../../../src/engine/trace.js';

/** Each frame's cue and source phrase in the first sentence of `text`, and the rows the trace recorded. */
function frames(text: string): { frames: Array<{ cue: string; source: string | null; claim: boolean }>; rules: string[] } {
  const doc = parse(text);
  const trace = new Trace(true);
  const out = sentenceFrames(doc, 0, trace, findClauses(doc));
  return { frames: out.map((f) => ({ cue: text.slice(f.cueStart, f.cueEnd), source: f.source?.text ?? null, claim: f.claim })), rules: trace.rules() };
}

const sourceOf = (text: string, cue: string): string | null | undefined => frames(text).frames.find((f) => f.cue === cue)?.source;

describe('a participle or joined verb takes the source of the clause it hangs on', () => {
  it('a later main clause than the frame before', () => {
    expect(sourceOf('Pilots say the fees are unfair, and the union has sued the port, saying they break the law.', 'saying')).toBe('union'); // its role phrase
    expect(sourceOf('Pilots say the fees are unfair, and the union has sued the port, saying they break the law.', 'say')).toBe('Pilots');
    expect(sourceOf('While critics said the pier was unsafe, Ann Roe backed it, noting that it had passed every test.', 'noting')).toBe('Ann Roe');
  });
  it('the frame before when it is the nearer clause', () => {
    expect(sourceOf('The ferry did not stop but left at noon, Ann Roe said, adding that the pier was safe.', 'adding')).toBe('Ann Roe');
    expect(sourceOf('Ann Roe, the harbor master, said the pier was safe, adding that it would reopen.', 'adding')).toBe('Ann Roe');
  });
  it('the host clause before a frame inside its content or a subordinate clause (frame.joined.host-before-report)', () => {
    expect(sourceOf('Mara Voss complained Dan Roe unfairly had attacked her and questioned why the clerk had not spoken.', 'questioned')).toBe('Mara Voss');
    expect(sourceOf('Ana Pike delayed deciding whether the Harbor Trust could question the mayor but said the group could return later.', 'said')).toBe('Ana Pike');
    expect(sourceOf('Mara Voss praised the plan and said it would help the port.', 'said')).toBe('Mara Voss'); // near miss: the frame before is the host's own
  });
  it('a report joined after a report keeps the reporter', () => {
    expect(sourceOf('Bo Lazar said he welcomed the move and added, "I will plead guilty."', 'added')).toBe('Bo Lazar');
  });
});

describe('a claim verb joined to a plain report by "and" makes its own claim, a request or a participle argument does not', () => {
  const claimOf = (text: string, cue: string): boolean | undefined => frames(text).frames.find((f) => f.cue === cue)?.claim;
  it('"said X and called Y a Z", "said X and praised Y for Z": two claims', () => {
    expect(claimOf('Mara Voss said the pier was safe and called the closure a mistake.', 'called')).toBe(true);
    expect(claimOf('Ed Lunde said the levy was fair and praised the council for passing it.', 'praised')).toBe(true);
  });
  it('"said X and asked Y to Z", "said X, arguing Y": one claim (frame.one-claim-with-previous)', () => {
    expect(claimOf('Mara Voss said the pier was safe and asked the council to reopen it.', 'asked')).toBe(false);
    expect(claimOf('Ed Lunde said the levy was fair, arguing with the mayor over its size.', 'arguing')).toBe(false);
    expect(claimOf('Ed Lunde said the port was losing money and expected a loss.', 'expected')).toBe(false); // the reported clause's own verb, maybe
    expect(frames('Mara Voss said the pier was safe and asked the council to reopen it.').rules).toContain('frame.one-claim-with-previous');
  });
  it('"said X, arguing that Y", "said X, explaining, \"Y\"": a participle with its own content makes its own claim (attribution.own-participle-report)', () => {
    const r = frames('Ed Lunde said the levy was fair, arguing that the port needed the money.');
    expect(r.frames.find((f) => f.cue === 'arguing')?.claim).toBe(true);
    expect(r.rules).toContain('frame.participle.own-report');
    expect(claimOf('Ed Lunde said the levy was fair, explaining, "The port needs the money."', 'explaining')).toBe(true);
  });
});

describe('a citing aside names the report\'s source (attribution.cited-aside)', () => {
  it('cited people: one claim, recorded under the row', () => {
    const r = frames('The Harbor Ledger, citing two senior officials, reported that the port would close.');
    expect(r.frames.find((f) => f.cue === 'citing')?.claim).toBe(false);
    expect(r.rules).toContain('frame.cited-aside');
  });
  it('cited data: a claim of its own', () => {
    const r = frames('The Harbor Ledger, citing data from the census, reported that the port would close.');
    expect(r.frames.find((f) => f.cue === 'citing')?.claim).toBe(true);
    expect(r.rules).not.toContain('frame.cited-aside');
  });
});

describe('a report after "to which" or a comma and "when" is not nested in the report before (frame.nested)', () => {
  const claimOf = (text: string, cue: string): boolean | undefined => frames(text).frames.find((f) => f.cue === cue)?.claim;
  it('makes its own claim', () => {
    expect(claimOf('Ann Roe said the vote was fair, to which Bo Lazar replied that it was rigged.', 'replied')).toBe(true);
    expect(claimOf('Ann Roe said voters feared a repeat of the 1990 race, when Bo Lazar called for a harbor war.', 'called for')).toBe(true);
    expect(claimOf('Ann Roe said Bo Lazar had called the plan a disgrace.', 'called')).toBe(false); // near miss: inside the report's content
  });
});
