/**
 * People named in the document, found once: full names by surname, gender where an honorific or a
 * first name tells it, titles ("Treasury Secretary Mara Voss" -> secretary), and every mention in
 * text order (for pronoun resolution). Linear in the number of tokens.
 */
import type { ParsedDoc } from '../../parse/types.js';
import { sentenceAt } from '../../parse/types.js';
import { POSSESSIVE_END } from '../../parse/quote-marks.js';
import type { Actor } from '../../schema/doc.js';
import { CLAUSE_OPENERS, SOURCE_LEAD_PARTICLES as LEAD_PARTICLES, SOURCE_OPENERS } from '../../rules/attribution/sources.js';
import { NAME_JOINERS } from '../../rules/clauses/rows.js';
import { BODY_NAME_ENDS, HONORIFIC_GENDER, PERSON_TITLE_WORDS as TITLE_WORDS, PERSON_TITLES, TITLE_ALSO, TITLE_NOUNS } from '../../rules/chains/features.js';
import { GENERATION_SUFFIXES } from '../../rules/actors/words.js';
import { nameRun } from '../attribution/source-ref.js';
import { isCapitalized, isNameLike, lastIndexWhere, word } from '../attribution/tokens.js';

export type Gender = 'm' | 'f' | null;

const GENERATIONS: ReadonlySet<string> = new Set(GENERATION_SUFFIXES.map((r) => r.word));

/** The word a full name is known by: its last, or the one before a generational suffix ("Ann B. Roe Jr." -> roe, never "jr"). */
export function surnameKey(name: string): string {
  const words = name.toLowerCase().split(/\s+/u);
  return words.length > 2 && GENERATIONS.has(words[words.length - 1]!) ? words[words.length - 2]! : words[words.length - 1]!;
}

export interface PersonMention {
  start: number;
  end: number;
  name: string;
  sentence: number;
}

export interface People {
  bySurname: Map<string, string>;
  gender: Map<string, Gender>;
  /** title word -> [offset, full name] in text order */
  titles: Map<string, Array<[number, string]>>;
  mentions: PersonMention[];
  /** the names whose gender an honorific stated ("Ms.", "Mr."); any other gender is a first name's guess */
  stated: Set<string>;
}

const NAME_TAGS = ['FirstName', 'LastName', 'MaleName', 'FemaleName'];
/** Words a capitalized run may open with that are no part of the name: titles, clause and source openers. */
const NAME_PREFIXES: ReadonlySet<string> = new Set([...TITLE_WORDS, ...CLAUSE_OPENERS, ...SOURCE_OPENERS]);

export function findPeople(doc: ParsedDoc): People {
  const people: People = { bySurname: new Map(), gender: new Map(), titles: new Map(), mentions: [], stated: new Set() };
  const toks = doc.tokens;
  let i = 0;
  while (i < toks.length) {
    if (!isNameLike(toks[i]!)) { // "The", "Monday", "It" open no name
      i++;
      continue;
    }
    const end = Math.max(i + 1, nameRun(doc, i, doc.sentences[toks[i]!.sentence]!.endToken));
    let from = i;
    for (let k = i + 1; k < end; k++) {
      if (!NAME_JOINERS.has(toks[k]!.normal)) continue;
      register(doc, people, from, k); // "Ezra Quill and Remy Dusk": two people, not one
      from = k + 1;
    }
    if (from < end) register(doc, people, from, end);
    i = end;
  }
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const next = toks[k + 1];
    const compound = next && doc.text.slice(t.end, next.start) === '-' ? `${t.normal}-${word(next)}` : '';
    const name = isCapitalized(t) ? people.bySurname.get(compound) ?? people.bySurname.get(word(t)) : undefined;
    if (!name) continue;
    people.mentions.push({ start: t.start, end: compound && people.bySurname.get(compound) ? next!.end : t.end, name, sentence: t.sentence });
  }
  return people;
}

