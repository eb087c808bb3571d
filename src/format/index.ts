import { brat } from './brat.js';
import { csv } from './csv.js';
import { highlight } from './highlight.js';
import { html } from './html/index.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import { labelstudio } from './labelstudio.js';
import { markdown } from './markdown.js';
import { pretty } from './pretty.js';
import type { Formatter } from './types.js';
import { webanno } from './webanno.js';

export type { Formatter, FormatContext } from './types.js';
export { ITEM_LISTS, type ItemList } from './table.js';
export { LABEL_STUDIO_CONFIG } from './labelstudio.js';
export { BRAT_CONFIG } from './brat.js';

/** Every output format by name (the --format choices). One line per format. */
export const FORMATS: Record<string, Formatter> = {
  pretty,
  json,
  jsonl,
  html,
  markdown,
  highlight,
  csv,
  labelstudio,
  webanno,
  brat,
};

export const FORMAT_NAMES = (): string[] => Object.keys(FORMATS);
