/**
 * Where an article states its own publication date (DATA ONLY). Searched in the first lines only, rows in
 * order (the first that matches with a valid calendar date wins). Each row: id, the pattern (named groups
 * y, m, d; m may be a month name), an example document it reads and a counter-example it must not.
 */
export interface RefDateRule {
  id: string;
  pattern: RegExp;
  example: string;
  counter?: string;
  /** the row reads only this many lines from the top (a bare line under the headline) */
  lines?: number;
}

const MONTH = '(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** "Oct. 14, 2025", "October 14 2025" */
const MDY = `${MONTH}\\s+(?<d>\\d{1,2}),?\\s+(?<y>\\d{4})`;
/** A dateline's place: "WASHINGTON", "NEW DELHI", then maybe its state or country ("INDIANAPOLIS, Ind.", "WASHINGTON, D.C."). */
const PLACE = "[A-Z][A-Z .'-]{2,40}(?:,\\s+[A-Z][A-Za-z.]{1,12}(?:\\s[A-Z][A-Za-z.]{1,12})?)?";
/**
 * A publication label opens its line or follows a separator ("By Ana Ruiz | Published ..."): a label after
 * another word names another date ("Comment Date:", "Storm date:", "the proposed rule published June 11").
 */
const LABEL = '(?:^|[|\\u00b7\\u2022\\u2014]\\s*)(?:Published|Updated|Posted|Date|Release date)';
/** A document number of a news release: letters, then digits with hyphens ("IR-2025-104", "NR 25-17", "PR2025-09"). */
const RELEASE_ID = '[A-Z]{1,6}[- ]?\\d{2,4}(?:-\\d{1,5}){0,2}';

export const REFERENCE_DATE_RULES: RefDateRule[] = [
  {
    id: 'refdate.front-matter',
    pattern: /^(?:date|published|pubdate|publication_date)\s*:\s*["']?(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/im,
    example: '---\ndate: 2025-09-15\n---\nThe council met.',
    counter: 'The council met.\nIts next date is 2025-09-15.',
  },
  {
    id: 'refdate.published-iso',
    pattern: new RegExp(`${LABEL}\\s*(?:on|:)?\\s*(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})\\b`, 'im'),
    example: 'By Ana Ruiz | Published 2025-09-15 10:00\nThe council met.',
    counter: 'The council met.\nComment date: 2025-09-15',
  },
  {
    id: 'refdate.published-named',
    pattern: new RegExp(`${LABEL}\\s*(?:on|:)?\\s*(?:[A-Z][a-z]+,\\s*)?${MDY}\\b`, 'im'),
    example: 'Published: September 15, 2025\nThe council met.',
    counter: 'The comment period for the proposed rule published June 11, 2020 is extended.\nStorm date: March 31, 2023',
  },
  {
    id: 'refdate.dateline',
    pattern: new RegExp(`^${PLACE},?\\s+${MDY}\\s*(?:\\([^)\\n]{1,40}\\))?\\s*[-\\u2013\\u2014]`, 'm'),
    example: 'SPRINGFIELD, Ill., Sept. 15, 2025 (Reuters) - The council met.',
    counter: 'The council met in Springfield, Sept. 15, 2025 - a Monday.',
  },
  {
    id: 'refdate.release-id',
    lines: 4,
    pattern: new RegExp(`^${RELEASE_ID}\\s*[,|\\u2013\\u2014-]\\s*${MDY}[ \\t]*$`, 'm'),
    example: 'Agency reminds filers of the deadline\nNR-2025-17, Oct. 14, 2025\nThe agency reminded filers on Tuesday.',
    counter: 'Agency reminds filers of the deadline\nThe form NR-2025-17, Oct. 14, 2025 edition, is new.',
  },
  {
    id: 'refdate.date-line',
    lines: 3,
    pattern: new RegExp(`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\\s+)?${MDY}[ \\t]*$`, 'm'),
    example: 'Quarterly filing reminder\nOctober 1, 2025\nThe following reports are due in October.',
    counter: 'Quarterly filing reminder\nThe following reports are due in October.\nFirst quarter reports\nApril 15, 2026\nSecond quarter reports\nJuly 15, 2026',
  },
];

export const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
