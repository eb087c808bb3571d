/** Acronyms: "Bureau of Coastal Affairs (BCA)" and the initials of a known many-word name. */
import type { Candidate } from './types.js';

export const isAcronym = (s: string): boolean => /^[\p{Lu}&]{2,}$/u.test(s);

/** The acronym right after a non-person name, in brackets: "Name (ACR)". */
export function bracketed(text: string, prev: Candidate | null, c: Candidate): boolean {
  return !!prev && prev.type !== 'person' && /^\s*\(\s*$/u.test(text.slice(prev.end, c.start));
}

/** Capital initials of the words of a name ("Bureau of Coastal Affairs" -> BCA). */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}
