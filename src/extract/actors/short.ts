/**
 * Short forms of organizations: a company first named in full ("Quorvex Data Systems", "Brindle
 * Social") and elsewhere by its first word(s) ("Quorvex", "Brindle") is one actor. A short form
 * joins the one organization whose name starts with it; when two share the prefix, it stays apart,
 * and so does a short form with an identity of its own (a place, a tagged name, a typed mention).
 */
import { addMember, mergeInto, MultiMap, sole, type Group } from './group.js';
import { fold } from './names.js';
import type { Word } from './types.js';
import { hasTag, PLACE_PREP, ROLE_ARTICLE } from './wordsets.js';
import { PLURAL_SUFFIXES } from '../../rules/actors/words.js';

/** Tags that give a word an identity of its own (a place, a known firm, a person): never a short form. */
const OWN_TAGS = ['Place', 'Country', 'City', 'Region', 'Organization', 'Person', 'FirstName', 'LastName'];

/** Rules that type a name only from compromise's tags or a repeat: not an identity of its own. */
/** Mentions typed by default, by compromise's tags, or repeats of such a name. */
const TAG_BASES: ReadonlySet<Group['members'][number]['basis']> = new Set(['guess', 'tagged', 'repeat']);

const plain = (s: string): string => fold(s).toLowerCase().replace(/^the\s+/u, '');

export function mergeShortForms(words: readonly Word[], groups: Group[]): void {
  const byPrefix = new MultiMap();
  for (const g of groups) {
    if (!isOrg(g)) continue;
    for (const m of g.members) {
      const ws = plain(m.text).split(/\s+/u);
      for (let n = 1; n < ws.length && n <= 2; n++) byPrefix.add(ws.slice(0, n).join(' '), g);
    }
  }
  mergeInto(groups, (g, merged) => {
    if (!isOrg(g) || !bareName(words, g)) return undefined;
    const forms = new Set(g.members.map((m) => plain(m.text)));
    return forms.size === 1 ? sole(byPrefix.get([...forms][0]!).filter((x) => x !== g && !merged.has(x))) : undefined;
  });
}

/** Tags of a place word opening a team's or a body's name ("the Denver Mudcats", "the United States Air Force"). */
const PLACE_TAGS = ['City', 'Region', 'Place', 'Country', 'SportsTeam'];

/**
 * "the Mudcats" after "the Denver Mudcats", "the Air Force" after "the United States Air Force": an
 * organization named without the place words its name opens with is that organization; when two names end
 * alike ("Denver Mudcats", "Toledo Mudcats") it joins the one named most.
 */
export function mergePlaceTails(words: readonly Word[], groups: Group[]): void {
  const byTail = new MultiMap();
  const key = (from: number, to: number): string => plain(words.slice(from, to).map((w) => w.text).join(' '));
  for (const g of groups.filter(isOrg)) {
    for (const m of g.members) {
      // every tail after one or more leading place words: "Air Force" and "States Air Force" of "United States Air Force"
      for (let k = m.from; k < m.to - 1 && hasTag(words[k]!, PLACE_TAGS); k++) byTail.add(key(k + 1, m.to), g);
    }
  }
  const hostOf = new Map<Group, Group>();
  // a name typed only by its shape ("Mudcats": a first name?) is no identity of its own either
  for (const g of groups.filter((x) => isOrg(x) || x.members.every((m) => m.basis === 'shape'))) {
    const forms = new Set(g.members.map((m) => plain(m.text)));
    const owners = forms.size === 1 ? byTail.get([...forms][0]!).filter((x) => x !== g && hostOf.get(x) === undefined) : [];
    const most = Math.max(...owners.map((o) => o.members.length));
    const hosts = owners.filter((o) => o.members.length === most);
    for (const host of hosts.length === 1 ? hosts : []) {
      for (const m of g.members) addMember(host, m);
      hostOf.set(g, host);
    }
  }
  groups.splice(0, groups.length, ...groups.filter((g) => hostOf.get(g) === undefined));
}

/** The group a plural form stands beside: its bare word, the form without a plural ending (rows words plural-suffix). */
function singularOf(form: string, bySingular: ReadonlyMap<string, Group>): Group | undefined {
  for (const { word: suffix } of PLURAL_SUFFIXES) if (form.endsWith(suffix) && bySingular.has(form.slice(0, -suffix.length))) return bySingular.get(form.slice(0, -suffix.length));
  return undefined;
}

/**
 * "the Houthis" beside "Houthi rebels", "the Maoists" beside "Maoist rebels": a one-word name with a plural "s"
 * after its article is the same group as the bare word, both organizations or untyped names (never a person, a
 * lexicon actor or a place); the plural joins the bare word's group.
 */
export function mergePluralNames(words: readonly Word[], groups: Group[]): void {
  const oneWord = (g: Group): boolean => !g.key && g.core.length === 0 && g.type === 'organization' && g.members.every((m) => m.to - m.from === 1);
  // the plural is a group of people named with its article ("the Houthis"), never a title's word ("Life with Chaos")
  const plural = (g: Group): boolean => oneWord(g) && g.members.every((m) => !hasTag(words[m.from]!, OWN_TAGS) && ROLE_ARTICLE.has(words[m.from - 1]?.lower ?? ''));
  const form = (g: Group): string | null => {
    const forms = new Set(g.members.map((m) => plain(m.text)));
    return forms.size === 1 ? [...forms][0]! : null;
  };
  const bySingular = new Map<string, Group>();
  for (const g of groups) if (oneWord(g) && form(g)) bySingular.set(form(g)!, g);
  mergeInto(groups, (g) => {
    const f = plural(g) ? form(g) : null;
    const host = f && f.length > 3 ? singularOf(f, bySingular) : undefined;
    return host === g ? undefined : host;
  });
}

/** An organization no lexicon knows and no person name built. */
const isOrg = (g: Group): boolean => g.type === 'organization' && !g.key && g.core.length === 0;

/**
 * A name with no identity of its own: typed only by default or by compromise's tags (a foreign word or
 * a place name a company took: "Toyokawa", "Susquehanna"), never used as a place ("in Susquehanna").
 */
function bareName(words: readonly Word[], g: Group): boolean {
  const loose = (m: Group['members'][number]): boolean => !m.sure && !words.slice(m.from, m.to).some((w) => hasTag(w, OWN_TAGS));
  const tagged = (m: Group['members'][number]): boolean => TAG_BASES.has(m.basis) && !placeUse(words, m.from, m.to);
  return g.members.every((m) => loose(m) || tagged(m));
}

/** "in Susquehanna", "near Toyokawa": a locative before a name that is not possessive. */
function placeUse(words: readonly Word[], from: number, to: number): boolean {
  const prev = words[from - 1];
  return !!prev && prev.sentence === words[from]!.sentence && PLACE_PREP.has(prev.lower) && !words[to - 1]!.poss;
}
