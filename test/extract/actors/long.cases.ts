/** Sixth pass: long institution names, hyphenated given names, long quoted titles, "ambassador to X". Invented sentences. */
import type { ActorCase } from './actors.cases.js';

export const LIST_NAME_CASES: ActorCase[] = [
  { id: 'ministry-comma-and-list', text: 'The Ministry of Farming, Fisheries and Forests said quotas would fall.', expect: [{ name: 'Ministry of Farming, Fisheries and Forests', type: 'organization' }], absent: ['Ministry of Farming', 'Fisheries', 'Forests'] },
  { id: 'ministry-two-item-list', text: 'The Ministry of Roads and Rail objected on Friday.', expect: [{ name: 'Ministry of Roads and Rail', type: 'organization' }], absent: ['Rail'] },
  { id: 'senate-committee-with-and', text: 'The Senate Farms and Rural Affairs Committee held a hearing.', expect: [{ name: 'Senate Farms and Rural Affairs Committee', type: 'organization' }], absent: ['Senate', 'Rural Affairs Committee'] },
  { id: 'qualifier-government-bureau', text: "Doeland's Government Signals Bureau is reviewing the cameras.", expect: [{ name: 'Government Signals Bureau', type: 'organization' }], absent: ['Signals Bureau'] },
  { id: 'us-survey', text: 'Output fell 9 percent, per the U.S. Fossil Survey.', expect: [{ name: 'U.S. Fossil Survey', type: 'organization' }], absent: ['Fossil Survey'] },
  // negatives: a list that does not end in "and Word", or holds a person, is not part of the name
  { id: 'list-without-and-stops', text: 'The Ministry of Farming, Gerd Halvorsen said, would act.', expect: [{ name: 'Ministry of Farming', type: 'organization' }, { name: 'Gerd Halvorsen', type: 'person' }] },
  { id: 'list-stops-at-lower-case', text: 'The Ministry of Farming, fisheries groups and Marrowind Holdings met.', expect: [{ name: 'Ministry of Farming', type: 'organization' }, { name: 'Marrowind Holdings', type: 'organization' }] },
  { id: 'qualified-head-list', text: 'Members of the National Union of Farms, Mills and Grain Workers voted to strike.', expect: [{ name: 'National Union of Farms, Mills and Grain Workers', type: 'organization' }], absent: ['National Union of Farms', 'Grain Workers'] },
  { id: 'oxford-comma-list', text: 'The National Council for Roads, Bridges, and Tunnels said the work was done.', expect: [{ name: 'National Council for Roads, Bridges, and Tunnels', type: 'organization' }], absent: ['National Council for Roads', 'Tunnels'] },
  // negatives: ", and" straight after the name opens a clause; a titled person after "and" is no list item
  { id: 'comma-and-clause', text: 'The Ministry of Farming, and Foreign Minister Tom Varo, said quotas would fall.', expect: [{ name: 'Ministry of Farming', type: 'organization' }, { name: 'Tom Varo', type: 'person' }] },
  { id: 'list-last-item-titled', text: 'The Ministry of Roads, Rail and Energy Minister Mara Quell met.', expect: [{ name: 'Mara Quell', type: 'person' }], absent: ['Ministry of Roads, Rail and Energy Minister Mara Quell'] },
  { id: 'senate-and-other-committee', text: 'The Senate and the Budget Committee disagreed.', expect: [{ name: 'Senate', type: 'organization' }], absent: ['Senate and the Budget Committee'] },
  // "for the" inside a name: a purpose after an institution word, or a second link ("Court of X for the Y")
  { id: 'org-for-the-purpose', text: 'Inspectors from the Organization for the Ban of Quaspel Gas left on Monday.', expect: [{ name: 'Organization for the Ban of Quaspel Gas', type: 'organization' }], absent: ['Quaspel Gas', 'Organization'] },
  { id: 'court-for-the-circuit', text: 'The Court of Appeals for the Eighth Circuit ruled on Monday.', expect: [{ name: 'Court of Appeals for the Eighth Circuit', type: 'organization' }], absent: ['Eighth Circuit', 'Court of Appeals'] },
  { id: 'movement-two-for-links', text: 'The Movement for the Rescue for the Harlow Delta claimed the attack.', expect: [{ name: 'Movement for the Rescue for the Harlow Delta', type: 'organization' }], absent: ['Harlow Delta'] },
  // negatives: a venue "for the" its tenant; a verb's "for the"
  { id: 'venue-for-the-team', text: 'Fans filled the Doe Center for the Kells Vikings game.', expect: [], absent: ['Doe Center for the Kells Vikings'] },
  { id: 'verb-for-the', text: 'The Quaspel Trust thanked donors for the Harlow Prize.', expect: [{ name: 'Quaspel Trust', type: 'organization' }], absent: ['Quaspel Trust for the Harlow Prize'] },
];

