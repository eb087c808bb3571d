import { highlight } from './highlight.js';
import { html } from './html/index.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import { markdown } from './markdown.js';
import { pretty } from './pretty.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatContext } from './types.js';

/** Every output format by name (the --format choices). One line per format. */
export const FORMATS: Record<string, Formatter> = {
  pretty,
  json,
  jsonl,
  html,
  markdown,
  highlight,
};

export const FORMAT_NAMES = (): string[] => Object.keys(FORMATS);
