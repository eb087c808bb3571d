/**
 * Speaker labels (DATA ONLY, lower case). "HALE: We will not sell." in a transcript names a speaker;
 * the headings of a document's sections ("SUMMARY:", "AGENCY:", "FOR FURTHER INFORMATION CONTACT:")
 * name none. Section names of notices, reports, papers and news pages, and the kickers of news headlines
 * ("EXCLUSIVE:", "BREAKING:", "WATCH:").
 */
import { set } from './sources.js';

export const SECTION_HEADINGS = set(`
  summary agency agencies action actions dates date addresses address contact background abstract introduction
  conclusion conclusions methods results discussion note notes update updates correction corrections editor
  disclaimer source sources subject re references appendix table figure chart supplementary information
  authority purpose scope definitions effective comments comment docket transcript excerpt excerpts
  video videos photo photos watch listen read email e-mail web website link links
  exclusive breaking busted boom look analysis opinion editorial live poll alert flashback
`);

/** Words that never stand in a speaker's name: a label with one is a heading. */
export const FUNCTION_WORDS = set('for of the and to in on by with from further');

/** Words after a speaker label's name that open its audience or place, lower case: "Voss to port workers:", "Voss at the rally:". */
export const LABEL_CUTS = set('to at on in before with');
