/**
 * Scan the words for candidate mentions, in two passes:
 * 1. titled persons: a title or honorific before a capitalized name ("Sen. Jane Doe", "Mr. Doe");
 *    the title and its modifiers become the role and are not mentions themselves;
 * 2. left to right: lexicon names (longest match), else runs of capitalized words, typed by classify().
 */
import type { ParsedDoc } from '../../parse/types.js';
import { classify } from './classify.js';
import { matchAt, type Match } from './lexicon.js';
import { roleStart } from './role.js';
import { makeCandidate as cand } from './candidate.js';
import type { Candidate, Word } from './types.js';
import { bare, commonOpener, hasTag, NAME_TAGS, HYPHEN_MODIFIER, LOCAL_TAILS, LOCATIVE, lowerWords, MEDIA_SUFFIX, NOT_ACTOR, ORG_HEAD, ORG_SUFFIX } from './wordsets.js';

/** used[] marks: 1 = part of a role phrase, 2 = part of a mention. */
export interface Scan {
  candidates: Candidate[];
  used: Uint8Array;
}

const PARTICLES = new Set(['de', 'da', 'di', 'del', 'du', 'la', 'le', 'van', 'von', 'der', 'bin', 'al', 'el', 'ibn']);
const MAX_NAME = 4;
const ENTITY_KINDS = ['name', 'capital', 'government', 'demonym'] as const;

export function scan(doc: ParsedDoc, words: readonly Word[]): Scan {
  const used = new Uint8Array(words.length);
  const candidates: Candidate[] = [];
  titledPersons(doc.text, words, used, candidates);
  const lower = lowerWords(words);
  for (let i = 0; i < words.length; ) {
    i += used[i] ? 1 : segmentAt(doc.text, words, i, used, lower, candidates);
  }
  candidates.sort((x, y) => x.from - y.from);
  return { candidates, used };
}

const spaceOnly = (text: string, a: Word, b: Word): boolean => /^[ \t]*$/u.test(text.slice(a.end, b.start)) && a.sentence === b.sentence;

function mark(used: Uint8Array, from: number, to: number, v: number): void {
  for (let k = from; k < to; k++) used[k] = v;
}

function span(text: string, words: readonly Word[], a: number, b: number): string {
  return text.slice(words[a]!.start, words[b - 1]!.end);
}

/** End (exclusive) of a person name starting at word s: capitalized words and particles. */
function nameEnd(text: string, words: readonly Word[], s: number): number {
  let k = s;
  while (k < words.length && k - s < MAX_NAME) {
    const w = words[k]!;
    if (k > s && (w.hyphen ? w.cap && !nameHyphen(words, k) : !spaceOnly(text, words[k - 1]!, w))) break;
    if (w.title || NOT_ACTOR.has(w.lower) || hasTag(w, ['Date', 'WeekDay', 'Month'])) break;
    const particle = k > s && PARTICLES.has(w.lower) && words[k + 1]?.cap === true;
    const syllable = k > s && w.hyphen && /^\p{Ll}{1,5}$/u.test(w.text) && !HYPHEN_MODIFIER.has(w.lower);
    if (!w.cap && !particle && !syllable) break;
    k++;
    if (w.poss) break;
  }
  return k;
}

function titledPersons(text: string, words: readonly Word[], used: Uint8Array, out: Candidate[]): void {
  for (let j = 0; j < words.length; j++) {
    if (used[j] || words[j]!.title || words[j]!.headline) continue;
    const m = matchAt(words, j, ['title', 'honorific']);
    if (!m || words[j + m.len - 1]!.poss) continue;
    const s = j + m.len + ofBody(words, j + m.len);
    if (s >= words.length || !spaceOnly(text, words[s - 1]!, words[s]!)) continue;
    const e = nameEnd(text, words, s);
    if (e === s || !personName(words, j, s, e)) continue;
    const rs = m.entry.kind === 'honorific' ? j : roleStart(words, j);
    const role = m.entry.kind === 'honorific' ? null : span(text, words, rs, s);
    mark(used, rs, s, 1);
    mark(used, s, e, 2);
    out.push({ ...cand(text, words, s, e, 'person', 'actors.person.titled', { role, person: true, gender: m.entry.gender }), titled: span(text, words, rs, e) });
    j = e - 1;
  }
}

