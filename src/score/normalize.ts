/**
 * Text normalization of SCHEMA.md "Scoring": case-insensitive, whitespace collapsed, curly quotes
 * and apostrophes folded to straight ones, the ellipsis character folded to "...", and (for names)
 * a leading "the" dropped.
 */

/** Each row: what is folded, to what, and an example. */
export const FOLDS: ReadonlyArray<{ id: string; from: RegExp; to: string; example: string }> = [
  { id: 'double-quotes', from: /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, to: '"', example: '“x” -> "x"' },
  { id: 'single-quotes', from: /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, to: "'", example: 'it’s -> it\'s' },
  { id: 'ellipsis', from: /\u2026/g, to: '...', example: 'a…b -> a...b' },
  { id: 'whitespace', from: /\s+/g, to: ' ', example: 'a \n b -> a b' },
];

/** Normalize a span text for comparison. */
export function normalizeText(text: string): string {
  let out = text;
  for (const f of FOLDS) out = out.replace(f.from, f.to);
  return out.trim().toLowerCase();
}

/** Normalize a name: as normalizeText, then a leading "the " dropped ("The Information" = "Information"). */
export function normalizeName(name: string): string {
  return normalizeText(name).replace(/^the /, '');
}

/** True when one normalized text contains the other (empty texts never match). */
export function containsEither(a: string, b: string): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return a.includes(b) || b.includes(a);
}
