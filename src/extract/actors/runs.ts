/** Runs of capitalized words and the tests that end or reinterpret them. */
import { compile, matchIn } from '../../engine/pattern.js';
import { sentenceRange } from '../../engine/decide.js';
import type { ParsedDoc } from '../../parse/types.js';
import { APOSTROPHE_CHARS } from '../../parse/quote-marks.js';
import { DATELINE_ROW } from '../../rules/clauses/rows.js';
import { NAME_LINK_WORDS, type NameLinkRow, type NameLinkTest } from '../../rules/actors/name-links.js';
import { matchAt } from './lexicon.js';
import { ENTITY_KINDS, spaceOnly } from './span.js';
import type { Candidate, Word } from './types.js';
import { committeeAnd, placeBefore, syllable } from './longnames.js';
import { commonWord, firstNameGender } from './english.js';
import { bare, BODY_SUFFIX, dateWord, BODY_WORD, DEFINITE_ARTICLE, epithetAt, functionWord, hasTag, HEAD_LINK, JOURNAL_HEAD, LINK_HEAD, NAME_CONNECTOR, NAME_LINK, POSS_NAME_WORD, POSS_ORG_HEAD, SHOW_WORD, LOCAL_TAILS, MEDIA_SUFFIX, ORG_HEAD, ORG_SUFFIX, ORG_WORD, PARTICLES, PERSON_TAGS, elidedParticle } from './wordsets.js';


/** Number of words of a lower-case body tail ("state assembly") right after word b - 1, or 0. */
export function localTail(text: string, words: readonly Word[], b: number): number {
  for (const tail of LOCAL_TAILS) {
    const ok = tail.every((t, x) => {
      const w = words[b + x];
      return !!w && w.text === t && spaceOnly(text, words[b + x - 1]!, w);
    });
    if (ok) return tail.length;
  }
  return 0;
}

const DATELINE = compile(DATELINE_ROW.match);

/**
 * "PORT ALDER (Agency) -", "DAYTON, Ohio —": the run [a, b) opening its sentence is the place of a dateline,
 * by the one dateline row (clause.opening.dateline, src/rules/clauses/rows.ts: its inner capture is the place).
 */
export function dateline(doc: ParsedDoc, words: readonly Word[], a: number, b: number): boolean {
  const place = words[a]!.first ? matchIn(doc, DATELINE, sentenceRange(doc, words[a]!.sentence), {})[0]?.groups[1] : undefined;
  return !!place && place.first === words[a]!.token && words[b - 1]!.token < place.end;
}

/** "CBS's Evening Roundup": capitalized words right after an outlet's possessive name a show. */
export function afterOutlet(words: readonly Word[], i: number, out: readonly Candidate[]): boolean {
  const last = out[out.length - 1];
  return i > 0 && words[i - 1]!.poss && !!last && last.to === i && last.type === 'media';
}

/** End of a show title: capitalized words and the small words between them. */
export function showEnd(words: readonly Word[], i: number): number {
  let k = i;
  while (k < words.length && words[k]!.sentence === words[i]!.sentence) {
    const w = words[k]!;
    if (w.cap) k++;
    else if (SHOW_WORD.has(w.lower) && words[k + 1]?.cap) k++;
    else break;
  }
  return k;
}

export const suffixed = (w: Word): boolean => BODY_SUFFIX.has(bare(w));

/** End (exclusive) of the run of capitalized words from i, with inner connectors ("Bank of X"). */
export function runEnd(text: string, words: readonly Word[], i: number, used: Uint8Array): number {
  let k = leadingParticle(words, i) ? i + 1 : i;
  while (k < words.length) {
    const w = words[k]!;
    if (used[k] || w.title) break;
    if (k > i && w.hyphen && syllable(words, k)) {
      k++;
      continue;
    }
    if (k > i && elided(text, words, k) && !used[k + 1] && !used[k + 2]) {
      k += 2; // "Sophie in 't Doe": the particle and its elided article, a capitalized word after them
      continue;
    }
    // a hyphen that joins no name, a new sentence or clause, a gap that is no space, a date: the run ends
    const hyphenStop = k > i && w.hyphen && !nameHyphen(words, k);
    const gapStop = k > i && !w.hyphen && (w.first || (!spaceOnly(text, words[k - 1]!, w) && !(words[k - 1]!.poss && possOutlet(text, words, k))));
    if (hyphenStop || gapStop || (k > i && dateWord(words, k))) break;
    if (w.cap) {
      k++;
      if ((w.poss && !possOutlet(text, words, k)) || (k - i > 1 && w.text.endsWith('.') && ORG_SUFFIX.has(w.lower))) break;
      continue;
    }
    if (k > i && connector(words, k, i) && k + 1 < words.length && (words[k + 1]!.cap || connector(words, k + 1, i)) && !used[k + 1]) {
      k++;
      continue;
    }
    break;
  }
  while (k > i && !words[k - 1]!.cap && !(words[k - 1]!.hyphen && syllable(words, k - 1))) k--;
  return k;
}