/** "Speaker of the House Jane Doe": the words of an "of" + known body after a title, or 0. */
function ofBody(words: readonly Word[], k: number): number {
  if (words[k]?.lower !== 'of' || words[k]!.sentence !== words[k - 1]!.sentence) return 0;
  const lex = matchAt(words, k + 1, ['name']);
  return lex ? 1 + lex.len : 0;
}

/** Is [s, e) a person's name after the title at j? Not a lexicon entity, not an organization. */
function personName(words: readonly Word[], j: number, s: number, e: number): boolean {
  const lex = matchAt(words, s, ENTITY_KINDS);
  if (lex && lex.len >= e - s) return false;
  const last = bare(words[e - 1]!);
  if (ORG_SUFFIX.has(last) || MEDIA_SUFFIX.has(last) || ORG_HEAD.has(bare(words[s]!))) return false;
  if (words[j]!.cap) return true;
  return e - s > 1 || hasTag(words[s]!, ['Person', 'FirstName', 'LastName']);
}

function segmentAt(text: string, words: readonly Word[], i: number, used: Uint8Array, lower: ReadonlySet<string>, out: Candidate[]): number {
  const w = words[i]!;
  if (w.title || !w.cap) return 1;
  const lex = matchAt(words, i, ENTITY_KINDS);
  if (!lex && w.hyphen && i > 0 && words[i - 1]!.cap) return 1;
  const r = runEnd(text, words, i, used);
  if (lex && !(r - i > lex.len && words.slice(i + lex.len, r).some(suffixed) && !matchAt(words, i + lex.len, ENTITY_KINDS))) {
    if (lex.entry.kind === 'demonym') return lex.len;
    mark(used, i, i + lex.len, 2);
    out.push(lexical(text, words, i, lex));
    return lex.len;
  }
  if (commonOpener(w, lower) || r === i || (r - i === 1 && w.tags.has('Demonym'))) return 1;
  if (afterOutlet(words, i, out)) return showEnd(words, i) - i;
  let b = r;
  while (b > i && hasTag(words[b - 1]!, ['Date', 'WeekDay', 'Month'])) b--;
  while (b > i + 1 && NOT_ACTOR.has(words[b - 1]!.lower)) b--;
  const after = words[r];
  if (after && /^\d/u.test(after.text) && (after.hyphen || (b - i === 1 && spaceOnly(text, words[r - 1]!, after)))) return r - i;
  if (b - i === 1 && hasTag(w, ['Infinitive', 'PresentTense', 'PastTense', 'Gerund']) && !hasTag(w, NAME_TAGS)) return r - i;
  if (b - i === 1 && w.tags.has('Plural') && !hasTag(w, ['Person', 'Place', 'Organization', 'Acronym'])) return r - i;
  if (after && hasTag(after, ['Date']) && after.cap && spaceOnly(text, words[r - 1]!, after)) return r - i + 1;
  if (b === i || w.headline || (b - i === 1 && w.text.replace(/\./g, '').length < 2)) return r - i;
  if (b - i > 1 && !dateline(text, words, i, b) && words.slice(i, b).every((x) => !/\p{Ll}/u.test(x.text))) return r - i;
  const tail = localTail(text, words, b);
  if (tail > 0 && b - i <= 2) {
    mark(used, i, b + tail, 2);
    out.push(cand(text, words, i, b + tail, 'organization', 'actors.org.local-body'));
    return r - i + tail;
  }
  if (dateline(text, words, i, b)) {
    mark(used, i, b, 2);
    out.push(cand(text, words, i, b, 'place', 'actors.place.dateline'));
    return r - i;
  }
  mark(used, i, b, 2);
  const ty = classify(text, words, i, b);
  out.push(cand(text, words, i, b, ty.type, ty.rule, { role: ty.role, person: ty.type === 'person' && ty.sure, sure: ty.sure }));
  return r - i;
}

/** Number of words of a lower-case body tail ("state assembly") right after word b - 1, or 0. */
function localTail(text: string, words: readonly Word[], b: number): number {
  for (const tail of LOCAL_TAILS) {
    const ok = tail.every((t, x) => {
      const w = words[b + x];
      return !!w && w.text === t && spaceOnly(text, words[b + x - 1]!, w);
    });
    if (ok) return tail.length;
  }
  return 0;
}

