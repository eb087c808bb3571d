import { MIN_STEM, THREAD_STOPWORDS, THREAD_SUFFIXES } from '../rules/ledger.js';
import { APOSTROPHE_CHARS, POSSESSIVE_S_END } from '../parse/quote-marks.js';

const STOP = new Set(THREAD_STOPWORDS.words.split(/\s+/).filter(Boolean));
const WORD = new RegExp(`[\\p{L}\\p{N}][\\p{L}\\p{N}${APOSTROPHE_CHARS}-]*`, 'gu');

/** A crude stem: the longest listed suffix off, keeping MIN_STEM letters; a doubled last consonant undone. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(POSSESSIVE_S_END, '');
  for (const s of THREAD_SUFFIXES) {
    if (w.endsWith(s.suffix) && w.length - s.suffix.length >= MIN_STEM.value) {
      w = w.slice(0, -s.suffix.length);
      break;
    }
  }
  return /([b-df-hj-np-tv-z])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** The content-word stems of a text (no stopwords, no numbers, no one-letter words). */
export function contentStems(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(POSSESSIVE_S_END, '');
    if (w.length < 2 || STOP.has(w) || /^\d/.test(w)) continue;
    out.add(stem(w));
  }
  return [...out];
}

/**
 * The features of a deadline's `what`: actor ids ("@L3") for the actors it names, and the stems of
 * its other content words (the words of actor names are left out, so an actor alone is no topic).
 */
export function deadlineFeatures(what: string, actors: { id: string; forms: string[] }[]): string[] {
  let rest = what;
  const ids: string[] = [];
  const lower = what.toLowerCase();
  for (const a of actors) {
    const hit = a.forms.filter((f) => f.length > 1 && lower.includes(f.toLowerCase()));
    if (hit.length === 0) continue;
    ids.push('@' + a.id);
    for (const f of hit.sort((x, y) => y.length - x.length)) rest = replaceAllCaseless(rest, f);
  }
  return [...new Set(ids), ...contentStems(rest)];
}

function replaceAllCaseless(text: string, part: string): string {
  const lower = text.toLowerCase();
  const p = part.toLowerCase();
  let out = '';
  let from = 0;
  for (let i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + p.length)) {
    out += text.slice(from, i) + ' ';
    from = i + p.length;
  }
  return out + text.slice(from);
}
