/**
 * Source phrase -> canonical name, through the chains only (src/refine/chains): an actor chain whose
 * named mention covers the phrase, or whose name or aliases equal it (the chains' one name-form map),
 * wins; else the cleaned phrase (titles and possessives dropped, a surname expanded to the full name
 * the chains know). Pronouns and descriptions take the chain their link row joined them to.
 */
import { lastStartingBefore, type ParsedDoc } from '../../parse/types.js';
import { POSSESSIVE_END } from '../../parse/quote-marks.js';
import type { Chain, ChainMention, Chains } from '../chains/index.js';
import { fold } from '../chains/named.js';
import { PAIR_GAP } from '../chains/antecedents.js';
import { byTitle, cleanName } from './names.js';
import { PHRASE_GROUP_HEADS } from '../../rules/attribution/phrase-sources.js';
import type { SourceRef } from './source-ref.js';
import type { ActorType } from '../../schema/doc.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import { decide, sentenceRange, type Decision } from '../../engine/decide.js';
import type { RuleTable } from '../../engine/rule.js';
import { LOCATED_FORCE_LEXICONS, LOCATED_FORCE_TABLE, NATION_OFFICIALS_LEXICONS, NATION_OFFICIALS_TABLE, WORK_BACK_SENTENCES, WORK_BACK_TABLE, WORK_FRAME_LEXICONS, WORK_FRAME_TABLE, WORK_LEXICONS, WORK_MAKER_TABLE } from '../../rules/chains/sources.js';
import { APPOSITIVE_TABLE, DESCRIBED_LEXICONS, DROPPED_ARTICLES, WIDEN_TABLE } from '../../rules/attribution/described.js';
import { qualifierStart, spanDescription, withQuantifiers, type Description } from './describe.js';
import { nameRun } from './source-ref.js';
import { ownPhraseAt } from './group.js';
import { makeOwnerFinder } from './owner.js';

export { cleanName } from './names.js';

export interface Resolver {
  resolve(ref: SourceRef | null): string | null;
}

/** A group head (one or two words) joined to its body: "researchers at the ", "economists from ". */
const MEMBER_LINK = /^[A-Za-z-]+(?: [A-Za-z-]+)? (?:at|from|with) (?:the )?(?=[A-Z])/u;

/** The bodies a group of staff belongs to and speaks for: "analysts at the Halden Institute" (never a person or a place). */
const SPEAKING_BODIES: ReadonlySet<ActorType> = new Set(['organization', 'media', 'country']);

/**
 * Actor types of places: a lone word read as one may be a person's surname (surnameOfPlace: "Jordan", "Chad"
 * are countries). Wider on purpose than the linked-owner check in resolve ("a WHO official in Hanoi"), which
 * drops only a 'place' after the link: a country there owns its officials ("officials in Avalon said" -> Avalon).
 */
const PLACE_TYPES: ReadonlySet<ActorType> = new Set(['country', 'place']);

/** The words between a person's name and the body after it: " of ", " of the ". */
const OF_BODY = /^\s+of\s+(?:the\s+)?$/u;