/** Words k, k + 1 are a particle and its elided article (rows words elided-particle) between capitalized words of one name ("van 't", "in 't"). */
export function elided(text: string, words: readonly Word[], k: number): boolean {
  const [prev, next] = [words[k - 1], words[k + 2]];
  return !!prev && !!next && prev.cap && next.cap && spaceOnly(text, prev, words[k]!) && spaceOnly(text, words[k + 1]!, next) && elidedParticle(text, words[k]!, words[k + 1]!);
}

/** "al-Quaspel": a lower-case name particle hyphened to a capitalized word opens a name (after no capitalized name word: "The al-Quaspel" too). */
export function leadingParticle(words: readonly Word[], i: number): boolean {
  const [w, next, prev] = [words[i]!, words[i + 1], words[i - 1]];
  return !w.cap && PARTICLES.has(w.lower) && !!next && next.cap && next.hyphen && next.start === w.end + 1 && !(prev?.cap && !functionWord(prev) && prev.sentence === w.sentence && prev.end + 1 >= w.start);
}

/** "Court of Coastal Claims", "Agency for Rural Roads": an institution head, "of"/"for" and a name, even as a sentence opener. */
export function headedName(words: readonly Word[], i: number, r: number): boolean {
  return r - i >= 3 && ORG_HEAD.has(bare(words[i]!)) && HEAD_LINK.has(words[i + 1]?.lower ?? '');
}

const POSSESSIVE_GAP = new RegExp(`^[${APOSTROPHE_CHARS}]s?[ \\t]+$`, 'u');

/**
 * "Doyle's List", "King's College", "Visitors' Center", "Workers' Party": the possessive word before k is followed
 * by an outlet noun or an institution word, or is a collective noun for people before a capitalized word, so the run goes on.
 */
export function possOutlet(text: string, words: readonly Word[], k: number): boolean {
  const next = words[k];
  const prev = words[k - 1]!;
  return !!next && next.cap && next.sentence === prev.sentence && (POSS_ORG_HEAD.has(bare(next)) || POSS_NAME_WORD.has(bare(prev))) && POSSESSIVE_GAP.test(text.slice(prev.end, next.start));
}

/**
 * "Brook-Ellis", "al-Sabunji": a hyphen joins two capitalized words, or a name particle and a capitalized
 * word, neither of them a lexicon name ("U.S.-China").
 */
export function nameHyphen(words: readonly Word[], k: number): boolean {
  return words[k]!.cap && (words[k - 1]!.cap || PARTICLES.has(words[k - 1]!.lower)) && !matchAt(words, k - 1, ENTITY_KINDS) && !matchAt(words, k, ENTITY_KINDS);
}

/**
 * "Center for X and Y", "Conservatory of Music of America", "Institute of X and Y of Z", "Court of the
 * State of X": "and" or a second "of"/"for" continues a name that already has an "of" or "for" in it.
 */
export function hasConnector(words: readonly Word[], k: number, i: number): boolean {
  for (let x = k - 1; x >= i && k - x <= 6 && (words[x]!.cap || NAME_CONNECTOR.has(words[x]!.lower)); x--) {
    if (NAME_LINK.has(words[x]!.lower)) return true;
  }
  return false;
}

/**
 * "the University of X and Columbia University", "the University of X and London's Y": after "and" a
 * second name begins when its capitalized words hold a possessive, or a proper name (no common English word)
 * before an institution word ("Information Technology" goes on: "Ministry of Electronics and Information Technology").
 */
function secondName(words: readonly Word[], k: number): boolean {
  if (placeBefore(words, k)) return true;
  for (let x = k + 1; x < words.length && x <= k + 5 && words[x]!.cap && words[x]!.sentence === words[k]!.sentence; x++) {
    if (words[x]!.poss && !!words[x + 1]?.cap) return true; // "and London's Y"; not the name's own possessive ("of Doeland Allergy and Quaspel Disease's director")
    if (x > k + 1 && !commonWord(words[x - 1]!.text) && BODY_WORD.has(bare(words[x]!))) return true;
  }
  return false;
}

