/**
 * Which field of a JSON record holds what: the article text, its date, id, url, title and outlet.
 * A field named on the command line (--text-field body, --date-field meta.published; dotted paths
 * reach into nested objects) is the only one read; otherwise the usual names of news scrapers and news
 * APIs are tried in order (the first present wins), so an export with `body`, `publishedAt` or
 * `source.name` is read as it is.
 */
import { CliError } from './errors.js';
import { dateOf } from './html-meta.js';

export interface FieldFlags {
  text?: string | undefined;
  date?: string | undefined;
  id?: string | undefined;
  url?: string | undefined;
  title?: string | undefined;
}

/** The names tried, in order, when a field is not named on the command line. */
export const DEFAULT_FIELDS = {
  text: ['text', 'body', 'content', 'articleBody', 'article', 'full_text', 'fullText', 'body_text', 'fields.body', 'fields.bodyText', 'description'],
  date: ['date', 'publishedAt', 'published_at', 'pubDate', 'datePublished', 'published', 'publication_date', 'webPublicationDate'],
  id: ['id', '_id', 'uuid', 'guid', 'article_id', 'doc_id'],
  url: ['url', 'link', 'webUrl', 'canonical_url', 'uri'],
  title: ['title', 'headline', 'webTitle', 'fields.headline'],
  outlet: ['outlet', 'source.name', 'source', 'publisher', 'site_name', 'siteName', 'sourceName'],
} as const;

export interface RecordFields {
  id: string | null;
  text: string;
  date: string | null;
  url: string | null;
  title: string | null;
  outlet: string | null;
}

/** The value at a dotted path ("source.name"); a key that itself contains dots is found first. */
export function getPath(obj: unknown, path: string): unknown {
  if (obj === null || typeof obj !== 'object') return undefined;
  const rec = obj as Record<string, unknown>;
  if (path in rec) return rec[path];
  const dot = path.indexOf('.');
  if (dot < 0) return undefined;
  return getPath(rec[path.slice(0, dot)], path.slice(dot + 1));
}

type Fail = (reason: string) => never;

/** The first named field present (not undefined/null), with the name it was found under. */
function pick(rec: unknown, given: string | undefined, defaults: readonly string[]): { name: string; value: unknown } | null {
  for (const name of given ? [given] : defaults) {
    const value = getPath(rec, name);
    if (value !== undefined && value !== null) return { name, value };
  }
  return null;
}

function optString(rec: unknown, given: string | undefined, defaults: readonly string[], fail: Fail, numbers = false): string | null {
  const f = pick(rec, given, defaults);
  if (!f) return null;
  if (numbers && typeof f.value === 'number') return String(f.value);
  if (typeof f.value !== 'string') {
    if (!given && defaults === DEFAULT_FIELDS.outlet) return null; // e.g. a `source` object without a name
    fail(`"${f.name}" expected a string`);
  }
  return (f.value as string).trim() || null;
}

/** The article fields of one record (a parsed JSON object), or a CliError naming the field at fault. */
export function recordFields(rec: Record<string, unknown>, flags: FieldFlags, path: string): RecordFields {
  const fail: Fail = (reason) => {
    throw new CliError('E_BAD_RECORD', { path, reason });
  };
  const t = pick(rec, flags.text, DEFAULT_FIELDS.text);
  if (!t) fail(flags.text ? `no "${flags.text}" field` : `no "text" field (nor ${DEFAULT_FIELDS.text.slice(1, 4).join(', ')}...: name it with --text-field)`);
  if (typeof t!.value !== 'string') fail(`"${t!.name}" expected a string`);
  const text = t!.value as string;
  if (!/\S/.test(text)) fail(`"${t!.name}" is empty`);
  const idField = pick(rec, flags.id, DEFAULT_FIELDS.id);
  if (flags.id && !idField) fail(`no "${flags.id}" field`);
  const id = idField ? optString(rec, flags.id ?? idField.name, [], fail, true) : null;
  return {
    id,
    text,
    date: recordDate(rec, flags.date, fail),
    url: optString(rec, flags.url, DEFAULT_FIELDS.url, fail),
    title: optString(rec, flags.title, DEFAULT_FIELDS.title, fail),
    outlet: optString(rec, undefined, DEFAULT_FIELDS.outlet, fail),
  };
}

/** A record's date: YYYY-MM-DD, an ISO timestamp (its date part), or a written date ("Tue, 03 Jun 2031 10:00:00 GMT"). */
function recordDate(rec: unknown, given: string | undefined, fail: Fail): string | null {
  const f = pick(rec, given, DEFAULT_FIELDS.date);
  if (!f) return null;
  if (typeof f.value !== 'string') fail(`"${f.name}" expected YYYY-MM-DD or an ISO 8601 timestamp`);
  const value = f.value as string;
  if (/^\s*\d{4}-\d{2}-\d{2}/.test(value) && !dateOf(value)) fail(`"${f.name}" not a real calendar date`);
  const date = dateOf(value);
  if (!date) fail(`"${f.name}" expected YYYY-MM-DD or an ISO 8601 timestamp`);
  return date;
}
