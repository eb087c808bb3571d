/**
 * Documents built from news-like pieces for property-based tests: sentences with and without reporting
 * verbs, quotations with every mark (balanced, unbalanced, nested), datelines, dates, long tokens, long
 * sentences, letters of many scripts, bidi and control characters, CRLF, and NUL-free noise.
 * Every string here is invented.
 */
import fc from 'fast-check';

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

const PEOPLE = ['Mara Voss', 'Sen. Lina Ostrova', 'Treasury Secretary Jane Doe', 'Émile Zoran', 'Łucja Brzęk', 'Dr. Ade Okafor', 'Park Ji-hoon', 'Voss', 'Mr. Doe', '\u0645\u0631\u064a\u0645 \u0646\u0627\u0635\u0631', '\u674e\u534e', 'he', 'she', 'they', 'Anne-Marie O\u2019Neil', 'J. R. Tolk'];
const GROUPS = ['officials', 'a firm', 'one company', 'the company', 'a spokesman for Acme Corp.', 'Avalon officials', 'analysts at Hollin Securities', 'sources familiar with the matter', 'the ministry', 'critics', 'a person who spoke to the Ledger', 'Reuters', 'the Harbor Ledger', 'the U.S. government', 'Washington', 'the European Union'];
const VERBS = ['said', 'told reporters', 'says', 'argued', 'claimed', 'added', 'wrote', 'announced', 'warned', 'denied', 'told the Ledger', 'said in a statement', 'confirmed', 'insisted'];
const CREDITS = ['According to', 'Per', 'As reported by', 'according to', 'citing'];
const DATES = ['on Monday', 'by June 1', 'on June 1, 2025', 'last week', 'in 2024', 'within 90 days', 'by Sept. 17 or face a ban', 'before the end of May', 'next year', 'in March', 'on 2025-06-15', 'at 5 p.m. Friday', 'the 1990s', 'Q3'];
const CLAUSES = ['the levy will be cut', 'prices would rise', 'the deal is done', 'markets were stable', 'talks had stalled', 'the plant must close', 'nothing had changed', 'the bill would pass', 'it was studying the rules and would ask for more time', 'the rate stays at 4%', 'the ban takes effect'];
const MARKS: readonly [string, string][] = [['"', '"'], ['\u201c', '\u201d'], ['\u2018', '\u2019'], ["'", "'"], ['\u00ab', '\u00bb'], ['\u201e', '\u201c'], ['``', "''"], ['\u300c', '\u300d'], ['"', ''], ['', '\u201d'], ['\u201c', '"']];
const ODD = ['\u202e', '\u202d', '\u2066', '\u2069', '\u200f', '\u200b', '\u00ad', '\ufeff', '\u0007', '\u001b[31m', '\t', '\v', '\f', '\u0085', '\u2028', '\u2029', '\r', '\u00a0', '\ud83d\ude00', 'e\u0301', '\u0000'.replace('\u0000', '\u0001')];

const name = fc.oneof(pick(PEOPLE), pick(GROUPS));
const PUNCT = ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '-', '\u2014', '\u2013', '...', '\u2026', "'s", '\u2019s', '&', '/', '%', '$', '#', '@', '\n', '\n\n', '\r\n'];
/** Word salad: the vocabulary above and punctuation in any order (finds what no sentence shape reaches). */
const salad = fc
  .array(fc.oneof(pick(PEOPLE), pick(GROUPS), pick(VERBS), pick(DATES), pick(CREDITS), pick(CLAUSES.flatMap((c) => c.split(' '))), pick(PUNCT), pick(MARKS.flat().filter(Boolean)), pick(ODD)), { minLength: 1, maxLength: 30 })
  .chain((xs) => fc.array(fc.constantFrom(' ', ' ', ' ', ''), { minLength: xs.length, maxLength: xs.length }).map((gaps) => xs.map((x, i) => x + gaps[i]).join('')));
