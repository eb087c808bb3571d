/**
 * Wrapping the terminal views (pretty, highlight) to the terminal's width, with wrap-ansi: it measures
 * with string-width (East Asian wide characters and emoji count two columns, ANSI styles none) and carries
 * styles across the line breaks it adds. With `hang`, a wrapped line's continuation keeps its indentation
 * plus two spaces (lists); without, continuations start at the margin (article text).
 */
import wrapAnsi from 'wrap-ansi';

const ANSI = /\u001b\[[0-9;]*m/g;
/** spaces at the start of a continuation line, after any style codes */
const LEADING_SPACES = /^(?<styles>(?:\u001b\[[0-9;]{0,20}m){0,20}) +/;

/** Wrap every line of `text` to `width` columns; a null width (piped output) or one under 20 leaves it as it is. */
export function wrapToWidth(text: string, width: number | null | undefined, opts: { hang?: boolean } = {}): string {
  if (!width || width < 20) return text;
  return text
    .split('\n')
    .map((line) => {
      const hang = opts.hang ? ' '.repeat(Math.min(/^ */.exec(line.replace(ANSI, ''))![0].length + 2, Math.floor(width / 2))) : '';
      return wrapAnsi(line, width - hang.length, { hard: true, trim: false })
        .split('\n')
        .map((l, i) => (i === 0 ? l : hang + l.replace(LEADING_SPACES, '$<styles>')))
        .join('\n');
    })
    .join('\n');
}
