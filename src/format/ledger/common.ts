import type { LedgerDoc, TimelineEntry } from '../../schema/ledger.js';

/** Shorten to n characters on one line, with an ellipsis when cut. */
export function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

/** "4 articles, 2031-03-02 to 2031-04-02, 1 failed" */
export function summary(doc: LedgerDoc): string {
  const dates = doc.articles.map((a) => a.date).filter((d): d is string => d !== null);
  const span = dates.length ? `, ${dates[0]} to ${dates.at(-1)}` : '';
  const failed = doc.stats.failed ? `, ${doc.stats.failed} failed` : '';
  return `${plural(doc.stats.articles, 'article')}${span}${failed}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "extended from 2031-03-31" / "brought forward from ..." / "" */
export function changeNote(e: Pick<TimelineEntry, 'change' | 'previous'>): string {
  if (e.change === 'extended') return `extended from ${e.previous}`;
  if (e.change === 'advanced') return `brought forward from ${e.previous}`;
  return '';
}

/** The threads whose value changed (the moved deadlines). */
export function movedThreads(doc: LedgerDoc): LedgerDoc['threads'] {
  return doc.threads.filter((t) => t.values.length > 1);
}

/** "article-id s3" */
export function where(article: string, sentence: number): string {
  return `${article} s${sentence}`;
}
