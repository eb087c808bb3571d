/**
 * Source phrase -> canonical name. An actor whose mentions cover the phrase, or whose name or
 * aliases equal it, wins; else the cleaned phrase (titles and possessives dropped, a surname
 * expanded to the full name found in the text). Pronouns go to the nearest compatible person,
 * preferring sentence subjects; role nouns ("the secretary") to the person last given that title.
 */
import type { Actor } from '../../schema/doc.js';
import { lastStartingBefore, type ParsedDoc } from '../../parse/types.js';
import type { People } from '../chains/people.js';
import type { Chains } from '../chains/index.js';
import { byTitle, cleanName } from './names.js';
import { PHRASE_GROUP_HEADS } from '../../rules/attribution/phrase-sources.js';
import type { SourceRef } from './source-ref.js';

export { cleanName } from './names.js';

export interface Resolver {
  resolve(ref: SourceRef | null): string | null;
  /** people found in the text (for tests and quote continuation) */
  people: People;
}

/** A group head (one or two words) joined to its body: "researchers at the ", "economists from ". */
const MEMBER_LINK = /^[A-Za-z-]+(?: [A-Za-z-]+)? (?:at|from|with) (?:the )?(?=[A-Z])/u;

const fold = (s: string): string => s.toLowerCase().replace(/[\u2018\u2019]/gu, "'").replace(/^the\s+/u, '').trim();

export function makeResolver(doc: ParsedDoc, actors: readonly Actor[], chains: Chains): Resolver {
  const people = chains.people;
  const byForm = new Map<string, string>();
  const nonPerson = new Set<string>();
  for (const a of actors) for (const f of [a.name, ...a.aliases]) {
    if (!byForm.has(fold(f))) byForm.set(fold(f), a.name);
    if (a.type !== 'person') nonPerson.add(fold(f));
  }
  const spans = actors.flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, actor: a }))).sort((x, y) => x.start - y.start);
  /** Actors with a mention overlapping [start, end): binary search over mentions sorted by start. */
  const mentionedIn = (start: number, end: number): Actor[] => {
    const lo = lastStartingBefore(spans, end) + 1;
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
  /** "Analysts at the Halden Institute for Policy" -> the organization the group belongs to, when it is an actor. */
  const memberOf = (d: { start: number; end: number; text: string } | undefined): string | null => {
    const link = d ? MEMBER_LINK.exec(d.text) : null;
    if (!d || !link) return null;
    const orgStart = d.start + link[0].length;
    const whole = (a: Actor): boolean => a.mentions.some((x) => x.start === orgStart && x.end >= d.end);
    const org = mentionedIn(orgStart, orgStart + 1).find((a) => a.type !== 'person' && a.type !== 'place' && whole(a));
    return org ? org.name : null;
  };
  const resolve = (ref: SourceRef | null): string | null => {
    if (!ref) return null;
    if (ref.kind === 'pronoun') return chains.chainOf(ref.start, ref.end)?.name ?? null;
    if (ref.kind === 'role') return mentionedIn(ref.start, ref.end)[0]?.name ?? chains.chainOf(ref.start, ref.end)?.name ?? null;
    if (ref.kind === 'group') {
      const owner = ref.owner ? resolve(ref.owner) : null;
      if (owner) return owner;
      const m = ref.modifier;
      if (!m) return memberOf(ref.description ?? ref.phrase) ?? ref.description?.text ?? ref.phrase?.text ?? null;
      const own = cleanName(m.text, people);
      const known = covering(m.start, m.end, own) ?? byForm.get(fold(own));
      return known ?? ref.description?.text ?? own;
    }
    const owned = /['\u2019]s$/u.test(ref.text) ? mentionedIn(ref.end + 1, ref.end + 2).find((a) => a.type === 'organization' && a.mentions.some((m) => m.start === ref.end + 1)) : undefined;
    if (owned) return owned.name; // "Avalon's Harbor Bureau is reviewing ... and expects": the body, not its country
    const words = ref.text.replace(/['\u2019]s?$/u, '').split(/\s+/u);
    const titled = words.length === 2 ? byTitle(people, ref.text, words[1]!) : null;
    if (titled) return canonical(titled); // "Sen. Delgado" beside "Rep. Delgado": the title decides
    if (PHRASE_GROUP_HEADS.has(fold(ref.text))) return ref.text; // "Democrats argued": the group, not a fuller "Avalon Democrats"
    const own = cleanName(ref.text, people);
    return covering(ref.start, ref.end, own) ?? byForm.get(fold(ref.text)) ?? canonical(own);
  };
  return { resolve, people };
}
