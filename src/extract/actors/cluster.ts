/**
 * Merge candidate mentions into actors: lexicon keys (U.S. = United States = Washington), person
 * names (Jane Doe = Doe = Ms. Doe, never two people who share a surname when gender or recency
 * tell them apart), short forms of organizations (Acme = Acme Corp.), acronyms (DHS after
 * "Department of Homeland Security (DHS)"), and equal texts.
 */
import type { ActorType } from '../../schema/doc.js';
import { coreWords, nameGender } from './names.js';
import { makeCandidate } from './candidate.js';
import type { Candidate, Word } from './types.js';
import { bare, ORG_SUFFIX } from './wordsets.js';

export interface Group {
  type: ActorType;
  key: string | null;
  canonical: string | null;
  members: Candidate[];
  /** person: core words of the fullest name */
  core: string[];
  gender: 'male' | 'female' | null;
  sure: boolean;
}

export function cluster(text: string, words: readonly Word[], cands: readonly Candidate[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const persons = cands.filter((c) => c.person && !c.key);
  for (const c of cands) if (c.key) addKeyed(groups, byKey, c);
  const full = persons.filter((c) => coreWords(c, words).length > 1);
  for (const c of full) addFullName(groups, c, words);
  for (const c of persons) if (coreWords(c, words).length === 1) addSingleName(groups, c, words);
  for (const c of cands) if (!c.key && !c.person) addOther(text, groups, c, words, cands);
  splitCompounds(text, words, groups);
  return groups;
}

function newGroup(groups: Group[], c: Candidate, core: string[] = []): Group {
  const g: Group = { type: c.type, key: c.key, canonical: c.canonical, members: [c], core, gender: null, sure: c.sure };
  groups.push(g);
  return g;
}

function addKeyed(groups: Group[], byKey: Map<string, Group>, c: Candidate): void {
  const g = byKey.get(c.key!);
  if (g) g.members.push(c);
  else byKey.set(c.key!, newGroup(groups, c));
}

function addFullName(groups: Group[], c: Candidate, words: readonly Word[]): void {
  const core = coreWords(c, words);
  const gender = nameGender(c, words);
  const g = groups.find((x) => x.type === 'person' && x.core.length > 1 && x.core[0] === core[0] && x.core.at(-1) === core.at(-1));
  if (g) {
    g.members.push(c);
    if (core.length > g.core.length) g.core = core;
    g.gender ??= gender;
  } else newGroup(groups, c, core).gender = gender;
}

/** A one-word name joins the person whose first or last name it is; gender, then recency decide. */
function addSingleName(groups: Group[], c: Candidate, words: readonly Word[]): void {
  const name = coreWords(c, words)[0]!;
  const g = pickPerson(groups, name, c);
  if (g) {
    g.members.push(c);
    g.gender ??= c.gender;
    return;
  }
  const single = groups.find((x) => x.type === 'person' && x.core.length === 1 && x.core[0] === name);
  if (single) single.members.push(c);
  else newGroup(groups, c, [name]).gender = c.gender;
}

function pickPerson(groups: Group[], name: string, c: Candidate): Group | null {
  let found = groups.filter((x) => x.type === 'person' && x.core.length > 1 && (x.core.at(-1) === name || x.core[0] === name));
  if (found.length > 1) {
    const bySurname = found.filter((x) => x.core.at(-1) === name);
    if (bySurname.length > 0) found = bySurname;
  }
  if (c.gender) found = found.filter((x) => x.gender === null || x.gender === c.gender);
  const before = found.filter((x) => x.members.some((m) => m.from < c.from));
  // a name used before any full form joins it only when the gender agrees ("Mrs. Doe" ... "Jane Doe")
  found = before.length > 0 ? before : found.filter((x) => c.gender !== null && x.gender === c.gender);
  if (found.length <= 1) return found[0] ?? null;
  return mostRecent(found, c.from);
}

function mostRecent(found: Group[], at: number): Group {
  let best = found[0]!;
  let bestPos = -1;
  for (const g of found) {
    for (const m of g.members) if (m.from < at && m.from > bestPos) [best, bestPos] = [g, m.from];
  }
  return best;
}

function addOther(text: string, groups: Group[], c: Candidate, words: readonly Word[], cands: readonly Candidate[]): void {
  const core = coreWords(c, words);
  if (core.length === 1 && !c.rule.includes('suffix') && c.rule !== 'actors.media.show') {
    const name = core[0]!;
    const p = pickPerson(groups, name, c) ?? groups.find((x) => x.type === 'person' && x.core.length === 1 && x.core[0] === name);
    if (p) return void p.members.push(c);
  }
  if (core.length === 1 && c.to - c.from === 1 && adoptSurname(groups, c, words)) return;
  const person = core.length > 1 ? groups.find((g) => g.core.length > 1 && g.core.join(' ') === core.join(' ')) : undefined;
  if (person) return void person.members.push(c);
  const target = acronymOf(text, groups, c, cands) ?? shortFormOf(groups, c, words) ?? sameText(groups, c);
  if (!target) return void newGroup(groups, c);
  target.members.push(c);
}

const WEAK = new Set(['actors.place.tag', 'actors.org.default', 'actors.org.tag', 'actors.person.tags']);

/** "Lena Marsh ... Marsh said": a weakly typed two- or three-word name used by its last word is a person. */
function adoptSurname(groups: Group[], c: Candidate, words: readonly Word[]): boolean {
  const g = groups.find(
    (x) => !x.key && x.core.length === 0 && x.members.some((m) => m.to - m.from > 1 && m.to - m.from <= 3 && WEAK.has(m.rule) && words[m.to - 1]!.text === c.text),
  );
  if (!g) return false;
  const full = g.members.find((m) => m.to - m.from > 1)!;
  [g.type, g.core, g.sure] = ['person', coreWords(full, words), true];
  g.members.push(c);
  return true;
}

function sameText(groups: Group[], c: Candidate): Group | undefined {
  const t = c.text.toLowerCase();
  return groups.find((g) => g.core.length === 0 && g.members.some((m) => m.text.toLowerCase() === t));
}

/** "Acme" after "Acme Corp.": the name without its suffix. */
function shortFormOf(groups: Group[], c: Candidate, words: readonly Word[]): Group | undefined {
  const t = c.text;
  return groups.find((g) =>
    g.type === 'organization' && !g.key &&
    g.members.some((m) => m.to - m.from > c.to - c.from && m.text.startsWith(`${t} `) && ORG_SUFFIX.has(bare(words[m.to - 1]!)) && m.to - m.from === c.to - c.from + 1),
  );
}

/** An acronym in brackets right after a name, or matching the initials of a known name. */
function acronymOf(text: string, groups: Group[], c: Candidate, cands: readonly Candidate[]): Group | undefined {
  if (!/^[\p{Lu}&]{2,}$/u.test(c.text)) return undefined;
  const idx = cands.indexOf(c);
  const prev = idx > 0 ? cands[idx - 1]! : null;
  if (prev && prev.type !== 'person' && /^\s*\(\s*$/u.test(text.slice(prev.end, c.start))) {
    return groups.find((g) => g.members.includes(prev));
  }
  return groups.find((g) => g.type !== 'person' && g.members.some((m) => initials(m.text) === c.text));
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** "the Doe-Roe meeting": a hyphenated compound whose parts each name a known actor is split. */
function splitCompounds(text: string, words: readonly Word[], groups: Group[]): void {
  for (const g of [...groups]) {
    if (g.key) continue;
    for (const m of [...g.members]) {
      if (m.text.includes(' ') || m.to - m.from < 2 || !words.slice(m.from + 1, m.to).every((w) => w.hyphen)) continue;
      const targets = words.slice(m.from, m.to).map((w) => ownerOf(groups, g, w.text));
      if (targets.some((t) => !t)) continue;
      targets.forEach((t, x) => {
        const k = m.from + x;
        t!.members.push(makeCandidate(text, words, k, k + 1, t!.type, 'actors.compound', { key: t!.key, canonical: t!.canonical, person: t!.type === 'person' }));
      });
      g.members.splice(g.members.indexOf(m), 1);
    }
    if (g.members.length === 0) groups.splice(groups.indexOf(g), 1);
  }
}

function ownerOf(groups: readonly Group[], not: Group, name: string): Group | null {
  const found = groups.filter(
    (x) => x !== not && (x.members.some((m) => m.text === name) || (x.type === 'person' && (x.core[0] === name || x.core.at(-1) === name))),
  );
  return found.length === 1 ? found[0]! : null;
}
