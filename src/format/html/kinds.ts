/**
 * The kinds of marks every view draws on the article (HTML, terminal highlight, Markdown legend).
 * One row per kind: `rank` orders nesting when spans coincide (lower = outer), `bg`/`fg`/`edge` are the
 * HTML colors (dark text on light tints: contrast above 7:1), `chalk` the terminal style (a distinct colour per kind: a test checks), `tag` the
 * plain-text bracket label used when colors are off.
 */
export type MarkKind =
  | 'claim'
  | 'cue'
  | 'quote-statement'
  | 'quote-title'
  | 'quote-scare'
  | 'deadline'
  | 'date'
  | 'actor-person'
  | 'actor-organization'
  | 'actor-country'
  | 'actor-media'
  | 'actor-place';

/** chalk modifiers, applied in order */
export type ChalkKey = 'underline' | 'bold' | 'italic' | 'dim' | 'inverse' | 'black' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'gray' | 'magentaBright' | 'bgYellow' | 'bgRed' | 'bgBlue' | 'bgGreen' | 'white';

export interface KindRow {
  kind: MarkKind;
  label: string;
  rank: number;
  bg: string;
  fg: string;
  edge: string;
  chalk: readonly ChalkKey[];
  tag: string;
  example: string;
}

export const KINDS: readonly KindRow[] = [
  { kind: 'claim', label: 'Claim', rank: 0, bg: 'transparent', fg: 'inherit', edge: '#b45309', chalk: ['underline', 'yellow'], tag: 'claim', example: 'officials said [the talks had stalled]' },
  { kind: 'quote-statement', label: 'Quote', rank: 1, bg: '#e3f4e1', fg: '#14401c', edge: '#2f7d3a', chalk: ['green'], tag: 'quote', example: '"We will not wait," she said' },
  { kind: 'quote-title', label: 'Title in quotes', rank: 1, bg: '#eeeeee', fg: '#333333', edge: '#8a8a8a', chalk: ['italic', 'gray'], tag: 'title', example: 'on "Morning Report"' },
  { kind: 'quote-scare', label: 'Scare quote', rank: 1, bg: '#f3ecf9', fg: '#3f1d5c', edge: '#8e5cb8', chalk: ['italic', 'magentaBright'], tag: 'scare', example: 'a so-called "reset"' },
  { kind: 'cue', label: 'Attribution cue', rank: 2, bg: '#fde7b0', fg: '#4a2c00', edge: '#b45309', chalk: ['bgYellow', 'black'], tag: 'cue', example: 'the minister [said]' },
  { kind: 'deadline', label: 'Deadline', rank: 3, bg: '#fde0e0', fg: '#6b0f0f', edge: '#c62828', chalk: ['bgRed', 'white', 'bold'], tag: 'deadline', example: 'must pay by [June 30]' },
  { kind: 'date', label: 'Date', rank: 4, bg: '#dcebfb', fg: '#0c2f57', edge: '#2b6cb0', chalk: ['bgBlue', 'white'], tag: 'date', example: 'on [Tuesday]' },
  { kind: 'actor-person', label: 'Person', rank: 5, bg: '#d9f2f5', fg: '#0b3b42', edge: '#138496', chalk: ['cyan', 'bold'], tag: 'person', example: '[Mara Quell] said' },
  { kind: 'actor-organization', label: 'Organization', rank: 5, bg: '#ece4fb', fg: '#321766', edge: '#6b46c1', chalk: ['magenta', 'bold'], tag: 'org', example: 'the [Harbor Council]' },
  { kind: 'actor-country', label: 'Country', rank: 5, bg: '#e6f0d5', fg: '#2b3d0a', edge: '#5f7f1a', chalk: ['blue', 'bold'], tag: 'country', example: '[France] and [Japan]' },
  { kind: 'actor-media', label: 'Media', rank: 5, bg: '#fbe3f1', fg: '#5c0f3a', edge: '#b83280', chalk: ['inverse', 'bold'], tag: 'media', example: 'told [the Daily Ledger]' },
  { kind: 'actor-place', label: 'Place', rank: 5, bg: '#f1ece2', fg: '#3d3020', edge: '#8c6d46', chalk: ['bgGreen', 'black'], tag: 'place', example: 'in [Lisbon]' },
];

const BY_KIND = new Map(KINDS.map((k) => [k.kind, k]));

export function kindRow(kind: MarkKind): KindRow {
  return BY_KIND.get(kind)!;
}
