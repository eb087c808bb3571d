/** Invented articles for the output-format tests (no benchmark text). */

/** Emoji and other astral characters before every item: UTF-16 and code-point offsets differ. */
export const EMOJI_ARTICLE = [
  '🚢🚢 Harbor news 𝐁𝐫𝐢𝐞𝐟 🌊',
  '',
  'Mara Quell, the chair of the Harbor Council, said on Friday that the ferry levy would be cut by June 30. 🎉',
  '',
  '"We are done waiting, and so are the crews," Quell told the Daily Ledger. Tomas Eberle, a union organizer, said the plan was fragile.',
  '',
].join('\n');

/** Commas, quotes and a line break inside one paragraph: what a CSV writer must quote. */
export const CSV_ARTICLE = [
  'Mara Quell said the levy, which "hurts, badly," would be cut by June 30.',
  'Tomas Eberle, a union organizer, said the plan was fragile',
  'and would fail.',
  '',
].join('\n');
