/** HTML escaping: every piece of article or extracted text goes through one of these. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Bidirectional controls (embeddings, overrides, isolates, marks) would reorder what is shown around
 * them ("txt.exe" displayed as "exe.txt"): they are shown visibly as their code point instead.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Text content and attribute values (double- or single-quoted) alike. */
export function escapeHtml(s: string): string {
  return s
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch]!)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD')
    .replace(BIDI_CONTROLS, (ch) => `[U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** An attribute value; newlines kept as character references so CSS `white-space: pre-line` shows them. */
export function escapeAttr(s: string): string {
  return escapeHtml(s).replace(/\r?\n/g, '&#10;');
}
