/**
 * Small words a name goes on through (DATA ONLY). A run of capitalized words (src/extract/actors/runs.ts
 * runEnd, for the scan, the courts, the embassies and the boundary rows) meets a lower-case word: connector()
 * looks the word up here, and the run goes on over it when the row's `test` holds (and the next word is
 * capitalized or itself goes on). The tests, by name, in runs.ts LINK_TESTS:
 * - `always`: the word joins any two capitalized words ("Doe & Roe Partners");
 * - `after-head-link`: the word comes right after the row's `after` link, itself after an institution's or a
 *   journal's head ("Office of the X", "Proceedings of the X"), or it opens an epithet after a name ("Alfred
 *   the Great", the rows words epithet);
 * - `name-and`: "and" inside one name: the name already holds a head link and no second name begins after
 *   it ("Center for X and Y"), a legislature's committee ("Ways and Means Committee"), or capitalized common
 *   words after "the" or a possessive running on to an institution word ("Food and Farming Organization").
 * The links of words.ts name-link ("of", "for", "on") and the name particles ("de la") are read there too,
 * as word sets. Each row: the `name` its example yields whole; its counter, where the run stops, keeps
 * `apart` out of the actors as one name (test/extract/actors/name-links.test.ts).
 */
export type NameLinkTest = 'always' | 'after-head-link' | 'name-and';

export interface NameLinkRow {
  id: string;
  word: string;
  test: NameLinkTest;
  /** the word the link must follow, itself after an institution's or a journal's head (`after-head-link`) */
  after?: string;
  /** a word the link may also follow after any institution word, or inside a name that already holds a link (`after-head-link`: "Organization for the X", "Court of Appeals for the X") */
  afterAny?: string;
  example: string;
  /** the actor the example yields */
  name: string;
  counter: string;
  /** no actor of the counter is this */
  apart: string;
  note: string;
}

export const NAME_LINK_WORDS: readonly NameLinkRow[] = [
  {
    id: 'actors.name-link.ampersand', word: '&', test: 'always',
    example: 'Lawyers at Quell & Vesser Partners said the filing was late.', name: 'Quell & Vesser Partners',
    counter: 'Shares of Quell & other lenders slid on Tuesday.', apart: 'Quell & other',
    note: 'an ampersand joins the words of a firm\'s name on both sides ("Doe & Roe", "Quell & Sons"); a lower-case word after it ends the run',
  },
  {
    id: 'actors.name-link.article-after-of', word: 'the', test: 'after-head-link', after: 'of', afterAny: 'for',
    example: 'A report by the Office of the Doeland Ombudsman found delays. The Proceedings of the Harlow Academy printed it. Inspectors of the Organization for the Ban of Quaspel Gas left.', name: 'Office of the Doeland Ombudsman',
    counter: 'Officers from the Kells Police of the Harlow Valley patrolled the town. The Quaspel Trust thanked donors for the Harlow Prize. Fans filled the Doe Center for the Kells Vikings game.', apart: 'Kells Police of the Harlow Valley',
    note: '"the" after "of" goes on in a name that opens with an institution\'s or a journal\'s head ("Office of the X", "Proceedings of the X"); after a body\'s last word ("Kells Police") "of the" places the body, and the names stay two. "the" after "for" goes on after any institution word when a common word follows ("Organization for the Ban of X": a purpose), or in a name with a link before ("Court of Appeals for the Ninth Circuit"); a verb\'s "for the" ("thanked donors for the X") or a venue\'s ("the Doe Center for the Kells Vikings") is no name\'s',
  },
  {
    id: 'actors.name-link.and-in-name', word: 'and', test: 'name-and',
    example: 'Officials of the Kells Society for Harbors and Coastal Trade met. The Senate Roads and Harbors Committee met later.', name: 'Kells Society for Harbors and Coastal Trade',
    counter: 'Funds went to the University of Kells and Harlow\'s Tarn Museum.', apart: 'University of Kells and Harlow',
    note: '"and" continues a name that holds a head link ("Center for X and Y"), a legislature\'s committee, or common words before an institution word; a possessive or a proper name before an institution word after it begins a second name',
  },
];