const clause = fc.oneof({ weight: 4, arbitrary: pick(CLAUSES) }, fc.tuple(pick(CLAUSES), pick(DATES)).map(([c, d]) => `${c} ${d}`));

/** Letters and symbols of many scripts, controls and bidi marks, never NUL. */
const noise = fc.string({ unit: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...'abc XYZ.,;:!?\'"()-\u2014\n') }, fc.integer({ min: 1, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCodePoint(c)), pick(ODD)), maxLength: 60 });

/** One sentence-like piece; `scale` (0..1] shrinks the long ones (long tokens, long sentences, cue runs). */
function sentenceArb(scale: number): fc.Arbitrary<string> {
  const n = (max: number): number => Math.max(2, Math.round(max * scale));
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(name, pick(VERBS), fc.constantFrom('', 'that ', 'on Monday that '), clause).map(([n, v, t, c]) => `${n} ${v} ${t}${c}.`) },
    { weight: 3, arbitrary: fc.tuple(pick(MARKS), clause, name, pick(VERBS)).map(([[o, c], cl, n, v]) => `${o}${cl},${c} ${n} ${v}.`) },
    { weight: 2, arbitrary: fc.tuple(pick(CREDITS), name, clause).map(([cr, n, c]) => `${cr} ${n}, ${c}.`) },
    { weight: 2, arbitrary: fc.tuple(clause, pick(DATES)).map(([c, d]) => `${c[0]!.toUpperCase()}${c.slice(1)} ${d}.`) },
    { weight: 1, arbitrary: fc.tuple(name, pick(MARKS), pick(MARKS), clause).map(([n, [o, c], [o2, c2], cl]) => `${n} said: ${o}He told me ${o2}${cl}${c2} twice.${c}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('WASHINGTON', 'LAGOS, Nigeria', 'S\u00c3O PAULO'), pick(DATES), clause).map(([p, d, c]) => `${p}, Sept. 15, 2025 (Reuters) - ${c} ${d}, officials said.`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'Ab', '\u00e9', '-', '.', '"'), fc.integer({ min: 2, max: n(600) })).map(([c, n]) => `The word ${c.repeat(n)} said Voss.`) },
    { weight: 1, arbitrary: fc.tuple(fc.array(fc.tuple(name, pick(VERBS), clause).map(([n, v, c]) => `${n} ${v} ${c}`), { minLength: 2, maxLength: n(40) }), fc.constantFrom(', ', ' and ', ' ', ' \u2014 ')).map(([xs, j]) => `${xs.join(j)}.`) },
    { weight: 1, arbitrary: fc.integer({ min: 2, max: n(300) }).map((n) => Array(n).fill('according to').join(' ')) },
    { weight: 2, arbitrary: noise },
    { weight: 3, arbitrary: salad },
    { weight: 2, arbitrary: fc.tuple(clause, pick(VERBS), name, pick(DATES)).map(([c, v, n, d]) => `${c[0]!.toUpperCase()}${c.slice(1)}, ${v} ${n} ${d}.`) },
    { weight: 1, arbitrary: fc.tuple(clause, pick(ODD), name).map(([c, o, n]) => `${o}${c}${o}, ${n} said ${o}.`) },
  );
}

/** A whole document of up to `paragraphs` paragraphs of up to `sentences` pieces (`scale`: see sentenceArb), joined by blank lines or single line breaks, LF or CRLF; never empty. */
export function documentArb(paragraphs = 5, sentences = 5, scale = 1): fc.Arbitrary<string> {
  const paragraph = fc.array(sentenceArb(scale), { minLength: 1, maxLength: sentences }).map((xs) => xs.join(' '));
  return fc
    .tuple(fc.array(paragraph, { minLength: 1, maxLength: paragraphs }), fc.constantFrom('\n\n', '\r\n\r\n', '\n', '\r\n', ' '))
    .map(([ps, sep]) => ps.join(sep))
    .filter((t) => t.trim().length > 0);
}
