/**
 * RSS and Atom feeds as records: each item one article, its content (else its description) read as
 * HTML, dated by its publication (else update) date, with its link, title and the feed's title as
 * outlet. Parsed by @rowanmanning/feed-parser (lenient with real-world feeds, RSS 0.9-2.0, RDF and
 * Atom normalized to one item shape, relative links resolved).
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { CliError } from './errors.js';
import type { RecordOrError } from './jsonl-records.js';

/** The date of a feed item, as YYYY-MM-DD (UTC: the parser gives instants). */
const day = (d: Date | null): string | null => (d && !Number.isNaN(d.getTime()) ? d.toISOString().slice(0, 10) : null);

/** The items of a feed as records (`path` "feed.xml:N", N the item's position), or E_BAD_FEED. */
export function feedRecords(xml: string, source: string): RecordOrError[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    throw new CliError('E_BAD_FEED', { path: source, reason: (e as Error).message.split('\n')[0] ?? 'not a feed' });
  }
  return feed.items.map((item, i): RecordOrError => {
    const path = `${source}:${i + 1}`;
    const text = item.content ?? item.description ?? '';
    if (!/\S/.test(text)) return { kind: 'error', path, error: new CliError('E_BAD_RECORD', { path, reason: 'feed item without content or description' }) };
    return {
      kind: 'record',
      path,
      line: i + 1,
      id: item.id ?? item.url ?? String(i + 1),
      text,
      date: day(item.published ?? item.updated),
      title: item.title,
      url: item.url,
      outlet: feed.title,
      from: 'feed',
      html: true,
    };
  });
}
