/**
 * Source phrase -> canonical name. An actor whose mentions cover the phrase, or whose name or
 * aliases equal it, wins; else the cleaned phrase (titles and possessives dropped, a surname
 * expanded to the full name found in the text). Pronouns go to the nearest compatible person,
 * preferring sentence subjects; role nouns ("the secretary") to the person last given that title.
 */
import type { Actor } from '../../schema/doc.js';
import type { ParsedDoc } from '../../parse/types.js';
import { PRONOUNS, TITLE_WORDS } from '../../rules/attribution/sources.js';
import { findPeople, mergeActors, type People } from './people.js';
import type { SourceRef } from './source-np.js';
import { lastIndexWhere } from './tokens.js';

export interface Resolver {
  resolve(ref: SourceRef | null): string | null;
  /** people found in the text (for tests and quote continuation) */
  people: People;
}

const fold = (s: string): string => s.toLowerCase().replace(/[\u2018\u2019]/gu, "'").replace(/^the\s+/u, '').trim();

export function makeResolver(doc: ParsedDoc, actors: readonly Actor[]): Resolver {
  const people = findPeople(doc);
  mergeActors(doc, people, actors);
  const byForm = new Map<string, string>();
  const nonPerson = new Set<string>();
  for (const a of actors) for (const f of [a.name, ...a.aliases]) {
    if (!byForm.has(fold(f))) byForm.set(fold(f), a.name);
    if (a.type !== 'person') nonPerson.add(fold(f));
  }
  /** A name the actor list types as a company, country or outlet is no antecedent for "he" or "she". */
  const personLike = (name: string): boolean => !nonPerson.has(fold(name));
  const spans = actors.flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, actor: a }))).sort((x, y) => x.start - y.start);
  /** Actors with a mention overlapping [start, end): binary search over mentions sorted by start. */
  const mentionedIn = (start: number, end: number): Actor[] => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    const out: Actor[] = [];
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (spans[k]!.end > start && !out.includes(spans[k]!.actor)) out.unshift(spans[k]!.actor);
    return out;
  };
  /** The actor mentioned at the phrase's head (its last word), unless our own name is fuller. */
  const covering = (start: number, end: number, own: string): string | null => {
    const headStart = start + Math.max(0, doc.text.slice(start, end).replace(/['\u2019]s?$/u, '').lastIndexOf(' ') + 1);
    for (const a of mentionedIn(headStart, end)) {
      const aw = a.name.split(/\s+/u);
      const ow = own.split(/\s+/u);
      if (fold(aw[aw.length - 1]!) !== fold(ow[ow.length - 1]!)) return aw.length >= ow.length && a.name.includes(own) ? a.name : null;
      if (ow.length >= 2 && aw.length === ow.length && fold(aw[0]!) !== fold(ow[0]!)) return null; // "Maria Delgado" is not "Luis Delgado"
      return aw.length >= ow.length ? a.name : null;
    }
    return null;
  };
  const canonical = (name: string): string => byForm.get(fold(name)) ?? name;
  const resolve = (ref: SourceRef | null): string | null => {
    if (!ref) return null;
    if (ref.kind === 'pronoun') return pronoun(people, ref, canonical, personLike);
    if (ref.kind === 'role') return mentionedIn(ref.start, ref.end)[0]?.name ?? role(people, actors, ref, canonical);
    if (ref.kind === 'group') {
      const m = ref.modifier;
      if (!m) return ref.description?.text ?? null;
      const own = cleanName(m.text, people);
      const known = covering(m.start, m.end, own) ?? byForm.get(fold(own));
      return known ?? ref.description?.text ?? own;
    }
    const words = ref.text.replace(/['\u2019]s?$/u, '').split(/\s+/u);
    const titled = words.length === 2 ? byTitle(people, ref.text, words[1]!) : null;
    if (titled) return canonical(titled); // "Sen. Delgado" beside "Rep. Delgado": the title decides
    const own = cleanName(ref.text, people);
    return covering(ref.start, ref.end, own) ?? byForm.get(fold(ref.text)) ?? canonical(own);
  };
  return { resolve, people };
}

/**
 * Drop titles (leading, and up to the last title word: "Tulsa Police Chief Ann Roe" -> "Ann Roe") and a
 * possessive ending; a surname becomes the full name found in the text when that name ends the phrase.
 */
export function cleanName(text: string, people?: People): string {
  const parts = text.split(/\s+(?:and|&)\s+/u);
  if (parts.length > 1 && parts.every((p) => /^(?:mr|mrs|ms|dr|sen|rep)\.?\s/iu.test(p) || (people?.bySurname.has(p.split(/\s+/u).pop()!.toLowerCase()) ?? false))) {
    return cleanOne(parts[0]!, people); // a pair of speakers: the first one stands for both
  }
  return cleanOne(text, people);
}

function cleanOne(text: string, people?: People): string {
  let words = text.replace(/['\u2019]s?$/u, '').split(/\s+/u).filter(Boolean);
  const lastTitle = lastIndexWhere(words, (w) => TITLE_WORDS.has(w.toLowerCase()));
  const rest = words.slice(lastTitle + 1);
  const capitalized = rest.length > 0 && rest.length <= 3 && rest.every((w) => /^\p{Lu}/u.test(w));
  const personRest = rest.length > 0 && (!people || people.bySurname.has(rest[rest.length - 1]!.toLowerCase()) || (capitalized && rest.length >= 2));
  if (lastTitle >= 0 && personRest) words = rest;
  else while (words.length > 1 && /^(?:mr|mrs|ms|dr|sen|rep|gov)\.?$/iu.test(words[0]!)) words.shift();
  const name = words.join(' ');
  const titled = people && lastTitle >= 0 && words.length === 1 ? byTitle(people, text, words[0]!) : null;
  if (titled) return titled;
  const full = people?.bySurname.get(words[words.length - 1]!.toLowerCase());
  if (!full) return name;
  if (words.length === 1) return full;
  const fw = full.split(' ');
  if (fw.length <= words.length && words.slice(words.length - fw.length).join(' ') === full) return full;
  if (fw.length > words.length && full.endsWith(name)) return full;
  if (fw.length >= 2 && words.length >= 3 && !words.some((w) => fw.includes(w) && w !== words[words.length - 1])) return full;
  return name;
}

/** Title words that name the same office: "Sen." and "Senator", "Rep." and "Representative". */
const SAME_TITLE: ReadonlyArray<readonly string[]> = [
  ['sen', 'sen.', 'senator'], ['rep', 'rep.', 'representative', 'congressman', 'congresswoman'], ['gov', 'gov.', 'governor'],
  ['gen', 'gen.', 'general'], ['dr', 'dr.', 'doctor'], ['prof', 'prof.', 'professor'],
];

/** "Sen. Delgado" when two Delgados share the text: the one the same title introduced. */
function byTitle(people: People, text: string, surname: string): string | null {
  const title = text.split(/\s+/u)[0]!.toLowerCase();
  const forms = SAME_TITLE.find((g) => g.includes(title)) ?? [title];
  const key = surname.toLowerCase();
  for (const f of forms) {
    for (const [, full] of people.titles.get(f) ?? []) if (full.toLowerCase().split(/\s+/u).pop() === key) return full;
  }
  return null;
}

function pronoun(people: People, ref: SourceRef, canonical: (n: string) => string, personLike: (n: string) => boolean): string | null {
  const g = PRONOUNS.get(ref.text.toLowerCase());
  if (g !== 'm' && g !== 'f') return null;
  const ms = people.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < ref.start) lo = mid + 1;
    else hi = mid;
  }
  let fallback: string | null = null;
  for (let k = lo - 1; k >= 0 && k >= lo - 12; k--) {
    const m = ms[k]!;
    if (ref.start - m.start > 2500) break;
    const mg = people.gender.get(m.name) ?? null;
    if ((mg !== null && mg !== g) || !personLike(m.name)) continue;
    if (m.subject) return canonical(m.name);
    fallback ??= m.name;
  }
  return fallback ? canonical(fallback) : null;
}

function role(people: People, actors: readonly Actor[], ref: SourceRef, canonical: (n: string) => string): string | null {
  const words = ref.text.toLowerCase().replace(/['\u2019]s?$/u, '').split(/\s+/u);
  const head = words[words.length - 1]!;
  const list = people.titles.get(head) ?? [];
  let best: string | null = null;
  for (const [at, name] of list) if (at < ref.start) best = name;
  if (best) return canonical(best);
  const actor = actors.find((a) => a.role && a.role.toLowerCase().split(/\s+/u).includes(head));
  if (actor) return actor.name;
  return latestNamed(actors, head, ref.start);
}

/** "the bureau" -> the actor last mentioned before `pos` whose name contains the word ("Bureau of Statistics"). */
function latestNamed(actors: readonly Actor[], head: string, pos: number): string | null {
  let best: string | null = null;
  let at = -1;
  for (const a of actors) {
    if (a.type === 'person' || !a.name.toLowerCase().split(/\s+/u).includes(head)) continue;
    for (const m of a.mentions) if (m.start < pos && m.start > at) [best, at] = [a.name, m.start];
  }
  return best;
}