export const SYLLABLE_NAME_CASES: ActorCase[] = [
  { id: 'korean-hyphen-name', text: "Quorvex's finance chief, Bae Ji-woo, said the firm would appeal. Bae added that talks continue.", expect: [{ name: 'Bae Ji-woo', type: 'person', aliases: ['Bae'] }], absent: ['Bae Ji', 'Ji-woo'] },
  { id: 'hyphen-name-no-role', text: 'Analyst Yoon Seo-yeon said demand was weak.', expect: [{ name: 'Yoon Seo-yeon', type: 'person' }], absent: ['Yoon Seo'] },
  { id: 'syllable-like-month', text: 'The chief, Bae Min-jun, said the plant would open.', expect: [{ name: 'Bae Min-jun', type: 'person' }], absent: ['Bae Min'] },
  { id: 'titled-syllable-function-word', text: 'Governor Seo Hae-in said the bridge would reopen.', expect: [{ name: 'Seo Hae-in', type: 'person' }], absent: ['Seo Hae'] },
  // negatives: a modifier prefix is no syllable; nor is a modifier after the hyphen ("-led", "-run")
  { id: 'modifier-after-hyphen-no-syllable', text: 'The Tory-led council voted to close the pool.', expect: [], absent: ['Tory-led', 'The Tory-led'] },
  { id: 'anti-prefix-no-name', text: 'Dora Lenz joined the Anti-war movement.', expect: [{ name: 'Dora Lenz', type: 'person' }], absent: ['Lenz Anti-war'] },
];

export const TITLE_QUOTE_CASES: ActorCase[] = [
  { id: 'long-curly-title-with-colon', text: 'Analysts at the Doe Institute wrote in a report titled \u201cFrozen Assets: Doeland Money in the Northern Grain Belt\u201d that funds would slow.', expect: [{ name: 'Doe Institute', type: 'organization' }], absent: ['Frozen Assets', 'Doeland Money', 'Northern Grain Belt'] },
  { id: 'long-single-quoted-title', text: "The Quorvex Group issued a paper called 'Open Roads: Freight Corridors and the Future of the Inland Ports' on Monday.", expect: [{ name: 'Quorvex Group', type: 'organization' }], absent: ['Open Roads', 'Inland Ports'] },
  { id: 'bare-title-titled', text: 'Greenfield Institute published a report titled Stranded Capital in the Battery Belt on Monday, said Mara Lint.', expect: [{ name: 'Greenfield Institute', type: 'organization' }, { name: 'Mara Lint', type: 'person' }], absent: ['Stranded Capital', 'Battery Belt'], count: 2 },
  { id: 'bare-title-study-called', text: 'The Orvane Trust funded a study called Rivers Without Rain, and Nora Pell led it.', expect: [{ name: 'Orvane Trust', type: 'organization' }, { name: 'Nora Pell', type: 'person' }], absent: ['Rivers Without Rain'], count: 2 },
  { id: 'bare-title-stops-at-by', text: 'Readers praised a book entitled Salt and Iron by Wenna Holt.', expect: [{ name: 'Wenna Holt', type: 'person' }], absent: ['Salt and Iron'] },
  // negative: "called" after a non-work noun names an actor ("a group called ...")
  { id: 'called-group-is-actor', text: 'A group called Harbor Watch Alliance sued the city on Tuesday.', expect: [{ name: 'Harbor Watch Alliance', type: 'organization' }] },
  // negative: a long quote after "said" is not a title
  { id: 'long-quote-not-title', text: 'Dora Lenz said \u201cWe Will Fight Every Single Day For The People Of Harlow Valley Now\u201d at the rally.', expect: [{ name: 'Dora Lenz', type: 'person' }] },
];

export const POSTED_ROLE_CASES: ActorCase[] = [
  { id: 'ambassador-to-country', text: "Doeland's ambassador to Freedonia, Tal Varnek, said the ban was unfair.", expect: [{ name: 'Tal Varnek', type: 'person' }] },
  // negative: "to" with a lower-case tail is no posting
  { id: 'ambassador-to-lower', text: "Doeland's ambassador to the talks, Quorvex, objected.", expect: [], absent: ['the talks, Quorvex', 'Doeland\'s ambassador to the talks'] },
];

export const TOLD_OUTLET_CASES: ActorCase[] = [
  { id: 'told-lone-name-outlet', text: 'The bureau will report next month, the agency told Flashpoint on Monday.', expect: [{ name: 'Flashpoint', type: 'media' }] },
  { id: 'parliament-house-place', text: 'She told reporters at Parliament House that the bill would pass.', expect: [], absent: ['Parliament', 'House'] },
  { id: 'plural-acronym-no-actor', text: 'Prices for LEDs and GPUs rose.', expect: [], count: 0 },
  // negative: a surname already seen after a first name stays a person
  { id: 'told-surname-person', text: 'Gerd Halvorsen met the board. The chair told Halvorsen on Monday.', expect: [{ name: 'Gerd Halvorsen', type: 'person', aliases: ['Halvorsen'] }] },
];
