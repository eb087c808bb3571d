/**
 * A body named in a role before a person's name is an actor too: "Quaspel Society executive director Jane
 * Doe", "Doeland Export–Import Bank president Okey Quaspel". The role's capitalized modifiers (two words or
 * more) that end in an institution or outlet word are typed like any run; a place or a lone word ("Florida
 * Gov.", "House Speaker") stays part of the role only.
 */
import type { Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { makeCandidate as cand } from './candidate.js';
import { matchAt } from './lexicon.js';
import { suffixed } from './runs.js';
import { linkInName } from './role.js';
import { ENTITY_KINDS } from './span.js';
import { typeRun } from './typing.js';
import type { Candidate, Word } from './types.js';

/** The body in the role modifiers [rs, j) before the title at word j, as a candidate list of none or one. */
export function bodyInRole(doc: ParsedDoc, words: readonly Word[], rs: number, j: number, out: readonly Candidate[], trace: Trace): Candidate[] {
  let end = rs;
  let linked = false;
  // the capitalized words before a lower-case title ("executive director"), with the links inside a body's name ("Department of Roads")
  while (end < j && (words[end]!.cap || (end > rs && linkInName(words, end) && (linked = true)))) end++;
  // a known name the role's modifiers stopped inside ("Democratic" of "Democratic National Committee Chair")
  const from = rs > 0 && words[rs - 1]!.sentence === words[rs]!.sentence && matchAt(words, rs - 1, ENTITY_KINDS)?.len === end - rs + 1 ? rs - 1 : rs;
  const named = end - from >= 2 && (suffixed(words[end - 1]!) || linked);
  const ty = named ? typeRun(doc, words, from, end, out, trace) : null;
  return ty?.type ? [{ ...cand(doc.text, words, from, end, ty.type, ty.rule, { sure: ty.sure, basis: ty.basis }), typing: ty.events }] : [];
}
