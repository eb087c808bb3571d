/**
 * What a file's first bytes look like: an HTML page, an RSS/Atom feed, other XML, JSON, or text.
 * Used by `--input-format auto` to read a page or a feed whatever its name, and to warn when a .txt
 * input is not plain text.
 */
import { open } from 'node:fs/promises';

export type Sniffed = 'html' | 'feed' | 'xml' | 'json' | 'text';

export function sniff(head: string): Sniffed {
  if (looksLikeFeed(head)) return 'feed';
  if (looksLikeHtml(head)) return 'html';
  const start = head.replace(/^\uFEFF?\s*/u, '');
  if (/^<\?xml[\s?]|^<[A-Za-z][\w:.-]*(?:\s[^<>]*)?>\s*</.test(start)) return 'xml';
  if (/^[[{]\s*["{[\]}]/.test(start)) return 'json';
  return 'text';
}

/** The first `bytes` of a file as text (loosely decoded: only for sniffing), or '' when it cannot be read now (reported later). */
export async function headOf(path: string, bytes = 4096): Promise<string> {
  try {
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(bytes);
      const { bytesRead } = await fh.read(buf, 0, bytes, 0);
      return buf.subarray(0, bytesRead).toString('utf8');
    } finally {
      await fh.close();
    }
  } catch {
    return '';
  }
}

/** HTML that starts like a page or a fragment of one (after a BOM, white space and comments). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*/u, '');
  return /^<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section|main|header|h[1-6])[\s>/]/i.test(head);
}

/** Content that starts like an RSS, RDF or Atom document (after a BOM, an XML declaration and comments). */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?xml-stylesheet[^>]*\?>\s*)*/u, '');
  return /^<(?:rss|feed|rdf:RDF)[\s>]/.test(head);
}
