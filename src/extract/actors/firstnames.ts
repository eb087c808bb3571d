/**
 * First names known to compromise's lexicon (FirstName, MaleName, FemaleName). compromise tags them
 * in context, but not always ("Melania"-style names at a sentence start, names next to an unknown
 * word); a plain lookup in its word list, read once, fills the gap. No text is tagged here.
 */
import nlp from 'compromise';

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

function loadLexicon(): Record<string, unknown> {
  const lib = nlp as unknown as { model?: () => { one?: { lexicon?: Record<string, unknown> } } };
  return lib.model?.().one?.lexicon ?? {};
}

const LEXICON = loadLexicon();

/** Is the word (any case) a first name in compromise's lexicon? */
export function knownFirstName(word: string): boolean {
  const tag = LEXICON[word.toLowerCase()];
  if (typeof tag === 'string') return NAME_TAGS.has(tag);
  return Array.isArray(tag) && tag.some((x) => NAME_TAGS.has(String(x)));
}