/**
 * "Food and Agriculture Organization", "Research and Development Agency": "and" between capitalized common
 * words after "the" or a possessive, the run going on to an institution word; not between names ("Jane Doe and
 * Acme Foundation", "Browning and War Office").
 */
function commonAnd(words: readonly Word[], k: number, i: number): boolean {
  const before = words[i - 1];
  if (!before || !(DEFINITE_ARTICLE.has(before.lower) || before.poss)) return false;
  if (!words.slice(i, k).every((w) => w.cap && commonWord(w.text) && !hasTag(w, PERSON_TAGS))) return false;
  for (let x = k + 1; x < words.length && x <= k + 3 && words[x]!.cap && words[x]!.sentence === words[k]!.sentence; x++) {
    if (ORG_SUFFIX.has(bare(words[x]!))) return true;
    if (!commonWord(words[x]!.text)) return false;
  }
  return false;
}

/** The tests of the rows words a name goes on through (src/rules/actors/name-links.ts), by name: does the run go on over word k? */
const LINK_TESTS: Record<NameLinkTest, (words: readonly Word[], k: number, i: number, row: NameLinkRow) => boolean> = {
  always: () => true,
  'after-head-link': (words, k, i, row) => (words[k - 1]!.cap && epithetAt(words, k)) || (k - 1 > i && articleAfterLink(words, k, i, row)),
  'name-and': (words, k, i) => (hasConnector(words, k, i) && !secondName(words, k)) || committeeAnd(words, k, i) || commonAnd(words, k, i),
};
/**
 * "Office of the X", "Organization for the Ban of X", "Court of Appeals for the X": the link before k is `after`
 * after a head, or `afterAny` after any institution word with a common word next (a purpose: "for the Study of"),
 * or in a run that already holds a link. Not "the Doe Center for the Kells Vikings" (a venue and its tenant).
 */
function articleAfterLink(words: readonly Word[], k: number, i: number, row: NameLinkRow): boolean {
  const [link, before, next] = [bare(words[k - 1]!), bare(words[k - 2]!), words[k + 1]];
  if (link === row.after) return LINK_HEAD.has(before);
  return link === row.afterAny && ((ORG_WORD.has(before) && !!next && commonWord(next.text)) || hasConnector(words, k - 1, i));
}
const LINK_ROW: ReadonlyMap<string, NameLinkRow> = new Map(NAME_LINK_WORDS.map((r) => [r.word, r]));

/** Does the capitalized run from i go on over the lower-case word k: a row of name-links.ts, a name link after an institution word, or a particle? */
export function connector(words: readonly Word[], k: number, i: number): boolean {
  const w = words[k]!.lower;
  const row = LINK_ROW.get(w);
  if (row) return LINK_TESTS[row.test](words, k, i, row);
  const prev = bare(words[k - 1]!);
  if (NAME_LINK.has(w)) return ORG_WORD.has(prev) || (HEAD_LINK.has(w) && (JOURNAL_HEAD.has(prev) || hasConnector(words, k, i)));
  return PARTICLES.has(w) && (words[k - 1]!.cap || connector(words, k - 1, i)); // "de la": a particle after a connector
}


/**
 * "Acme Reuters": a run whose last words are a known outlet (or a known body after a person's name:
 * "a Mara Tarnavik White House") ends before them, so the two names stay apart. Places before a body
 * name it ("Texas Senate").
 */
export function knownTail(words: readonly Word[], i: number, r: number): number {
  for (let k = i + 1; k < r; k++) {
    const m = matchAt(words, k, ['name']);
    if (!m || k + m.len !== r || !words[k - 1]!.cap) continue;
    const left = words.slice(i, k);
    const person = left.every((w) => hasTag(w, ['FirstName', 'LastName', 'Person'])) || fullName(left);
    if (!person && left.some((w) => hasTag(w, ['Place', 'City', 'Region', 'Country']))) return r;
    if (m.entry.type === 'media' || (m.entry.type === 'organization' && person)) return k;
  }
  return r;
}

/** A known first name, then a last word that is no common English word ("Mara Tarnavik"; compromise may tag both as a place before a body name). */
const fullName = (ws: readonly Word[]): boolean => ws.length >= 2 && firstNameGender(ws[0]!.text) !== null && !commonWord(ws.at(-1)!.text);
