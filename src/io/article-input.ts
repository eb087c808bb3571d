/**
 * One input as the text the extractor reads, with what is known about the article: a text file as
 * it is; a saved page or a feed item's HTML through Readability (html.ts), its title, byline, site
 * name, URL and date; a record with its fields. `converted` says the text is not the input's bytes
 * (the output then carries it in `input.text`, since offsets refer to it).
 */
import type { InputSpec } from './expand-inputs.js';
import { recordInput } from './jsonl-records.js';
import { readInputFile, readStdin } from './read-input.js';
import { looksLikeHtml } from './sniff.js';
import { CliError } from './errors.js';

export interface ArticleInput {
  path: string;
  text: string;
  bytes: number;
  converted: boolean;
  id: string | null;
  url: string | null;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  /** the article's own date (page metadata, feed item, record), YYYY-MM-DD */
  date: string | null;
  dateSource: 'html' | 'feed' | 'record' | null;
}

const NONE = { id: null, url: null, title: null, outlet: null, byline: null, date: null, dateSource: null } as const;

/** Read one input spec (not a jsonl/json/feed file: those are expanded into records first). */
export async function loadArticle(spec: InputSpec, maxBytes: number, stdin: NodeJS.ReadableStream, stdinName = '-'): Promise<ArticleInput> {
  if (spec.kind === 'error') throw spec.error;
  if (spec.kind === 'jsonl' || spec.kind === 'json' || spec.kind === 'feed') throw new Error(`a ${spec.kind} input must be read with streamInputs()`);
  if (spec.kind === 'record') {
    const input = recordInput(spec, maxBytes);
    const own = { ...NONE, id: spec.id, url: spec.url, title: spec.title, outlet: spec.outlet, date: spec.date, dateSource: spec.date ? spec.from : null };
    if (!spec.html && !looksLikeHtml(spec.text)) return { ...input, converted: false, ...own };
    const page = await fromHtml(input.path, input.text, input.bytes, spec.title);
    return { ...page, id: spec.id, url: spec.url ?? page.url, title: spec.title ?? page.title, outlet: spec.outlet ?? page.outlet, date: spec.date ?? page.date, dateSource: spec.date ? spec.from : page.dateSource };
  }
  const input = spec.kind === 'stdin' ? { ...(await readStdin(stdin, maxBytes)), path: stdinName } : await readInputFile(spec.path, maxBytes);
  const html = spec.html ?? (spec.kind === 'stdin' && looksLikeHtml(input.text));
  if (!html) return { ...input, converted: false, ...NONE };
  return fromHtml(input.path, input.text, input.bytes);
}

async function fromHtml(path: string, html: string, bytes: number, headline: string | null = null): Promise<ArticleInput> {
  const { htmlArticle } = await import('./html.js'); // linkedom and Readability load only for pages
  const page = htmlArticle(html, headline);
  if (!/\S/.test(page.text)) throw new CliError('E_NO_TEXT', { path });
  return {
    path, text: page.text, bytes, converted: true,
    id: null, url: page.url, title: page.title, outlet: page.siteName, byline: page.byline,
    date: page.date, dateSource: page.date ? 'html' : null,
  };
}