/** A capitalized run [i, end): strip titles and openers; a run with a first or last name is a person. */
function register(doc: ParsedDoc, people: People, i: number, end: number): void {
  const toks = doc.tokens;
  let k = i;
  let gender: Gender = null;
  const titles: string[] = [];
  for (let p = i - 1; p >= Math.max(0, i - 2) && TITLE_WORDS.has(word(toks[p]!)); p--) titles.unshift(word(toks[p]!)); // "Treasury Secretary Mara Voss", not "a spokeswoman for Acme"
  while (k < end - 1 && NAME_PREFIXES.has(word(toks[k]!))) {
    const w = word(toks[k]!);
    gender = HONORIFIC_GENDER.get(w) ?? gender;
    k++;
  }
  const stated = gender !== null;
  let named = toks.slice(k, end);
  const given = named.findIndex((t, k) => t.tags.has('FirstName') && !(k > 0 && named[k - 1]!.tags.has('Person')));
  const lastTitle = lastIndexWhere(named, (t) => TITLE_WORDS.has(word(t)));
  const from = given >= 0 ? given : lastTitle + 1;
  titles.push(...toks.slice(i, k + (from < named.length ? from : 0)).map(word).filter((w) => TITLE_WORDS.has(w))); // the run's titles before the name: "Mr.", "Sen." and "Avalonian Prime Minister Meles Zenawi"
  const titled = titles.some((w) => PERSON_TITLES.has(w));
  if ((!named.some((t) => NAME_TAGS.some((g) => t.tags.has(g))) && gender === null && !titled) || BODY_NAME_ENDS.has(word(toks[end - 1]!))) return; // "Justice Department": no person "Department"
  if (from > 0 && from < named.length) named = named.slice(from);
  const first = named[0]!;
  if (!first.cap && !LEAD_PARTICLES.has(first.normal)) return; // "High Commissioner [for Fisheries]": a title's post-modifier, no name ("Mayor de Blasio" keeps its particle)
  if (first.tags.has('MaleName')) gender = gender ?? 'm';
  if (first.tags.has('FemaleName')) gender = gender ?? 'f';
  const last = named[named.length - 1]!;
  const name = doc.text.slice(first.start, last.end).replace(POSSESSIVE_END, '');
  const surname = surnameKey(name); // "Ki-moon" keys the whole hyphenated word
  const known = people.bySurname.get(surname);
  const kw = known?.split(' ') ?? [];
  const nw = name.split(' ');
  const sibling = kw.length >= 2 && kw.length === nw.length && kw[0] !== nw[0]; // "Maria Delgado", then "Luis Delgado"
  const full = known && !sibling && kw.length >= nw.length ? known : name;
  if (!sibling) people.bySurname.set(surname, full);
  people.gender.set(full, (known && known !== full ? people.gender.get(known) : people.gender.get(full)) || gender); // the fuller name keeps what the shorter one knew
  if (stated) people.stated.add(full);
  for (const t of titles) for (const w of new Set([t, TITLE_NOUNS.get(t) ?? t, ...(TITLE_ALSO.get(t) ?? [])])) {
    const list = people.titles.get(w) ?? [];
    list.push([first.start, full]);
    people.titles.set(w, list);
  }
}

/**
 * Person actors the name tags missed ("Henrike Vos" with no first-name tag) join the surname table, so a
 * later "Vos" expands to the full name. Their mentions are the chains' (src/refine/chains/named.ts), and a
 * tagged name inside a company, country or outlet's mention ("General Court") makes no person there.
 */
export function addActorNames(people: People, actors: readonly Actor[]): void {
  for (const a of actors) {
    if (a.type !== 'person') continue;
    const surname = surnameKey(a.name);
    if (!people.bySurname.has(surname)) people.bySurname.set(surname, a.name);
    if (!people.gender.has(a.name)) people.gender.set(a.name, null);
  }
}
