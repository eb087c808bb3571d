/**
 * One-to-one matching of gold items to predictions.
 * Tiers run from strictest to loosest (e.g. exact text before containment); within a tier the
 * matching is greedy in document order (predictions in the given order, each takes the first free
 * gold item). The loosest tier defines which pairs are allowed at all; a final augmenting-path pass
 * (Kuhn) then adds pairs greedy order left out, so the number of matches is the largest possible.
 */

export type PairTest = (gold: number, pred: number) => boolean;

export interface Matching {
  /** predIndex for each gold item, or -1. */
  goldToPred: number[];
  /** goldIndex for each prediction, or -1. */
  predToGold: number[];
}

/** Allowed pairs (the loosest tier), listed per gold item and per prediction, in index order. */
function edges(nGold: number, nPred: number, loosest: PairTest): { byGold: number[][]; byPred: number[][] } {
  const byGold: number[][] = Array.from({ length: nGold }, () => []);
  const byPred: number[][] = Array.from({ length: nPred }, () => []);
  for (let g = 0; g < nGold; g++) {
    for (let p = 0; p < nPred; p++) {
      if (loosest(g, p)) {
        byGold[g]!.push(p);
        byPred[p]!.push(g);
      }
    }
  }
  return { byGold, byPred };
}

export function matchOneToOne(nGold: number, nPred: number, tiers: PairTest[]): Matching {
  const m: Matching = { goldToPred: new Array<number>(nGold).fill(-1), predToGold: new Array<number>(nPred).fill(-1) };
  const loosest = tiers[tiers.length - 1];
  if (!loosest || nGold === 0 || nPred === 0) return m;
  const { byGold, byPred } = edges(nGold, nPred, loosest);
  for (const tier of tiers) {
    for (let p = 0; p < nPred; p++) {
      if (m.predToGold[p] !== -1) continue;
      const g = byPred[p]!.find((cand) => m.goldToPred[cand] === -1 && tier(cand, p));
      if (g !== undefined) link(m, g, p);
    }
  }
  for (let g = 0; g < nGold; g++) {
    if (m.goldToPred[g] === -1 && byGold[g]!.length > 0) augment(g, byGold, m, new Set<number>());
  }
  return m;
}

function link(m: Matching, g: number, p: number): void {
  m.goldToPred[g] = p;
  m.predToGold[p] = g;
}

/** Kuhn's augmenting path from a free gold item: re-pairs matched items only to add one more pair. */
function augment(g: number, byGold: number[][], m: Matching, seen: Set<number>): boolean {
  for (const p of byGold[g]!) {
    if (seen.has(p)) continue;
    seen.add(p);
    const owner = m.predToGold[p]!;
    if (owner === -1 || augment(owner, byGold, m, seen)) {
      link(m, g, p);
      return true;
    }
  }
  return false;
}
