/**
 * Where an article states its own publication date (DATA ONLY). Searched in the first lines only.
 * Each row: id, the pattern (named groups y, m, d; m may be a month name), and an example it matches.
 */
export interface RefDateRule {
  id: string;
  pattern: RegExp;
  example: string;
}

const MONTH = '(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

export const REFERENCE_DATE_RULES: RefDateRule[] = [
  {
    id: 'refdate.front-matter',
    pattern: /^(?:date|published|pubdate|publication_date)\s*:\s*["']?(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/im,
    example: '---\ndate: 2025-09-15\n---',
  },
  {
    id: 'refdate.published-iso',
    pattern: /\b(?:Published|Updated|Posted|Date)\s*(?:on|:)?\s*(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b/i,
    example: 'Published 2025-09-15 10:00',
  },
  {
    id: 'refdate.published-named',
    pattern: new RegExp(`\\b(?:Published|Updated|Posted|Date)\\s*(?:on|:)?\\s*(?:[A-Z][a-z]+,\\s*)?${MONTH}\\s+(?<d>\\d{1,2}),?\\s+(?<y>\\d{4})\\b`, 'i'),
    example: 'Published: September 15, 2025',
  },
  {
    id: 'refdate.dateline',
    pattern: new RegExp(`^[A-Z][A-Z .'-]{2,40},?\\s+${MONTH}\\s+(?<d>\\d{1,2}),?\\s+(?<y>\\d{4})\\s*(?:\\([^)\\n]{1,40}\\))?\\s*[-\\u2013\\u2014]`, 'm'),
    example: 'WASHINGTON, Sept. 15, 2025 (Reuters) - ...',
  },
];

export const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
