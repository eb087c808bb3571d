/** HTML escaping: every piece of article or extracted text goes through one of these. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text content and attribute values (double- or single-quoted) alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD');
}

/** An attribute value; newlines kept as character references so CSS `white-space: pre-line` shows them. */
export function escapeAttr(s: string): string {
  return escapeHtml(s).replace(/\r?\n/g, '&#10;');
}
