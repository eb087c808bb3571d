/**
 * Which person a one-word name ("Delgado", "Sen. Delgado") joins when several full names share it:
 * a title picks the person introduced with the same office ("Sen." = "Senator"), a following he/she
 * picks the person of that gender, and recency breaks the remaining ties. Never more than one.
 */
import { TITLE_FORMS } from '../../rules/actors/titles.js';
import { type Group, lastBefore, type MultiMap } from './group.js';
import type { Candidate, Word } from './types.js';
import { generational } from './names.js';

const OFFICE = new Map(TITLE_FORMS.map((r) => [r.form, r.office]));
const PRONOUN: Record<string, 'male' | 'female'> = { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female', hers: 'female' };
const WINDOW = 20;

/** "Treasury Secretary" -> secretary, "Sen." -> senator: the office a role phrase ends in. */
export function officeOf(role: string | null | undefined): string | null {
  const head = role?.toLowerCase().replace(/\./g, '').trim().split(/\s+/).at(-1);
  return head ? (OFFICE.get(head) ?? head) : null;
}

const groupOffice = (g: Group): string | null => officeOf(g.members.find((m) => m.role)?.role);

/** Keep the subset that passes `ok` when it is not empty. */
function prefer(gs: Group[], ok: (g: Group) => boolean): Group[] {
  const kept = gs.filter(ok);
  return kept.length > 0 ? kept : gs;
}

/** The gender of the first he/she after the mention, in its sentence. */
export function pronounGender(words: readonly Word[], c: Candidate): 'male' | 'female' | null {
  const s = words[c.from]!.sentence;
  for (let j = c.to; j < words.length && j - c.to < WINDOW && words[j]!.sentence === s; j++) {
    const g = PRONOUN[words[j]!.lower];
    if (g) return g;
  }
  return null;
}

/** Narrow the persons a one-word mention may join, then take the most recently mentioned. */
export function choosePerson(words: readonly Word[], found: Group[], c: Candidate): Group | null {
  if (found.length > 1) {
    const office = officeOf(c.role);
    const same = found.filter((g) => groupOffice(g) === office);
    if (office) found = same.length > 0 ? same : prefer(found, (g) => groupOffice(g) === null);
  }
  if (found.length > 1 && !c.gender) {
    const gender = pronounGender(words, c);
    if (gender) found = prefer(found, (g) => g.gender === gender);
  }
  // a bare surname shared by "Jane Doe Jr." and her namesake is the namesake's
  found = prefer(found, (g) => !generational(g.core));
  let best: Group | null = null;
  for (const g of found) if (!best || lastBefore(g, c.from) > lastBefore(best, c.from)) best = g;
  return best;
}

/** The person a one-word name joins: by surname, else by first name; gender must agree; mentioned before, unless the gender says so. */
export function pickPerson(words: readonly Word[], byNamePart: MultiMap, name: string, c: Candidate): Group | null {
  const bySurname = byNamePart.get(`last:${name}`);
  let found = bySurname.length > 0 ? bySurname : byNamePart.get(`first:${name}`);
  if (c.gender) found = found.filter((x) => x.gender === null || x.gender === c.gender);
  const before = found.filter((x) => lastBefore(x, c.from) >= 0);
  // a name used before any full form joins it only when the gender agrees ("Mrs. Doe" ... "Jane Doe")
  found = before.length > 0 ? before : found.filter((x) => c.gender !== null && x.gender === c.gender);
  return choosePerson(words, found, c);
}

/** A person found only as the relative of another ("Ana Doe" beside "Jane Doe"). */
export const isRelative = (g: Group): boolean => g.members.every((m) => m.basis === 'relative');
