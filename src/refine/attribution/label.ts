/**
 * Speaker labels: a name, or a role and a name, closing with a colon at the head of a sentence, as in
 * transcripts and headlines ("VOSS: We will win.", "Senator Ann Voss (D-Ore.): ...", "Voss, on Twitter: ...", "Voss to port
 * workers: ...", "Former harbor master Ann Voss: ..."), also right after a headline's kicker dash
 * ("EXCLUSIVE – Voss: ..."). Stage "sources" keeps only labels whose name it knows (index.ts).
 */
import type { ParsedDoc } from '../../parse/types.js';
import type { Frame } from './frame-base.js';
import type { SourceRef } from './source-ref.js';
import { isBoundary, isCapitalized, isNameLike, isVerb } from './tokens.js';
import { DASH_CHARS, OPENING_MARK_CHARS, QUOTE_MARK_CHARS } from '../../parse/quote-marks.js';
import { LABEL_CUTS } from '../../rules/attribution/labels.js';

/** Opening quotation marks and spaces before a label. */
const LEAD = new RegExp(`^[\\s${OPENING_MARK_CHARS}]*`, 'u');
/** A label: up to 60 characters without clause punctuation, an optional aside ("(D-Ore.)", ", on Twitter"), then a colon before a space or a quotation mark. */
const LABEL = new RegExp(`^(?<label>[^:,;()\\[\\]${DASH_CHARS}${QUOTE_MARK_CHARS}]{2,60}?)(?:\\s*\\([^()]{1,30}\\)|,\\s+(?:on|in|at)\\s+[^:,;()]{2,30})?\\s*:(?=[\\s${OPENING_MARK_CHARS}])`, 'u');
/** A headline's kicker and its dash before a label: "EXCLUSIVE – ", "RISING FEES - ", a digest's headline line of up to 120 characters, the dash sometimes set against the label ("... shortfall -More from Ann Roe:"). */
const KICKER = new RegExp(`^[^:${DASH_CHARS}]{2,120}?\\s[-${DASH_CHARS}]\\s*`, 'u');

/** Three or more words of letters after a label: something said, not a number or an address. */
const saysSomething = (rest: string): boolean => (rest.match(/\p{L}{2,}/gu) ?? []).length >= 3 && !/^\s*\S+@|^\s*https?:/u.test(rest);

/** The speaker label opening sentence s, at its start or after a kicker dash, or null. */
export function labelFrame(doc: ParsedDoc, s: number): Frame | null {
  const text = doc.sentences[s]!.text;
  const lead = LEAD.exec(text)![0].length;
  const kicker = KICKER.exec(text.slice(lead));
  return labelAt(doc, s, lead) ?? (kicker ? labelAt(doc, s, lead + kicker[0].length) : null);
}

/** A label starting `at` characters into sentence s: its name is the capitalized words ending it, before "to"/"at"/"on" an audience or place. */
function labelAt(doc: ParsedDoc, s: number, at: number): Frame | null {
  const sent = doc.sentences[s]!;
  const from = sent.start + at;
  const m = LABEL.exec(doc.text.slice(from, sent.end));
  const colon = m ? from + m[0].length - 1 : -1;
  if (!m || !saysSomething(doc.text.slice(colon + 1, sent.end))) return null;
  const toks = doc.tokens;
  const words: number[] = [];
  for (let k = sent.firstToken; k < sent.endToken && toks[k]!.start < from + m.groups!.label!.length; k++) if (toks[k]!.start >= from) words.push(k);
  const cut = words.findIndex((k, i) => i > 0 && !isCapitalized(toks[k]!) && LABEL_CUTS.has(toks[k]!.normal));
  const said = cut < 0 ? words : words.slice(0, cut);
  const plain = said.every((k, i) => (i === 0 || !isBoundary(doc, toks[k - 1]!, toks[k]!)) && (isNameLike(toks[k]!) || !isVerb(toks[k]!)));
  let first = said.length - 1;
  while (first > 0 && isCapitalized(toks[said[first - 1]!]!)) first--;
  const last = toks[said[said.length - 1] ?? -1];
  if (!plain || !last || !isCapitalized(last) || last.text.length < 2) return null; // an interview's "Q:" and "A:" name no one; "The bottom line:" ends in no name
  const start = toks[said[first]!]!.start;
  const source: SourceRef = { kind: 'name', start, end: last.end, text: doc.text.slice(start, last.end) };
  return { kind: 'verb', rule: 'colon.label', claim: true, plain: false, label: true, speech: false, bare: false, addressee: false, sentence: s, cueStart: colon, cueEnd: colon + 1, source, start: sent.start, end: sent.end };
}
