/**
 * Titled persons: a title or honorific before a capitalized name ("Sen. Jane Doe", "Mr. Doe",
 * "Speaker of the House Jane Doe"); the title and its modifiers are the role, not mentions.
 */
import type { Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { regnal, titleInside } from './boundary.js';
import { makeCandidate as cand } from './candidate.js';
import { knownFirstName } from './firstnames.js';
import { titledSyllable } from './longnames.js';
import { matchAt } from './lexicon.js';
import { elided, nameHyphen } from './runs.js';
import { roleStart } from './role.js';
import { bodyInRole } from './role-body.js';
import { ENTITY_KINDS, mark, spaceOnly, span } from './span.js';
import type { Candidate, Word } from './types.js';
import { bare, DEFINITE_ARTICLE, epithetAt, hasTag, monthSurname, nameSuffixAt, MEDIA_SUFFIX, NOT_ACTOR, NUMERAL_PRONOUN, OF_TAIL_LINK, ORG_HEAD, ORG_SUFFIX, PARTICLES, PERSON_TAGS, TITLE_LINK } from './wordsets.js';

const MAX_NAME = 4;

/** End (exclusive) of a person name starting at word s: capitalized words and particles. */
function nameEnd(doc: ParsedDoc, words: readonly Word[], s: number, trace: Trace): number {
  const text = doc.text;
  let k = s;
  while (k < words.length && k - s < MAX_NAME) {
    const w = words[k]!;
    if (k > s && elided(text, words, k)) {
      k += 2; // "Mila in 't Doe": the particle and its elided article
      continue;
    }
    if (k > s && (w.hyphen ? w.cap && !nameHyphen(words, k) : !spaceOnly(text, words[k - 1]!, w))) break;
    if (k > s && NUMERAL_PRONOUN.has(w.lower) && regnal(doc, words, k, trace)) return k + 1;
    const syllable = k > s && titledSyllable(w);
    if (w.title || (NOT_ACTOR.has(w.lower) && !syllable && !(k > s && (nameSuffixAt(words, k) || monthSurname(words, k)))) || (hasTag(w, ['Date', 'WeekDay', 'Month']) && !monthSurname(words, k))) break; // "Moon Jae-in": a hyphened syllable is no function word
    const particle = k > s && ((PARTICLES.has(w.lower) && words[k + 1]?.cap === true) || epithetAt(words, k));
    if (!w.cap && !particle && !syllable) break;
    k++;
    if (w.poss) break;
  }
  return k;
}

export function titledPersons(doc: ParsedDoc, words: readonly Word[], used: Uint8Array, out: Candidate[], trace: Trace): void {
  const text = doc.text;
  for (let j = 0; j < words.length; j++) {
    if (used[j] || words[j]!.title || words[j]!.headline) continue;
    const m = matchAt(words, j, ['title', 'honorific']);
    if (!m || words[j + m.len - 1]!.poss || titleInside(doc, words, j, trace)) continue;
    let s = j + m.len + ofBody(words, j + m.len);
    const tail = words[j]!.cap ? longTitle(text, words, s) : null;
    if (tail && tail.name === null && bareTail(words, s, tail.end)) {
      mark(used, j, tail.end, 1);
      continue;
    }
    s = tail?.name ?? s;
    s += titleGoesOn(text, words, s);
    s = innerTitleEnd(text, words, s);
    if (s >= words.length || !spaceOnly(text, words[s - 1]!, words[s]!)) continue;
    const e = nameEnd(doc, words, s, trace);
    if (e === s || !personName(words, j, s, e)) continue;
    const rs = m.entry.kind === 'honorific' ? j : roleStart(text, words, j);
    const role = m.entry.kind === 'honorific' ? null : span(text, words, rs, s);
    mark(used, rs, s, 1);
    for (const body of bodyInRole(doc, words, rs, j, out, trace)) {
      mark(used, body.from, body.to, 2);
      out.push(body);
    }
    mark(used, s, e, 2);
    out.push({ ...cand(text, words, s, e, 'person', 'actors.person.titled', { role, person: true, gender: m.entry.gender }), titled: span(text, words, rs, e) });
    j = e - 1;
  }
}

/** "Director General Jane Doe": a second title word before the name belongs to the title; its length, or 0. */
function titleGoesOn(text: string, words: readonly Word[], s: number): number {
  const t = s < words.length && words[s]!.cap ? matchAt(words, s, ['title']) : null;
  const next = t ? words[s + t.len] : undefined;
  return t && next?.cap && spaceOnly(text, words[s + t.len - 1]!, next) && !matchAt(words, s + t.len, ['title']) ? t.len : 0;
}

/**
 * "Pentagon spokesman Navy Capt. Jane Doe", "spokesman Air Force Col. Jane Doe": a capitalized service or
 * office word and a second title after the first belong to the role; the name starts after the second title.
 */
function innerTitleEnd(text: string, words: readonly Word[], s: number): number {
  for (let k = s + 1; k <= s + MAX_SERVICE && k < words.length && words[k - 1]!.cap && spaceOnly(text, words[k - 1]!, words[k]!); k++) {
    const t = words[k]!.cap ? matchAt(words, k, ['title']) : null;
    const next = t ? words[k + t.len] : undefined;
    if (next?.cap && spaceOnly(text, words[k + t!.len - 1]!, next) && !matchAt(words, s, ENTITY_KINDS)) return k + t!.len;
  }
  return s;
}

/** Words of a service or office name between two titles ("Navy", "Air Force"). */
const MAX_SERVICE = 2;

/** "Speaker of the House Jane Doe": the words of an "of" + known body after a title, or 0. */
function ofBody(words: readonly Word[], k: number): number {
  if (!OF_TAIL_LINK.has(words[k]?.lower ?? '') || words[k]!.sentence !== words[k - 1]!.sentence) return 0;
  const lex = matchAt(words, k + 1, ['name']);
  return lex ? 1 + lex.len : 0;
}

const MAX_TAIL = 8;

/** A title's "of"/"for"/"and" tail [s, end), and where the person's name starts in it (null: no name). */
interface Tail {
  name: number | null;
  end: number;
}

/**
 * "Minister of State for Electronics Kavita Raghunathan": after a capitalized title, "of"/"for"/"and"
 * + capitalized words belong to the title; the person is the final name: from the first word tagged
 * or known as a first name, else the last two words of a final run of three or more.
 */
function longTitle(text: string, words: readonly Word[], k: number): Tail | null {
  let x = k;
  let run = -1;
  while (x < words.length && x - k < MAX_TAIL && TITLE_LINK.has(words[x]!.lower) && spaceOnly(text, words[x - 1]!, words[x]!)) {
    let y = x + 1;
    if (DEFINITE_ARTICLE.has(words[y]?.lower ?? '') && spaceOnly(text, words[x]!, words[y]!)) y++;
    run = y;
    while (y < words.length && y - k < MAX_TAIL && words[y]!.cap && !words[y]!.poss && spaceOnly(text, words[y - 1]!, words[y]!)) {
      if (y > run && firstName(words[y]!) && words[y + 1]?.cap && spaceOnly(text, words[y]!, words[y + 1]!)) return { name: y, end: y };
      y++;
    }
    if (y === run) break;
    x = y;
  }
  if (run < 0 || x === k) return null;
  return { name: x - run >= 3 ? x - 2 : null, end: x };
}

/** A tail with no name in it: no lexicon name and no word tagged as a person's ("Minister for Coastal Affairs said"). */
function bareTail(words: readonly Word[], s: number, end: number): boolean {
  for (let k = s; k < end; k++) if (matchAt(words, k, ENTITY_KINDS) || hasTag(words[k]!, ['Person', ...PERSON_TAGS])) return false;
  return true;
}

const firstName = (w: Word): boolean => hasTag(w, ['FirstName', 'MaleName', 'FemaleName']) || knownFirstName(w.text);

/** Is [s, e) a person's name after the title at j? Not a lexicon entity, not an organization. */
function personName(words: readonly Word[], j: number, s: number, e: number): boolean {
  const lex = matchAt(words, s, ENTITY_KINDS);
  if (lex && lex.len >= e - s) return false;
  const last = bare(words[e - 1]!);
  if (ORG_SUFFIX.has(last) || MEDIA_SUFFIX.has(last) || ORG_HEAD.has(bare(words[s]!))) return false;
  // "Director General", "Attorney General", "Deputy Prime Minister for X": words after a title that are themselves a title, or lie inside one, are part of the title, not a name ("Mr. King" is one)
  if ((matchAt(words, s, ['title'])?.len ?? 0) >= e - s && matchAt(words, j, ['title', 'honorific'])?.entry.kind === 'title') return false;
  if (words[j]!.cap) return true;
  return e - s > 1 || hasTag(words[s]!, ['Person', 'FirstName', 'LastName']);
}

