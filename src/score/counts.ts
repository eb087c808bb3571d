/** Counting helpers: precision/recall/F1 from counts, and accuracy ratios. */
import type { Prf, Ratio } from './types.js';

/**
 * Precision, recall and F1. An empty denominator reads 1 when the other side is empty too
 * (nothing to find, nothing claimed), else 0.
 */
export function prf(tp: number, fp: number, fn: number, ignored = 0): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : fn === 0 ? 1 : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : fp === 0 ? 1 : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, ignored, precision, recall, f1 };
}

export function ratio(correct: number, total: number): Ratio {
  return { correct, total, value: total > 0 ? correct / total : null };
}

/** Counts correct/total as a pair is judged. */
export class Tally {
  correct = 0;
  total = 0;
  add(ok: boolean): boolean {
    this.total++;
    if (ok) this.correct++;
    return ok;
  }
  get ratio(): Ratio {
    return ratio(this.correct, this.total);
  }
}
