/**
 * Group sources: "officials", "a Ledger spokesperson", "a spokesman for the Ledger", "foreign policy analysts".
 */
import { lastStartingBefore, type ParsedDoc } from '../../parse/types.js';
import { GROUP_NOUNS, INSTITUTION_NOUNS, SPOKES_NOUNS } from '../../rules/attribution/sources.js';
import { DEFINITE_ARTICLES } from '../../rules/attribution/described.js';
import { GROUP_OWNER_LINKS, MODIFIED_OFFICIAL_HEADS, OWNED_GROUP_HEADS, OWNED_WORK_HEADS, PHRASE_ORG_HEADS } from '../../rules/attribution/phrase-sources.js';
import { describeGroup, phraseGroup } from './describe.js';
import { nameRun, ref, type SourceRef } from './source-ref.js';
import { isBoundary, isCapitalized, isPossessive, word } from './tokens.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import { decide, sentenceRange } from '../../engine/decide.js';
import { SOURCE_LEXICONS, SOURCE_PHRASE_TABLE, WORK_HEADS } from '../../rules/chains/sources.js';
import { ownedAt } from './owner.js';

/** Groups their name modifier, or the body linked after them, speaks for: "a Ledger spokesperson", "Avalon officials", "officials of the Harbor Agency". */
const MODIFIER_NAMED: ReadonlySet<string> = new Set([...OWNED_GROUP_HEADS, ...MODIFIED_OFFICIAL_HEADS]);

/** A group noun at k; "a spokesman for the Ledger" and "a Ledger spokesperson" point at the organization. */
export function group(doc: ParsedDoc, k0: number, end: number, modifier: SourceRef | null): SourceRef {
  const toks = doc.tokens;
  let k = k0;
  while (k + 1 < end && GROUP_NOUNS.has(word(toks[k + 1]!)) && !isCapitalized(toks[k + 1]!) && !isPossessive(toks[k]!) && !isBoundary(doc, toks[k]!, toks[k + 1]!)) k++; // "campaign aides"
  const t = toks[k]!;
  const m = modifier ? lastStartingBefore(toks, modifier.start + 1) : -1; // binary search: linear cost per document
  const modTok = m >= 0 && toks[m]!.start === modifier!.start ? toks[m] : undefined;
  const out = ref(doc, 'group', modTok ?? t, t);
  const description = describeGroup(doc, k, doc.sentences[t.sentence]!.firstToken, end);
  if (description) out.description = description;
  const phrase = phraseGroup(doc, k, doc.sentences[t.sentence]!.firstToken, end);
  if (phrase) out.phrase = phrase;
  const demonym = modTok !== undefined && (modTok.tags.has('Demonym') || (modifier!.end === modTok.end && ownPhraseAt(doc, m) !== null)); // "Avalonian officials", "Official data": no name
  if (modifier && PHRASE_ORG_HEADS.has(word(t))) out.phrase = { start: out.start, end: out.end, text: out.text };
  else if (modifier && !demonym && MODIFIER_NAMED.has(word(t))) out.modifier = { start: modifier.start, end: modifier.end, text: modifier.text };
  const qual = toks[k - 1];
  if (SPOKES_NOUNS.has(word(t)) && !modifier && qual && k - 1 >= doc.sentences[t.sentence]!.firstToken && !isCapitalized(qual) && INSTITUTION_NOUNS.has(word(qual))) out.owner = ref(doc, 'role', qual, qual); // "a ministry spokesman"
  if (!modifier && OWNED_WORK_HEADS.has(word(t))) out.owner ??= workOwner(doc, k, doc.sentences[t.sentence]!.firstToken);
  if (MODIFIER_NAMED.has(word(t)) && k + 2 < end && GROUP_OWNER_LINKS.has(toks[k + 1]!.normal)) {
    let m = k + 2;
    if (m < end && DEFINITE_ARTICLES.has(toks[m]!.normal)) m++;
    if (m < end && m > k + 2 && !isCapitalized(toks[m]!) && INSTITUTION_NOUNS.has(word(toks[m]!))) out.owner = ref(doc, 'role', toks[m]!, toks[m]!);
    else if (m < end && isCapitalized(toks[m]!) && !WORK_HEADS.has(word(t))) { // a work's maker or sample: the rows of sources.work-maker, read when it resolves
      const e = nameRun(doc, m, doc.sentences[t.sentence]!.endToken); // the owner's whole name, past the source window ("a statement by Presidential Spokesperson Ann Roe")
      const [c, l] = [toks[e], toks[e + 1]];
      const second = c !== undefined && l !== undefined && l.sentence === t.sentence && c.tags.has('Conjunction') && GROUP_OWNER_LINKS.has(l.normal); // "officials in the FBI and at the Justice Department": two bodies, the phrase stands for both
      if (e > m && !second) {
        if (out.modifier) out.named = out.modifier; // "a WHO official in Hanoi": the name before the head, if the linked one is a place
        out.modifier = { start: toks[m]!.start, end: toks[e - 1]!.end, text: doc.text.slice(toks[m]!.start, toks[e - 1]!.end) };
        out.linked = true;
      }
    }
  }
  return out;
}

/** "Acme Corp.'s annual report": the possessive name before a work's qualifiers when table sources.owned makes the work its owner's (owner.ts), else undefined. */
function workOwner(doc: ParsedDoc, k: number, floor: number): SourceRef | undefined {
  const toks = doc.tokens;
  let p = k - 1;
  while (p > k - 3 && p > floor && !toks[p]!.poss) p--;
  const t = toks[p];
  if (!t || p < floor || !t.cap || !ownedAt(doc, p)?.value.owner) return undefined;
  let b = p;
  while (b > floor && toks[b - 1]!.cap && !toks[b - 1]!.poss && !isBoundary(doc, toks[b - 1]!, toks[b]!)) b--;
  return ref(doc, 'name', toks[b]!, t);
}

/**
 * The end (exclusive token index) of the phrase the rows of src/rules/chains/sources.ts make the source
 * when token i ends a name ("Voss's campaign", "Official data": a plain adjective opening the sentence), else null.
 */
export function ownPhraseAt(doc: ParsedDoc, i: number, trace: Trace = NO_TRACE): number | null {
  const d = decide(SOURCE_PHRASE_TABLE, { first: i, end: i + 1 }, { doc, range: sentenceRange(doc, doc.tokens[i]!.sentence), env: { lexicons: SOURCE_LEXICONS }, trace, kind: 'source' });
  return d ? d.match.end : null;
}
