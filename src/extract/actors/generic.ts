/**
 * "the Senate" beside "the Doeland Senate", "the Supreme Court" beside "the Supreme Court of Doeland": a
 * lexicon body that the article names only by a generic name (GENERIC_BODY_NAMES in
 * src/rules/actors/bodies.ts) is the one other organization whose name ends with that name or opens with it
 * and its "of". When no organization or two of them do, the lexicon body stays.
 */
import { GENERIC_BODY_ARTICLES, GENERIC_BODY_LINKS, GENERIC_BODY_NAMES } from '../../rules/actors/bodies.js';
import { mergeInto, sole, type Group } from './group.js';
import { fold } from './names.js';

const GENERIC: ReadonlySet<string> = new Set(GENERIC_BODY_NAMES.map((r) => r.word));
const ARTICLES: ReadonlySet<string> = new Set(GENERIC_BODY_ARTICLES.map((r) => r.word));
const LINKS: readonly string[] = GENERIC_BODY_LINKS.map((r) => r.word);
/** Lower case, one space between words, without an opening article ("The  Senate" -> "senate"). */
const plain = (s: string): string => {
  const t = fold(s).toLowerCase().replace(/\s+/gu, ' ');
  const first = t.split(' ', 1)[0]!;
  return ARTICLES.has(first) && t.length > first.length ? t.slice(first.length + 1) : t;
};

/** The generic name every mention of the lexicon group g is, else null. */
function genericName(g: Group): string | null {
  if (g.type !== 'organization' || !g.key) return null;
  const forms = new Set(g.members.map((m) => plain(m.text)));
  const [form] = forms;
  return forms.size === 1 && GENERIC.has(form!) ? form! : null;
}

/** Does the organization's name hold the generic name as its head: "... Senate", "Supreme Court of ..."? */
const headed = (name: string, generic: string): boolean => name !== generic && (name.endsWith(` ${generic}`) || LINKS.some((link) => name.startsWith(`${generic} ${link} `)));

export function mergeGenericBodies(groups: Group[]): void {
  mergeInto(groups, (g, merged) => {
    const generic = genericName(g);
    return generic ? sole(groups.filter((h) => h !== g && !merged.has(h) && h.type === 'organization' && h.members.some((m) => headed(plain(m.text), generic)))) : undefined;
  });
}
