/**
 * What a saved page says about itself: title, byline, site name, canonical URL and publication date,
 * from its meta tags, JSON-LD and `<time datetime>`. Read before Readability (which edits the DOM).
 */
import { validDate } from '../refine/reference-date.js';

/** The DOM members read here (linkedom's document has them). */
export interface MetaDocument {
  querySelector(selector: string): MetaElement | null;
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
}
export interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

export interface PageMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  url: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** where the date came from, e.g. 'meta article:published_time', 'json-ld datePublished', 'time datetime' */
  dateFrom: string | null;
}

const content = (doc: MetaDocument, selector: string): string | null => clean(doc.querySelector(selector)?.getAttribute('content'));

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** The date part of an ISO-like date or timestamp ("2018-05-24", "2018-05-24T10:00:00-04:00", "2018/05/24"), or a written one. */
export function dateOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^\s*(?<y>\d{4})[-/](?<m>\d{1,2})[-/](?<d>\d{1,2})(?![\d])/.exec(value)?.groups;
  if (iso) return ymd(Number(iso.y), Number(iso.m), Number(iso.d));
  const written = /^\s*(?:[A-Za-z]{3,9},?\s+)?(?<d>\d{1,2})\s+(?<mon>[A-Za-z]{3})[a-z]*\.?,?\s+(?<y>\d{4})\b/.exec(value)?.groups;
  if (written) return ymd(Number(written.y), monthIndex(written.mon!), Number(written.d));
  const us = /^\s*(?:[A-Za-z]{3,9},?\s+)?(?<mon>[A-Za-z]{3})[a-z]*\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})\b/.exec(value)?.groups;
  if (us) return ymd(Number(us.y), monthIndex(us.mon!), Number(us.d));
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthIndex = (mon: string): number => MONTHS.indexOf(mon.toLowerCase()) + 1;

function ymd(y: number, m: number, d: number): string | null {
  if (!validDate(y, m, d)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** JSON-LD objects of the page (top level, arrays and @graph), as plain records. */
function jsonLd(doc: MetaDocument): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let value: unknown;
    try {
      value = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue; // a broken block is no metadata
    }
    const queue = [value];
    while (queue.length > 0 && out.length < 50) {
      const v = queue.shift();
      if (Array.isArray(v)) queue.push(...v);
      else if (v && typeof v === 'object') {
        out.push(v as Record<string, unknown>);
        const graph = (v as Record<string, unknown>)['@graph'];
        if (Array.isArray(graph)) queue.push(...graph);
      }
    }
  }
  return out;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? clean(v) : null);
const nameOf = (v: unknown): string | null => str(v) ?? (Array.isArray(v) ? nameOf(v[0]) : v && typeof v === 'object' ? str((v as Record<string, unknown>).name) : null);

/** The page's metadata; every field null when the page does not say. */
export function pageMeta(doc: MetaDocument): PageMeta {
  const ld = jsonLd(doc);
  const ldField = (f: string): unknown => ld.find((o) => o[f] !== undefined)?.[f];
  const dates: [string, string | null][] = [
    ['meta article:published_time', content(doc, 'meta[property="article:published_time"]')],
    ['json-ld datePublished', str(ldField('datePublished'))],
    ['meta datePublished', content(doc, 'meta[itemprop="datePublished"]')],
    ['time datetime', clean(doc.querySelector('time[datetime]')?.getAttribute('datetime'))],
    ['meta date', content(doc, 'meta[name="date"]') ?? content(doc, 'meta[name="DC.date.issued"]') ?? content(doc, 'meta[name="dcterms.date"]')],
  ];
  let date: string | null = null;
  let dateFrom: string | null = null;
  for (const [from, value] of dates) {
    date = dateOf(value);
    if (date) {
      dateFrom = from;
      break;
    }
  }
  return {
    title: content(doc, 'meta[property="og:title"]') ?? str(ldField('headline')) ?? clean(doc.querySelector('h1')?.textContent) ?? clean(doc.querySelector('title')?.textContent),
    byline: content(doc, 'meta[name="author"]') ?? nameOf(ldField('author')),
    siteName: content(doc, 'meta[property="og:site_name"]') ?? nameOf(ldField('publisher')),
    url: clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? content(doc, 'meta[property="og:url"]'),
    date,
    dateFrom,
  };
}
