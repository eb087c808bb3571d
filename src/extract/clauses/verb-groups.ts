/**
 * Verb groups over compromise's tags: auxiliaries, adverbs and negation with their verb ("has
 * repeatedly said", "would not say"), and chains through "to" or a particle ("tried to argue", "went on
 * to say"). The head is the group's last verb. A reporting-verb form counts as a verb even when the
 * tagger reads it as a noun ("with Dan Reyes saying").
 */
import type { ParsedDoc, Token } from '../../parse/types.js';
import { REPORTING_VERBS } from '../../rules/attribution/verbs.js';
import { AUXILIARIES, INFINITIVE_MARKERS, VERB_ADVERBS, WH_RELATIVES } from '../../rules/clauses/rows.js';
import { isBoundary } from '../../refine/attribution/tokens.js';
import type { Headed } from './types.js';
import { inCompound, participleModifier } from './noun-phrase.js';

const VERB_TAGS = ['Verb', 'Auxiliary', 'Modal', 'Copula'];
/** Reporting-verb forms (first words): verbal whatever the tagger says. */
export const REPORTING_FORMS: ReadonlySet<string> = new Set(REPORTING_VERBS.flatMap((r) => r.forms.map((f) => f.split(' ')[0]!)));

/** A verb token: tagged so (not a capitalized name inside the sentence), or a reporting-verb form in lower case. */
export function isVerbal(t: Token, prev?: Token, next?: Token): boolean {
  if (t.cap && !t.first) return false;
  if (prev && (prev.poss || (prev.tags.has('Determiner') && !WH_RELATIVES.has(prev.normal))) && !t.tags.has('Auxiliary') && !t.tags.has('Modal')) return false; // "the report", "Acme's claims"; not "who watched"
  if (prev && inCompound(t, prev, next)) return false;
  if (prev && participleModifier(t, prev, next)) return false; // "one unaligned strategist"
  if (VERB_TAGS.some((g) => t.tags.has(g)) && !t.tags.has('Noun')) return true;
  return !t.cap && REPORTING_FORMS.has(t.normal);
}

/** Words that stay inside a verb group: adverbs and negation ("has not yet said"). */
const isModifier = (t: Token): boolean => !t.cap && (t.tags.has('Adverb') || t.tags.has('Negative') || VERB_ADVERBS.has(t.normal)) && !t.tags.has('QuestionWord');

const CHAIN_TAGS = ['Auxiliary', 'Modal', 'Copula'];
/** A verb continues the group: after an auxiliary, "to" or a particle ("has said", "tried to argue", "went on to say"), or an -ing form ("kept saying"). */
const joins = (head: Token, prev: Token, t: Token): boolean => CHAIN_TAGS.some((g) => head.tags.has(g)) || AUXILIARIES.has(head.normal) || INFINITIVE_MARKERS.has(prev.normal) || prev.tags.has('Particle') || t.tags.has('Particle') || t.tags.has('Gerund');

/** The verb groups of sentence s, in order. */
export function verbGroups(doc: ParsedDoc, s: number): Headed[] {
  const sent = doc.sentences[s]!;
  const toks = doc.tokens;
  const out: Headed[] = [];
  let k = sent.firstToken;
  while (k < sent.endToken) {
    if (!isVerbal(toks[k]!, toks[k - 1], toks[k + 1])) {
      k++;
      continue;
    }
    let first = k;
    while (first > sent.firstToken && isModifier(toks[first - 1]!) && !isBoundary(doc, toks[first - 1]!, toks[first]!) && (out.length === 0 || out[out.length - 1]!.end < first)) first--;
    let head = k;
    let end = k + 1;
    while (end < sent.endToken && !isBoundary(doc, toks[end - 1]!, toks[end]!)) {
      const t = toks[end]!;
      if (isVerbal(t)) {
        if (!joins(toks[head]!, toks[end - 1]!, t)) break; // "the experts I interviewed | said": two verbs, two groups
        head = end;
      }
      else if (INFINITIVE_MARKERS.has(t.normal) && end + 1 < sent.endToken && isVerbal(toks[end + 1]!) && !isBoundary(doc, t, toks[end + 1]!)) { /* "tried to argue" */ }
      else if (!(isModifier(t) || t.tags.has('Particle'))) break;
      end++;
    }
    while (end - 1 > head) end--; // trailing adverbs belong to what follows ("said repeatedly" keeps "said")
    out.push({ first, end, head });
    k = end;
  }
  return out;
}
