/** Where an item sits in the story: its article's date, the order articles arrived in, its offset. */
export interface Position {
  articleDate: string | null;
  arrival: number;
  start: number;
}

/** Time order: article date (undated articles last), then arrival order, then position in the text. */
export function byTime(a: Position, b: Position): number {
  if (a.articleDate !== b.articleDate) {
    if (a.articleDate === null) return 1;
    if (b.articleDate === null) return -1;
    return a.articleDate < b.articleDate ? -1 : 1;
  }
  return a.arrival - b.arrival || a.start - b.start;
}

/** True when two ISO values can denote the same day: equal up to the shorter one, X matching anything. */
export function compatibleValues(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && x !== 'X' && y !== 'X') return false;
  }
  return true;
}
