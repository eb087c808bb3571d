/** Every user-facing error message, keyed by code, with its exit code. `{name}` is filled in. */
export const MESSAGES = {
  E_NOT_FOUND: { exit: 3, text: '{path}: no such file' },
  E_IS_DIRECTORY: { exit: 3, text: '{path}: is a directory with no .txt files in it' },
  E_UNREADABLE: { exit: 3, text: '{path}: cannot be read ({reason})' },
  E_BINARY: { exit: 3, text: '{path}: looks like a binary file (it contains NUL bytes), not article text' },
  E_NOT_UTF8: { exit: 3, text: '{path}: is not valid UTF-8 text (first bad byte at offset {offset})' },
  E_EMPTY: { exit: 3, text: '{path}: is empty (nothing but whitespace)' },
  E_TOO_LARGE: {
    exit: 3,
    text: '{path}: is {size} bytes, over the {max}-byte limit (raise it with --max-bytes; memory grows with input size)',
  },
  E_OUT_OF_MEMORY: {
    exit: 3,
    text: '{path}: does not fit in the {heap} MB heap given to one large document (raise it with --max-heap, or split the text)',
  },
  E_NO_INPUT: { exit: 2, text: 'no input: give one or more files, directories or globs, or - for standard input' },
  E_GLOB_EMPTY: { exit: 3, text: '{path}: no .txt file matches this pattern' },
  E_BAD_DATE: { exit: 2, text: 'bad --date "{value}": expected a real calendar date as YYYY-MM-DD' },
  E_BAD_FORMAT: { exit: 2, text: 'unknown --format "{value}": expected one of {choices}' },
  E_BAD_OPTION: { exit: 2, text: '{message}' },
  E_BAD_NUMBER: { exit: 2, text: 'bad {option} "{value}": expected {expected}' },
  E_OUTPUT: { exit: 4, text: 'cannot write {path}: {reason}' },
  E_STDIN_TWICE: { exit: 2, text: '"-" (standard input) can be given only once' },
  E_BAD_RECORD: { exit: 3, text: '{path}: record skipped: {reason}' },
  E_BAD_LEDGER: { exit: 3, text: '{path}: not a ledger that can be folded in ({reason}); make one with `ledger ... --format json`' },
  E_BAD_LEXICON: { exit: 2, text: 'lexicon {path}: {reason}' },
  E_BAD_CONFIG: { exit: 2, text: 'config {path}: {reason}' },
  E_BAD_FEED: { exit: 3, text: '{path}: not a readable RSS or Atom feed ({reason})' },
  E_NO_TEXT: { exit: 3, text: '{path}: the page has no article text (after removing scripts, styles, navigation and footers)' },
  E_INPUTS_FAILED: { exit: 3, text: '{failed} of {total} inputs failed' },
  E_NO_GOLD: { exit: 3, text: '{path}: not a directory with NAME.gold.json files (and their NAME.txt articles) in it' },
  E_BAD_GOLD: { exit: 3, text: '{message}' },
  E_BELOW_THRESHOLD: { exit: 1, text: '{failed} of {total} minimum scores not met: {names}' },
  E_INTERNAL_INPUT: { exit: 70, text: '{path}: internal error: {message} (run with DEBUG=tiktok-claims for details)' },
  E_INTERNAL: { exit: 70, text: 'internal error: {message} (run with DEBUG=tiktok-claims for details)' },
} as const satisfies Record<string, { exit: number; text: string }>;

export type MessageCode = keyof typeof MESSAGES;