/** "PORT ALDER (Agency) -": an all-capitals place name opening a paragraph. */
function dateline(text: string, words: readonly Word[], a: number, b: number): boolean {
  if (!words[a]!.first || !words.slice(a, b).every((w) => /^[\p{Lu}.'-]{2,}$/u.test(w.text))) return false;
  return /^\s*(?:,|\(|-|\u2014|\u2013)/u.test(text.slice(words[b - 1]!.end, words[b - 1]!.end + 3));
}

/** "CBS's Evening Roundup": capitalized words right after an outlet's possessive name a show. */
function afterOutlet(words: readonly Word[], i: number, out: readonly Candidate[]): boolean {
  const last = out[out.length - 1];
  return i > 0 && words[i - 1]!.poss && !!last && last.to === i && last.type === 'media';
}

/** End of a show title: capitalized words and the small words between them. */
function showEnd(words: readonly Word[], i: number): number {
  let k = i;
  while (k < words.length && words[k]!.sentence === words[i]!.sentence) {
    const w = words[k]!;
    if (w.cap) k++;
    else if (['the', 'of', 'and', 'a', 'in', 'on'].includes(w.lower) && words[k + 1]?.cap) k++;
    else break;
  }
  return k;
}

const suffixed = (w: Word): boolean => ORG_SUFFIX.has(bare(w)) || MEDIA_SUFFIX.has(bare(w));

/** End (exclusive) of the run of capitalized words from i, with inner connectors ("Bank of X"). */
function runEnd(text: string, words: readonly Word[], i: number, used: Uint8Array): number {
  let k = i;
  while (k < words.length) {
    const w = words[k]!;
    if (used[k] || w.title) break;
    if (k > i && w.hyphen && !nameHyphen(words, k)) break;
    if (k > i && !w.hyphen && (w.first || !spaceOnly(text, words[k - 1]!, w))) break;
    if (k > i && hasTag(w, ['Date', 'WeekDay', 'Month'])) break;
    if (w.cap) {
      k++;
      if (w.poss || (k - i > 1 && w.text.endsWith('.') && ORG_SUFFIX.has(w.lower))) break;
      continue;
    }
    if (k > i && connector(words, k) && k + 1 < words.length && words[k + 1]!.cap && !used[k + 1]) {
      k++;
      continue;
    }
    break;
  }
  while (k > i && !words[k - 1]!.cap) k--;
  return k;
}

/** "Okonkwo-Hale": a hyphen joins two capitalized words, neither of them a lexicon name ("U.S.-China"). */
function nameHyphen(words: readonly Word[], k: number): boolean {
  return words[k]!.cap && words[k - 1]!.cap && !matchAt(words, k - 1, ENTITY_KINDS) && !matchAt(words, k, ENTITY_KINDS);
}

/** "Center for X and Y": "and" continues a name that already has an "of" or "for" in it. */
function hasConnector(words: readonly Word[], k: number): boolean {
  for (let x = k - 1; x >= 0 && k - x <= 6 && (words[x]!.cap || ['of', 'for'].includes(words[x]!.lower)); x--) {
    if (['of', 'for'].includes(words[x]!.lower)) return true;
  }
  return false;
}

function connector(words: readonly Word[], k: number): boolean {
  const w = words[k]!.lower;
  const prev = bare(words[k - 1]!);
  if (w === '&') return true;
  if (w === 'of' || w === 'for' || w === 'on') return ORG_HEAD.has(prev) || ORG_SUFFIX.has(prev);
  if (w === 'and') return hasConnector(words, k);
  return PARTICLES.has(w) && words[k - 1]!.cap;
}

function lexical(text: string, words: readonly Word[], i: number, m: Match): Candidate {
  const e = m.entry;
  if (e.kind === 'capital' && locative(text, words, i, m.len)) {
    const name = span(text, words, i, i + m.len);
    return { ...cand(text, words, i, i + m.len, 'place', 'actors.place.capital'), key: `place:${name}`, canonical: name };
  }
  return { ...cand(text, words, i, i + m.len, e.type, e.rule), key: e.key, canonical: e.canonical };
}

/** "in Washington", "Washington, D.C.": the city, not the government. */
function locative(text: string, words: readonly Word[], i: number, len: number): boolean {
  const prev = words[i - 1];
  if (prev && prev.sentence === words[i]!.sentence && LOCATIVE.has(prev.lower)) return true;
  return /^,?\s*D\.?C\./u.test(text.slice(words[i + len - 1]!.end, words[i + len - 1]!.end + 6));
}