export function makeResolver(doc: ParsedDoc, chains: Chains, trace: Trace = NO_TRACE): Resolver {
  const names = chains.names;
  const spans = chains.named.filter((m) => m.chain?.actor);
  /** Named mentions of actors overlapping [start, end), in text order: binary search over the chains' mentions. */
  const mentionedIn = (start: number, end: number): ChainMention[] => {
    const lo = lastStartingBefore(spans, end) + 1;
    const out: ChainMention[] = [];
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (spans[k]!.end > start && !out.some((m) => m.chain === spans[k]!.chain)) out.unshift(spans[k]!);
    return out;
  };
  /** Every named mention inside [start, end), in text order. */
  const namedIn = (start: number, end: number): ChainMention[] => {
    const out: ChainMention[] = [];
    for (let k = lastStartingBefore(chains.named, end); k >= 0 && chains.named[k]!.start >= start; k--) if (chains.named[k]!.end <= end) out.unshift(chains.named[k]!);
    return out;
  };
  /** "Ann Roe of the Harbor Institute", "Gov. Dan Reyes of Ohio": the person named before "of", not the body that ends the phrase. */
  const personOf = (ref: SourceRef): string | null => {
    const inside = namedIn(ref.start, ref.end);
    const k = inside.findIndex((m) => m.chain?.type === 'person');
    const [p, body] = [inside[k], inside[k + 1]];
    if (!p || !body?.chain || body.chain.type === 'person' || body.end < ref.end) return null;
    return OF_BODY.test(doc.text.slice(p.end, body.start)) ? p.chain!.name : null;
  };
  /**
   * "Avalon's Harbor Bureau is reviewing ... and expects", "the Avalon Union's Farm Agency's chief officer":
   * the body named right after a possessive name, not its owner.
   */
  const ownedBody = (ref: SourceRef): string | null => {
    const last = lastStartingBefore(doc.tokens, ref.end);
    const next = doc.tokens[last + 1];
    const body = next && doc.tokens[last]!.poss ? mentionedIn(next.start, next.start + 1).find((m) => m.chain!.type === 'organization' && m.start === next.start) : undefined;
    return body?.chain!.name ?? null;
  };
  /** "Tom Reyes and Dan Pell said", "according to the Ledger and the Courier": two participants named side by side; the first stands for both. */
  const firstOfPair = (ref: SourceRef): string | null => {
    const [a, b, more] = namedIn(ref.start, ref.end);
    const pair = a && b && !more && a.start - ref.start <= 4 && b.end === ref.end && a.chain !== b.chain && PAIR_GAP.test(doc.text.slice(a.end, b.start));
    return pair ? a.chain!.name : null;
  };
  /**
   * "The Turkish government said": a group phrase that is, word for word, a mention of an actor under another
   * name (the country's government) is named as written, so "Avalonian government" stays the government.
   */
  const asWritten = (ref: SourceRef): string | null => {
    const whole = mentionedIn(ref.start, ref.end).find((x) => x.start === ref.start && x.end === ref.end && fold(x.text) !== fold(x.chain!.name));
    return whole?.text ?? null;
  };
  /** The actor mentioned at the phrase's head (its last word), unless our own name is fuller. */
  const covering = (start: number, end: number, own: string): string | null => {
    const headStart = start + Math.max(0, doc.text.slice(start, end).replace(POSSESSIVE_END, '').lastIndexOf(' ') + 1);
    for (const { chain } of mentionedIn(headStart, end)) {
      const aw = chain!.name.split(/\s+/u);
      const ow = own.split(/\s+/u);
      if (fold(aw[aw.length - 1]!) !== fold(ow[ow.length - 1]!)) return aw.length >= ow.length && chain!.name.includes(own) ? chain!.name : null;
      if (ow.length >= 2 && aw.length === ow.length && fold(aw[0]!) !== fold(ow[0]!)) return null; // "Maria Delgado" is not "Luis Delgado"
      return aw.length >= ow.length || (aw.length >= 2 && chain!.type === 'person' && fold(own).endsWith(` ${fold(chain!.name)}`)) ? chain!.name : null; // "President of Avalon Ana Roe": Ana Roe
    }
    return null;
  };
  /** "Analysts at the Halden Institute for Policy" -> the organization the group belongs to, when it is an actor. */
  const memberOf = (d: { start: number; end: number; text: string } | undefined): string | null => {
    const link = d ? MEMBER_LINK.exec(d.text) : null;
    if (!d || !link) return null;
    const orgStart = d.start + link[0].length;
    const whole = (c: Chain): boolean => c.mentions.some((x) => x.start === orgStart && x.end >= d.end);
    const org = mentionedIn(orgStart, orgStart + 1).find((m) => SPEAKING_BODIES.has(m.chain!.type) && whole(m.chain!));
    return org ? org.chain!.name : null;
  };
  const owned = makeOwnerFinder(doc, spans, chains.named, trace);
  const lowered = new Set(doc.tokens.filter((t) => !t.cap).map((t) => t.normal));
  /** A phrase capitalized only as its sentence's first word ("Police said") is written as the text writes it elsewhere ("police said"): one source per phrase. */
  const asPhrase = (d: { start: number; text: string } | undefined): string | undefined => {
    const t = d ? doc.tokens[lastStartingBefore(doc.tokens, d.start + 1)] : undefined;
    return t && t.start === d!.start && t.first && t.cap && lowered.has(t.normal) ? d!.text.charAt(0).toLowerCase() + d!.text.slice(1) : d?.text;
  };
  /**
   * A description the chains (or the actors' aliases) joined to a participant, read at its head: "Later the
   * spokeswoman said", "Both officers said" (a pair named before). A cue whose subject no phrase reader
   * found takes the linked description right before it ("The think tank argued").
   */
  const linked = (ref: SourceRef): string | null => {
    const head = doc.tokens[lastStartingBefore(doc.tokens, ref.text === '' ? ref.start : ref.end)];
    const touching = head !== undefined && !head.cap && !head.tags.has('Pronoun') && (ref.text !== '' || doc.text.slice(head.end, ref.start).trim() === '');
    return touching ? chains.chainOf(head.start, head.end)?.name ?? null : null; // a lower-case description, never a name or "them" ending a longer phrase
  };
  /** "Both officers said" after "Tom Quill and Dan Rook": the pair the chains linked, the first standing for both, before the phrase. */
  const pairOf = (ref: SourceRef): string | null => {
    const m = chains.mentionAt(ref.end - 1, ref.end);
    return m?.pair ? m.chain!.name : null;
  };
  /** "a report released Friday by the Harbor Institute": a work's maker after "by"/"from", by the rows of `sources.work-maker` read at the work's head (its last word), as a name phrase. */
  const maker = (ref: SourceRef): SourceRef | null => {
    const k = headOf(ref);
    return k >= 0 ? makerAt(k) : null;
  };
  /** The token that heads a source phrase (its last word), or -1: a frame's placeholder ("said" with no subject) has no head. */
  const headOf = (ref: SourceRef): number => {
    const k = ref.start < ref.end ? lastStartingBefore(doc.tokens, ref.end) : -1;
    return k >= 0 && doc.tokens[k]!.start >= ref.start ? k : -1;
  };
  /** The row of a source table that decides at token k, read in k's sentence. */
  const rowAt = <V>(table: RuleTable<V>, lexicons: typeof WORK_LEXICONS, k: number): Decision<V> | null =>
    decide(table, { first: k, end: k + 1 }, { doc, range: sentenceRange(doc, doc.tokens[k]!.sentence), env: { lexicons }, trace, kind: 'source' });
  /** The maker the rows of `sources.work-maker` name for a work headed by token k, as a name phrase; else null. */
  const makerAt = (k: number): SourceRef | null => {
    const s = doc.tokens[k]!.sentence;
    const d = rowAt(WORK_MAKER_TABLE, WORK_LEXICONS, k);
    const m = d?.value.maker ? d.match.end - 1 : -1;
    const e = m < 0 ? m : nameRun(doc, m, doc.sentences[s]!.endToken);
    return e > m ? { kind: 'name', start: doc.tokens[m]!.start, end: doc.tokens[e - 1]!.end, text: doc.text.slice(doc.tokens[m]!.start, doc.tokens[e - 1]!.end) } : null;
  };
  /** "A report from the Harbor Institute ... The report said": a definite work (row `sources.work-back`) speaks for the maker of the nearest earlier work of the same head word that names one. */
  const earlierMaker = (ref: SourceRef): SourceRef | null => {
    const k = headOf(ref);
    if (k < 0 || !rowAt(WORK_BACK_TABLE, WORK_LEXICONS, k)?.value.back) return null;
    const floor = doc.sentences[Math.max(0, doc.tokens[k]!.sentence - WORK_BACK_SENTENCES)]!.firstToken;
    for (let j = k - 1; j >= floor; j--) {
      if (doc.tokens[j]!.normal !== doc.tokens[k]!.normal) continue; // the same work: "the study" is not the "data from" the study used
      const m = makerAt(j);
      if (m) return m;
    }
    return null;
  };
  /** "In one study from the Harbor Institute, scientists report": researchers after a fronted work (row `sources.work-frame`) speak for its maker. */
  const framingMaker = (ref: SourceRef): SourceRef | null => {
    const k = headOf(ref);
    if (k < 0 || !rowAt(WORK_FRAME_TABLE, WORK_FRAME_LEXICONS, k)?.value.frame) return null;
    for (let j = doc.sentences[doc.tokens[k]!.sentence]!.firstToken; j < k; j++) {
      const m = makerAt(j);
      if (m) return m;
    }
    return null;
  };
  /** "Indonesian authorities said": officials named by a nation's adjective (row `sources.nation-officials`) speak for the country actor the whole phrase names. */
  const nationOf = (d: Description | undefined): string | null => {
    if (!d) return null;
    const k = lastStartingBefore(doc.tokens, d.end);
    if (k < 0 || doc.tokens[k]!.end !== d.end) return null;
    const row = rowAt(NATION_OFFICIALS_TABLE, NATION_OFFICIALS_LEXICONS, k);
    const whole = row?.value.country ? mentionedIn(d.start, d.end).find((x) => x.start === d.start && x.end === d.end && x.chain!.type === 'country') : undefined;
    return whole?.chain!.name ?? null;
  };
  /** "police in Kelvale said": a force followed by the place it serves (row `sources.located-force`) speaks as the head word alone, written as the text writes it. */
  const forceOf = (ref: SourceRef): string | null => {
    const last = headOf(ref);
    for (let k = last < 0 ? last : lastStartingBefore(doc.tokens, ref.start + 1); k >= 0 && k <= last; k++) { // the force word heads the phrase, before its link
      if (rowAt(LOCATED_FORCE_TABLE, LOCATED_FORCE_LEXICONS, k)?.value.bare) return asPhrase({ start: doc.tokens[k]!.start, text: doc.tokens[k]!.text }) ?? null;
    }
    return null;
  };
  /** "economists" in "a wide array of economists", "some lawmakers" in "many experts and some lawmakers": the whole phrase, by the rows of `sources.widen` read at the token before it. */
  const widen = (d: Description | undefined): Description | undefined => {
    const p = d ? lastStartingBefore(doc.tokens, d.start + 1) : -1;
    const floor = p > 0 ? doc.sentences[doc.tokens[p]!.sentence]!.firstToken : p;
    const w = p > floor && doc.tokens[p]!.start === d!.start ? decide(WIDEN_TABLE, { first: p - 1, end: p }, { doc, range: sentenceRange(doc, doc.tokens[p]!.sentence), env: { lexicons: DESCRIBED_LEXICONS }, trace, kind: 'source' }) : null;
    const b = !w ? -1 : w.value.qualifiers ? withQuantifiers(doc, qualifierStart(doc, w.match.first, floor), floor) : w.match.first;
    const from = b >= 0 && DROPPED_ARTICLES.has(doc.tokens[b]!.normal) ? b + 1 : b;
    return from >= 0 ? spanDescription(doc, doc.tokens[from]!, doc.tokens[lastStartingBefore(doc.tokens, d!.end)]!) : d;
  };
  /** '"...," said the ambassador at the time, John Herbst.': the person named in apposition right after a description, by the row of `sources.appositive`. */
  const appositive = (d: Description | undefined): string | null => {
    const k = d ? lastStartingBefore(doc.tokens, d.end) : -1;
    const a = k >= 0 && doc.tokens[k]!.end === d!.end ? decide(APPOSITIVE_TABLE, { first: k, end: k + 1 }, { doc, range: sentenceRange(doc, doc.tokens[k]!.sentence), env: { lexicons: DESCRIBED_LEXICONS }, trace, kind: 'source' }) : null;
    const e = a ? nameRun(doc, k + 1, doc.sentences[doc.tokens[k]!.sentence]!.endToken) : -1;
    return e > k + 1 ? resolve({ kind: 'name', start: doc.tokens[k + 1]!.start, end: doc.tokens[e - 1]!.end, text: doc.text.slice(doc.tokens[k + 1]!.start, doc.tokens[e - 1]!.end) }) : null;
  };
  /**
   * "Jeremy Paris runs the school. ... Paris, who used to teach, said": a lone word the actors read as a
   * place (a city standing for its country) that is the surname of a person the article names speaks as
   * that person: a place speaks only through its government, and the article has introduced someone by it.
   */
  const surnameOfPlace = (ref: SourceRef): string | null => {
    const k = lastStartingBefore(doc.tokens, ref.start + 1);
    const t = doc.tokens[k];
    if (!t || t.start !== ref.start || lastStartingBefore(doc.tokens, ref.end - 1) !== k) return null;
    const place = mentionedIn(ref.start, ref.end).some((m) => m.start === ref.start && PLACE_TYPES.has(m.chain!.type));
    const full = place ? names.fullName(t.norm) : undefined;
    return full && full.includes(' ') ? names.canonical(full) : null;
  };
  const resolve = (ref: SourceRef | null): string | null => {
    if (!ref) return null;
    if (ref.kind === 'pronoun') return chains.chainOf(ref.start, ref.end)?.name ?? null;
    if (ref.kind === 'role') return appositive(ref.phrase) ?? mentionedIn(ref.start, ref.end)[0]?.chain!.name ?? chains.chainOf(ref.start, ref.end)?.name ?? asPhrase(ref.phrase) ?? null; // "the mayor of Lyon": its description when no one holds the title
    if (ref.kind === 'group') {
      const owner = appositive(ref.description ?? ref.phrase) ?? (ref.owner ? resolve(ref.owner) : null) ?? resolve(ref.modifier ? null : maker(ref) ?? earlierMaker(ref)); // "a spokesman for the ministry, Ann Roe": the name in apposition first; a work's maker
      if (owner) return owner;
      const place = ref.linked === true && ref.modifier !== undefined && mentionedIn(ref.modifier.start, ref.modifier.end).some((x) => x.start === ref.modifier!.start && x.chain!.type === 'place'); // "a WHO official in Hanoi": a place after the link owns no one; a country does (not PLACE_TYPES, on purpose)
      const m = place ? ref.named : ref.modifier;
      if (!m) return pairOf(ref) ?? memberOf(ref.description ?? ref.phrase) ?? resolve(framingMaker(ref)) ?? nationOf(ref.description ?? ref.phrase) ?? forceOf(ref) ?? asPhrase(widen(ref.description ?? ref.phrase)) ?? linked(ref) ?? owned.after(ref);
      const own = cleanName(m.text, names);
      const known = asWritten(ref) ?? covering(m.start, m.end, own) ?? names.actorName(own);
      return known ?? ref.description?.text ?? own;
    }
    const person = personOf(ref) ?? ownPhrase(doc, ref, trace) ?? ownedBody(ref) ?? firstOfPair(ref) ?? owned.before(ref) ?? surnameOfPlace(ref);
    if (person) return person;
    const words = ref.text.replace(POSSESSIVE_END, '').split(/\s+/u);
    const titled = words.length === 2 ? byTitle(names, ref.text, words[1]!) : null;
    if (titled) return names.canonical(titled); // "Sen. Delgado" beside "Rep. Delgado": the title decides
    if (PHRASE_GROUP_HEADS.has(fold(ref.text))) return asPhrase(ref)!; // "Democrats argued": the group, not a fuller "Avalon Democrats"
    const own = cleanName(ref.text, names);
    return covering(ref.start, ref.end, own) ?? names.actorName(ref.text) ?? names.canonical(own);
  };
  return { resolve };
}

/** A name phrase the rows of src/rules/chains/sources.ts make a phrase source ("Voss's campaign said"): that phrase, else null. */
function ownPhrase(doc: ParsedDoc, ref: SourceRef, trace: Trace): string | null {
  const end = ownPhraseAt(doc, lastStartingBefore(doc.tokens, ref.end), trace);
  return end === null ? null : doc.text.slice(ref.start, doc.tokens[end - 1]!.end);
}
