/**
 * A saved web page as article text: the main text found by Mozilla's Readability (the Firefox Reader
 * View algorithm) on a linkedom DOM (a fast server-side DOM, no browser), one line per paragraph, with
 * the page's title, byline, site name, canonical URL and publication date. Scripts, styles,
 * navigation, headers' menus, asides and footers are removed before Readability scores the page, so
 * they never reach the extractor even when Readability falls back to the whole body.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockText, type DomNode } from './html-text.js';
import { pageMeta, type PageMeta } from './html-meta.js';

export interface HtmlArticle extends PageMeta {
  /** the article text the extractor reads: the headline, then one line per paragraph */
  text: string;
}

/** Page furniture that is never article text. */
const FURNITURE = 'script, style, noscript, template, nav, footer, aside, form, iframe, svg, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"], [hidden]';

/** The article of a saved page (or of an HTML fragment such as a feed item's content, whose title is `headline`). */
export function htmlArticle(html: string, headline: string | null = null): HtmlArticle {
  const wrapped = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(wrapped);
  const meta = pageMeta(document);
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  for (const el of Array.from(document.querySelectorAll(FURNITURE) as ArrayLike<{ remove(): void }>)) el.remove();
  const fallback = blockText(document.body as unknown as DomNode); // Readability edits the DOM: read the fallback first
  let body = '';
  try {
    const parsed = new Readability(document as never, { serializer: (n: unknown) => n }).parse();
    if (parsed?.content) body = blockText(parsed.content as unknown as DomNode);
  } catch {
    body = ''; // a page Readability cannot score is read whole (its furniture already removed)
  }
  if (!body) body = fallback; // no article found: the page's text without its furniture
  const title = h1 ?? headline?.replace(/\s+/g, ' ').trim() ?? meta.title;
  const text = title && !body.startsWith(title) ? `${title}\n${body}` : body;
  return { ...meta, title: meta.title ?? h1 ?? headline, text: text.trim() };
}
