/**
 * Actor corpus, one table per rule family. Every sentence is invented (invented people and firms).
 * `expect`: actors that must be found (name, type, and optionally aliases that must be present and
 * the role). `absent`: surface forms that must not be any actor's name or alias.
 */
import type { ActorType } from '../../../src/schema/doc.js';

export interface ExpectedActor {
  name: string;
  type: ActorType;
  aliases?: string[];
  /** null: the actor must have no role */
  role?: string | null;
}

export interface ActorCase {
  id: string;
  text: string;
  expect: ExpectedActor[];
  absent?: string[];
  /** exact number of actors, when the case must produce nothing else */
  count?: number;
}

export const PERSON_CASES: ActorCase[] = [
  { id: 'full-then-surname', text: 'Marta Quillon met the board. Quillon said the talks went well.', expect: [{ name: 'Marta Quillon', type: 'person', aliases: ['Quillon'] }] },
  { id: 'middle-initial', text: 'Harold T. Benning spoke first. Later Benning left.', expect: [{ name: 'Harold T. Benning', type: 'person', aliases: ['Benning'] }] },
  { id: 'hyphenated-surname', text: 'Senator Nadia Brook-Ellis filed the bill. Brook-Ellis said it would pass.', expect: [{ name: 'Nadia Brook-Ellis', type: 'person', aliases: ['Brook-Ellis'] }], absent: ['Ellis'] },
  { id: 'honorific-merge', text: 'Peter Galloway opened the plant. Mr. Galloway said jobs would follow.', expect: [{ name: 'Peter Galloway', type: 'person', aliases: ['Galloway', 'Mr. Galloway'] }] },
  { id: 'shared-surname-gender', text: 'Ruth Calder and her husband, Tom Calder, spoke. Mrs. Calder said the farm would stay open.', expect: [{ name: 'Ruth Calder', type: 'person', aliases: ['Mrs. Calder'] }, { name: 'Tom Calder', type: 'person' }] },
  { id: 'possessive', text: "Lena Marsh's plan failed, and Marsh's allies left.", expect: [{ name: 'Lena Marsh', type: 'person', aliases: ['Marsh'] }], absent: ["Marsh's"] },
  { id: 'surname-at-sentence-start', text: 'The mayor, Jonas Whitcombe, cut the budget. Whitcombe defended the cuts on Monday.', expect: [{ name: 'Jonas Whitcombe', type: 'person', aliases: ['Whitcombe'] }] },
];

export const TITLE_CASES: ActorCase[] = [
  { id: 'office-title', text: 'Treasury Secretary Alma Renfrew announced the plan on Friday.', expect: [{ name: 'Alma Renfrew', type: 'person', role: 'Treasury Secretary', aliases: ['Treasury Secretary Alma Renfrew'] }], absent: ['Treasury', 'Treasury Department'] },
  { id: 'title-surname', text: 'Governor Ellis Varga signed it. Later Gov. Varga said he was pleased.', expect: [{ name: 'Ellis Varga', type: 'person', role: 'Governor', aliases: ['Varga'] }] },
  { id: 'demonym-leader', text: 'Freedonian leader Pavo Kestrel arrived. Kestrel met reporters.', expect: [{ name: 'Pavo Kestrel', type: 'person', role: 'Freedonian leader' }] },
  { id: 'title-first-name-order', text: 'President Wen Taoming met envoys. Later President Wen spoke.', expect: [{ name: 'Wen Taoming', type: 'person', aliases: ['Wen', 'President Wen'] }] },
  { id: 'title-of-body', text: 'Speaker of the House Mira Dunholt rejected the bill.', expect: [{ name: 'Mira Dunholt', type: 'person', role: 'Speaker of the House' }], absent: ['House Mira Dunholt'] },
  { id: 'vice-is-not-the-office', text: 'Vice President Ana Lupe spoke. The president was abroad.', expect: [{ name: 'Ana Lupe', type: 'person' }], absent: ['the president'] },
  { id: 'appositive-role', text: 'Dana Ortolan, the agency spokesperson, declined to comment.', expect: [{ name: 'Dana Ortolan', type: 'person', role: 'agency spokesperson' }] },
  { id: 'appositive-not-a-clause', text: 'The head of the farmers group, Mara Quell, said the minister had listened to the growers.', expect: [{ name: 'Mara Quell', type: 'person', role: null }] },
  { id: 'appositive-participle-role', text: 'Tomas Verhal, elected president of the board in May, spoke first.', expect: [{ name: 'Tomas Verhal', type: 'person', role: 'elected president of the board in May' }] },
  { id: 'role-stops-at-comma', text: 'On Harbor Hill, Sen. Ivo Marrett spoke first.', expect: [{ name: 'Ivo Marrett', type: 'person', role: 'Sen.' }], absent: ['Harbor Hill, Sen. Ivo Marrett'] },
  { id: 'titled-name-is-no-appositive', text: 'The bill reached Port Alder, Sen. Ivo Marrett said.', expect: [{ name: 'Ivo Marrett', type: 'person' }], absent: ['Port Alder, Sen. Ivo Marrett'] },
  { id: 'role-over-hyphen', text: 'Doeville AFL-CIO President Mara Lunt spoke.', expect: [{ name: 'Mara Lunt', type: 'person', role: 'Doeville AFL-CIO President' }] },
  { id: 'profession-before-name', text: 'This led the Freedonian journalist Vasko Treml to fear the worst.', expect: [{ name: 'Vasko Treml', type: 'person', role: 'Freedonian journalist' }] },
  { id: 'profession-noun-alone', text: 'The journalist filed a report on Friday.', expect: [], count: 0 },
  { id: 'role-noun', text: 'Defense Secretary Ivo Brandt flew in. The secretary said the base would stay open.', expect: [{ name: 'Ivo Brandt', type: 'person', aliases: ['the secretary'] }] },
  { id: 'role-noun-ambiguous', text: 'President Ana Lupe met President Oskar Frey. The president said little.', expect: [{ name: 'Ana Lupe', type: 'person' }, { name: 'Oskar Frey', type: 'person' }], absent: ['the president'] },
];

export const METONYM_CASES: ActorCase[] = [
  { id: 'us-forms', text: 'The U.S. and China met. Washington said the United States would not back down, and US officials agreed.', expect: [{ name: 'United States', type: 'country', aliases: ['U.S.', 'Washington', 'US'] }, { name: 'China', type: 'country' }] },
  { id: 'capital-acts', text: 'Beijing rejected the offer, and Moscow stayed silent.', expect: [{ name: 'China', type: 'country', aliases: ['Beijing'] }, { name: 'Russia', type: 'country', aliases: ['Moscow'] }] },
  { id: 'demonym-government', text: 'The Chinese government denied the report.', expect: [{ name: 'China', type: 'country', aliases: ['Chinese government'] }] },
  { id: 'capital-as-place', text: 'The summit was held in Paris last week.', expect: [{ name: 'Paris', type: 'place' }], absent: ['France'] },
  { id: 'hyphen-compound', text: 'U.S.-China trade talks resumed.', expect: [{ name: 'United States', type: 'country' }, { name: 'China', type: 'country' }] },
  { id: 'demonym-alone', text: 'American farmers and Chinese buyers met.', expect: [], absent: ['American', 'Chinese'], count: 0 },
];

export const OUTLET_CASES: ActorCase[] = [
  { id: 'known-outlet', text: 'The plan was first reported by The Wall Street Journal.', expect: [{ name: 'The Wall Street Journal', type: 'media' }] },
  { id: 'wire', text: 'Reuters and the Associated Press confirmed the figures.', expect: [{ name: 'Reuters', type: 'media' }, { name: 'Associated Press', type: 'media' }] },
  { id: 'cue-unknown-outlet', text: 'According to Brindlewick, the firm lost money.', expect: [{ name: 'Brindlewick', type: 'media' }] },
  { id: 'suffix-outlet', text: 'She spoke to the Harrowgate Gazette on Monday.', expect: [{ name: 'Harrowgate Gazette', type: 'media' }] },
  { id: 'network-show', text: "Kestrel spoke on NBC's \"Sunday Roundtable\" program.", expect: [{ name: 'NBC', type: 'media', aliases: ['NBC News'] }], absent: ['Sunday Roundtable'] },
  { id: 'unquoted-show', text: "Voss told CNN's Inside the Week that she would run.", expect: [{ name: 'CNN', type: 'media' }], absent: ['Inside the Week', 'Inside', 'Week'] },
  { id: 'show-is-not-actor', text: 'He appeared on "Morning Matters" with Zelda Prynne.', expect: [{ name: 'Zelda Prynne', type: 'person' }], absent: ['Morning Matters'] },
];

export const MERGE_CASES: ActorCase[] = [
  { id: 'org-suffix-short', text: 'Quorvex Corp. cut jobs. Quorvex said demand fell.', expect: [{ name: 'Quorvex Corp.', type: 'organization', aliases: ['Quorvex'] }] },
  { id: 'opener-that-speaks', text: 'Zentrix said profits rose. Analysts doubted Zentrix.', expect: [{ name: 'Zentrix', type: 'organization' }] },
  { id: 'opener-possessive', text: "Zentrix's shares fell on Monday.", expect: [{ name: 'Zentrix', type: 'organization' }] },
  { id: 'acronym-in-brackets', text: 'The Bureau of Coastal Affairs (BCA) issued rules. The BCA said they take effect soon.', expect: [{ name: 'Bureau of Coastal Affairs', type: 'organization', aliases: ['BCA'] }] },
  { id: 'body-short-forms', text: 'The Justice Department sued. A DOJ lawyer said the Department of Justice would appeal.', expect: [{ name: 'Justice Department', type: 'organization', aliases: ['DOJ', 'Department of Justice'] }] },
  { id: 'compound-of-people', text: 'Lara Voss met Ben Okafor. The Voss-Okafor meeting ran late.', expect: [{ name: 'Lara Voss', type: 'person' }, { name: 'Ben Okafor', type: 'person' }], absent: ['Voss-Okafor'] },
  { id: 'outlet-short', text: 'The New York Times reported the deal; the NYT later corrected it.', expect: [{ name: 'The New York Times', type: 'media', aliases: ['NYT'] }] },
  { id: 'local-body', text: 'The Marrowby city council voted on Tuesday.', expect: [{ name: 'Marrowby city council', type: 'organization' }] },
];

export const NEGATIVE_CASES: ActorCase[] = [
  { id: 'modifier-opener', text: 'Prairie farm groups are worried. Quorvex shares fell after Quorvex Corp. cut jobs.', expect: [{ name: 'Quorvex Corp.', type: 'organization', aliases: ['Quorvex'] }], absent: ['Prairie'] },
  { id: 'function-word-opener', text: 'Per the Harrow Ledger, the mill will close. Amid the talks, Via Norte stayed quiet.', expect: [{ name: 'Harrow Ledger', type: 'media' }], absent: ['Per', 'Amid'] },
  { id: 'common-acronym', text: 'Prices for its compact SUV would rise, Dalvik Motors said. EV sales fell.', expect: [{ name: 'Dalvik Motors', type: 'organization' }], absent: ['SUV', 'EV'] },
  { id: 'generic-groups', text: 'Lawmakers and critics said officials ignored analysts.', expect: [], count: 0 },
  // a sentence adverb after a quoted sentence, which the tagger may read as a name: the surname is the person's
  { id: 'adverb-opener-after-quote', text: 'Mara Quell runs the mill. Now Quell says the mill is "safe." Then Quell said it was "fine." Even Quell said it was "old."', expect: [{ name: 'Mara Quell', type: 'person' }], absent: ['Then Quell', 'Now Quell', 'Even Quell'], count: 1 },
  // a word hyphened after digits is a phone line's letters, no name; the same body named outside the number stays
  { id: 'phone-line-letters', text: 'Renters may call 1-800-555-FEMA to register.', expect: [], absent: ['FEMA', 'Federal Emergency Management Agency'], count: 0 },
  { id: 'phone-line-letters-counter', text: 'FEMA extended the deadline. Renters may call 1-800-555-FEMA to register.', expect: [{ name: 'FEMA', type: 'organization' }], count: 1 },
  { id: 'days-months', text: 'On Monday, in January, the vote passed. By Friday it was law.', expect: [], count: 0 },
  { id: 'sentence-openers', text: 'Efforts stalled. Parallel talks began. Industry executives watched.', expect: [], count: 0 },
  { id: 'headline', text: 'Bold Moves Ahead For Local Growers\nThe harvest was late this year.', expect: [], count: 0 },
  // a symbol after the sentence's stop does not make a one-sentence paragraph a headline; without a stop it still is one
  { id: 'symbol-after-stop', text: 'Mara Quell, the chair of the Harbor Council, said on Friday that the levy would be cut. \u{1F389}', expect: [{ name: 'Mara Quell', type: 'person' }, { name: 'Harbor Council', type: 'organization' }] },
  { id: 'symbol-headline', text: 'Bold Moves Ahead For Local Growers \u2605\nThe harvest was late this year.', expect: [], count: 0 },
  { id: 'quoted-title', text: 'The book "Winter Of The Gulls" sold well.', expect: [], absent: ['Winter Of The Gulls', 'Winter'] },
  { id: 'quote-sentence-start', text: '"Growth is slow. Recovery takes time," the report said.', expect: [], count: 0 },
  { id: 'party-member-tail', text: 'Said Omar Bellamy, a Texas Democrat, on the floor.', expect: [{ name: 'Texas', type: 'place' }], absent: ['Texas Democrat'] },
  { id: 'holiday', text: 'Stores closed for Labor Day.', expect: [], count: 0 },
  { id: 'contraction', text: "She said, 'Don't wait for us.'", expect: [], count: 0 },
  { id: 'title-alone', text: 'She advised the Vice President on trade.', expect: [], count: 0 },
  { id: 'generational-suffix', text: 'Former senator Marcus T. Voss, Jr., is a senior adviser.', expect: [{ name: 'Marcus T. Voss', type: 'person' }], absent: ['Jr.'] },
  { id: 'plural-title-abbrev', text: 'Sens Ilka Marr and Oto Brenn objected.', expect: [], absent: ['Sens'] },
  { id: 'region-adjective-alone', text: 'Voters in Eastern and Central districts split.', expect: [], absent: ['Eastern', 'Central'] },
  { id: 'region-adjective-in-name', text: 'Eastern Europe braced for the vote.', expect: [{ name: 'Eastern Europe', type: 'place' }] },
  { id: 'religious-group', text: 'Muslims and Catholics marched together.', expect: [], count: 0 },
  { id: 'markup-junk', text: 'Loans rose $WFC(via and pic</tweet> later.', expect: [], count: 0 },
];

export const DOCUMENT_CASES: ActorCase[] = [
  { id: 'law-act', text: 'Regulators fined Quorvex Corp. under the Clean Rivers Act on Monday.', expect: [{ name: 'Quorvex Corp.', type: 'organization' }], absent: ['Clean Rivers Act', 'Clean Rivers'], count: 1 },
  { id: 'act-of-year', text: 'Brindle Labs was probed under Section 12 of the Harbor Trade Act of 1961.', expect: [{ name: 'Brindle Labs', type: 'organization' }], absent: ['Section', 'Harbor Trade Act'], count: 1 },
  { id: 'list', text: 'The firm was added to the Watch List, and Zentrix Systems protested.', expect: [{ name: 'Zentrix Systems', type: 'organization' }], absent: ['Watch List'], count: 1 },
  { id: 'treaty-of', text: 'Both sides invoked the Treaty of Marrowby during the talks.', expect: [], absent: ['Treaty', 'Marrowby'], count: 0 },
  { id: 'numbered-part', text: 'Critics cited Title IX and Article 5 of the charter.', expect: [], count: 0 },
  { id: 'body-named-like-plan', text: 'The Harlow Initiative said funding would run out.', expect: [{ name: 'Harlow Initiative', type: 'organization' }] },
  { id: 'org-with-budget', text: 'The Office of Planning and Budget said costs rose.', expect: [{ name: 'Office of Planning and Budget', type: 'organization' }] },
  { id: 'first-name-bill', text: 'Bill said the vote would wait.', expect: [{ name: 'Bill', type: 'person' }] },
];

export const SHORT_FORM_CASES: ActorCase[] = [
  { id: 'short-form-tagged-word', text: 'Regulators approved Toyokawa Steel’s purchase of Susquehanna Forge. He said Toyokawa had pledged to invest in Susquehanna’s mills. Toyokawa’s stock rose.', expect: [{ name: 'Toyokawa Steel', type: 'organization', aliases: ['Toyokawa'] }, { name: 'Susquehanna Forge', type: 'organization', aliases: ['Susquehanna'] }], absent: [] },
  { id: 'company-first-word', text: 'Regulators fined Brindle Social on Monday. Brindle said it would appeal.', expect: [{ name: 'Brindle Social', type: 'organization', aliases: ['Brindle'] }], count: 1 },
  { id: 'company-suffix-first-word', text: 'A buyer agreed to acquire Quorvex Cell Technologies. Shares of Quorvex rose.', expect: [{ name: 'Quorvex Cell Technologies', type: 'organization', aliases: ['Quorvex'] }], count: 1 },
  { id: 'short-form-is-a-place', text: 'The Doeville State Police said the road was closed. Traffic in Doeville slowed.', expect: [{ name: 'Doeville State Police', type: 'organization' }], absent: [] },
  { id: 'short-form-is-a-person', text: 'Mara Velk founded Velk University. Later Velk said she was proud.', expect: [{ name: 'Velk University', type: 'organization' }, { name: 'Mara Velk', type: 'person', aliases: ['Velk'] }] },
  { id: 'ambiguous-prefix', text: 'Losses hit Ardwell Mining and Ardwell Shipping. A manager at Ardwell said more cuts were coming.', expect: [{ name: 'Ardwell Mining', type: 'organization' }, { name: 'Ardwell Shipping', type: 'organization' }], count: 3 },
];

export const TYPING_CASES: ActorCase[] = [
  { id: 'role-before-name-after-owner', text: "Freedonia's trade minister, Mika Sornevi, said the deal was good. The firm's president, Kenji Arakawa, agreed.", expect: [{ name: 'Mika Sornevi', type: 'person', role: 'trade minister' }, { name: 'Kenji Arakawa', type: 'person' }] },
  { id: 'statistics-agency-credited', text: 'Exports rose 4 percent, according to Statistics Freedonia.', expect: [{ name: 'Statistics Freedonia', type: 'organization' }] },
  { id: 'credited-outlet-stays-media', text: 'The deal is off, according to Harrow Ledger.', expect: [{ name: 'Harrow Ledger', type: 'media' }] },
  { id: 'unknown-first-name-appositive', text: 'Henrika Dallow, the agency\'s deputy director, said the rules were final.', expect: [{ name: 'Henrika Dallow', type: 'person' }] },
  { id: 'unknown-first-name-speaks', text: 'Orsolya Brandqvist said she expected the vote to be close.', expect: [{ name: 'Orsolya Brandqvist', type: 'person' }] },
  { id: 'common-opener-stays-common', text: 'Everything Quorvex touches turns to gold.', expect: [], absent: ['Everything Quorvex'] },
  { id: 'surname-he', text: 'Marlowe said the plan would fail, and he promised to vote against it.', expect: [{ name: 'Marlowe', type: 'person' }] },
  { id: 'org-it', text: 'Zentrix said the plan would fail, and it promised to sue.', expect: [{ name: 'Zentrix', type: 'organization' }] },
  { id: 'headline-surname-joins-full-name', text: 'Voters backed Marlowe in the first round. Finance Minister Ilse Marlowe thanked them.', expect: [{ name: 'Ilse Marlowe', type: 'person' }], count: 1 },
  { id: 'broadcaster-cue', text: 'Velk told Freedonian state broadcaster FRTV that talks would resume.', expect: [{ name: 'FRTV', type: 'media' }] },
  { id: 'state-outlets', text: 'CCTV and Xinhua carried the statement, and TASS and NHK followed.', expect: [{ name: 'CCTV', type: 'media' }, { name: 'Xinhua', type: 'media' }, { name: 'TASS', type: 'media' }, { name: 'NHK', type: 'media' }] },
  { id: 'demonym-phrase', text: 'Quorvex Corp. expanded its Southeast Asian sales and Latin American output.', expect: [{ name: 'Quorvex Corp.', type: 'organization' }], absent: ['Southeast Asian', 'Latin American'], count: 1 },
  { id: 'single-quoted-title', text: "A study by the Doeville Institute, 'Caught by Design', found harm.", expect: [{ name: 'Doeville Institute', type: 'organization' }], absent: ['Design', 'Caught'] },
];

/** Company names ending in a business noun, and legal forms of one company. */
export const COMPANY_CASES: ActorCase[] = [
  { id: 'circuit-court', text: 'The 11th U.S. Circuit Court of Appeals ruled for Harlan Mills Corp. The 11th Circuit said the law was void. The appeals court gave no date.', expect: [{ name: '11th U.S. Circuit Court of Appeals', type: 'organization', aliases: ['11th Circuit'] }], absent: ['Circuit', 'U.S. Circuit Court of Appeals', 'appeals court'] },
  { id: 'circuit-ordinal-word', text: 'The Ninth Circuit ruled on Monday.', expect: [{ name: 'Ninth Circuit', type: 'organization' }] },
  { id: 'district-of-state', text: 'U.S. District Judge Ana Lorn of the Eastern District of Ruralia granted the injunction.', expect: [{ name: 'Eastern District of Ruralia', type: 'organization' }], absent: ['Eastern District'] },
  { id: 'law-school', text: '"It is wrong," said Abel Tran, a professor at Doeville Law, in an interview.', expect: [{ name: 'Doeville Law', type: 'organization' }, { name: 'Abel Tran', type: 'person' }] },
  { id: 'law-is-a-document', text: 'The Doeville Law of 1990 was repealed by Harlan County.', expect: [], absent: ['Doeville Law'] },
  { id: 'unknown-word-business-noun', text: 'Velkor Auto, the Harbin-based carmaker, said sales rose. Tamsin Forge cut jobs. Orvell Steel agreed.', expect: [{ name: 'Velkor Auto', type: 'organization' }, { name: 'Tamsin Forge', type: 'organization' }, { name: 'Orvell Steel', type: 'organization' }], absent: ['Auto', 'Forge'] },
  { id: 'demonym-embassy', text: 'Lina Voss, a spokesperson for the Chinese Embassy in Canada, said the tax was unfair. The Chinese Embassy later declined to comment.', expect: [{ name: 'Chinese Embassy in Canada', type: 'organization', aliases: ['Chinese Embassy'] }], absent: ['Embassy'] },
  { id: 'demonym-ministry', text: 'The French Trade Ministry said the tariff was illegal.', expect: [{ name: 'French Trade Ministry', type: 'organization' }], absent: ['Trade Ministry', 'France'] },
  { id: 'business-noun-first-name', text: 'Sofia Networks said profits rose, and Harold Energy agreed.', expect: [{ name: 'Sofia Networks', type: 'organization' }, { name: 'Harold Energy', type: 'organization' }] },
  { id: 'business-noun-plain', text: 'Regulators fined Kestrel Social and Brannock Telecom on Monday.', expect: [{ name: 'Kestrel Social', type: 'organization' }, { name: 'Brannock Telecom', type: 'organization' }] },
  { id: 'business-noun-honorific-is-person', text: 'Ms. Delia Media said she would resign.', expect: [{ name: 'Delia Media', type: 'person' }] },
  { id: 'surname-like-noun-stays-person', text: 'Harriet Mills said the plant would close.', expect: [{ name: 'Harriet Mills', type: 'person' }] },
  { id: 'legal-suffix-then-bare', text: 'Sofia Telecom Ltd. cut jobs. Later Sofia Telecom said demand fell.', expect: [{ name: 'Sofia Telecom Ltd.', type: 'organization', aliases: ['Sofia Telecom'] }], count: 1 },
  { id: 'bare-then-legal-suffix', text: 'Brannock Motors said demand fell. Brannock Motors Inc. cut jobs.', expect: [{ name: 'Brannock Motors Inc.', type: 'organization', aliases: ['Brannock Motors'] }], count: 1 },
  { id: 'legal-suffix-person-with-title', text: 'Dr. Oren Patel spoke. Oren Patel Ltd. filed suit.', expect: [{ name: 'Oren Patel', type: 'person' }, { name: 'Oren Patel Ltd.', type: 'organization' }], count: 2 },
  { id: 'two-firms-share-a-name', text: 'Corvan Holdings and Corvan Group both denied it.', expect: [{ name: 'Corvan Holdings', type: 'organization' }, { name: 'Corvan Group', type: 'organization' }] },
];

/** Relatives and namesakes: a surname mention joins exactly one of two people who share it. */
export const SURNAME_CASES: ActorCase[] = [
  {
    id: 'title-picks-person', text: 'Sen. Maria Delvecchio and her brother, Rep. Luis Delvecchio, met. Sen. Delvecchio said the bill would pass. Rep. Delvecchio disagreed.',
    expect: [{ name: 'Maria Delvecchio', type: 'person', aliases: ['Sen. Delvecchio'] }, { name: 'Luis Delvecchio', type: 'person', aliases: ['Rep. Delvecchio'] }],
  },
  { id: 'title-variant-picks-person', text: 'Senator Ana Roukema met Gov. Piet Roukema. Later Sen. Roukema spoke.', expect: [{ name: 'Ana Roukema', type: 'person', aliases: ['Sen. Roukema'] }] },
  { id: 'pronoun-picks-person', text: 'Luis Ferrand and Maria Ferrand spoke. Ferrand said he would run.', expect: [{ name: 'Luis Ferrand', type: 'person', aliases: ['Ferrand'] }] },
  { id: 'relative-is-person', text: 'Donald Pryor spoke first. Melania Pryor said she agreed. Pryor left early.', expect: [{ name: 'Donald Pryor', type: 'person', aliases: ['Pryor'] }, { name: 'Melania Pryor', type: 'person' }], count: 2 },
  { id: 'no-relative-without-person', text: 'Regulators fined Harwick Pryor, a rival firm, on Monday.', expect: [{ name: 'Harwick Pryor', type: 'organization' }] },
  { id: 'recency-picks-person', text: 'Luis Ferrand and Maria Ferrand spoke. Ferrand said the race was close.', expect: [{ name: 'Maria Ferrand', type: 'person', aliases: ['Ferrand'] }] },
];

/** Runs of capitalized words that hold two names, or one name typed by its last word. */
export const RUN_CASES: ActorCase[] = [
  { id: 'name-then-outlet', text: 'The deal was confirmed to Maria Lindqvist Reuters on Monday.', expect: [{ name: 'Maria Lindqvist', type: 'person' }, { name: 'Reuters', type: 'media' }], absent: ['Maria Lindqvist Reuters'] },
  { id: 'person-then-body', text: 'Ultimately Kevin Ostrander Congress decided.', expect: [{ name: 'Kevin Ostrander', type: 'person' }, { name: 'Congress', type: 'organization' }] },
  { id: 'place-then-body-stays-whole', text: 'The Marrowby Senate voted on Tuesday.', expect: [{ name: 'Marrowby Senate', type: 'organization' }], count: 1 },
  { id: 'state-senate-is-organization', text: 'The Texas Senate passed the bill.', expect: [{ name: 'Texas Senate', type: 'organization' }], absent: ['Texas', 'Senate'] },
  { id: 'us-state-with-first-name-tag', text: 'The plant in Williamsburg, Virginia, closed. Virginia lost jobs.', expect: [{ name: 'Virginia', type: 'place' }] },
  { id: 'shared-country-name-is-a-place', text: 'Aid workers in Congo said the camps were full. A spokesman for the mission, Ivo Marek, said the roads were closed.', expect: [{ name: 'Congo', type: 'place' }, { name: 'Ivo Marek', type: 'person' }] },
  { id: 'world-region-before-noun', text: 'As the president prepares for his Asia tour, aides said the trip would go ahead. Leaders in Latin America reacted.', expect: [{ name: 'Asia', type: 'place' }, { name: 'Latin America', type: 'place' }] },
  { id: 'us-state-two-words', text: 'Voters in North Carolina and New Jersey agreed.', expect: [{ name: 'North Carolina', type: 'place' }, { name: 'New Jersey', type: 'place' }] },
  { id: 'outlet-name-stays-whole', text: 'The Doeville Herald reported the deal.', expect: [{ name: 'Doeville Herald', type: 'media' }], count: 1 },
];

export const SEAT_CASES: ActorCase[] = [
  { id: 'parliament-hill-place', text: 'Dora Lenz told reporters on Parliament Hill that the bill would pass.', expect: [{ name: 'Parliament Hill', type: 'place' }], absent: ['Parliament', 'Hill'] },
  { id: 'brussels-acts', text: 'Brussels fined the company, and Washington protested.', expect: [{ name: 'European Union', type: 'organization', aliases: ['Brussels'] }, { name: 'United States', type: 'country' }], absent: ['Belgium'] },
  { id: 'brussels-place', text: 'The ministers met in Brussels on Monday.', expect: [{ name: 'Brussels', type: 'place' }], absent: ['European Union', 'Belgium'] },
  { id: 'capitol-hill-acts', text: 'Capitol Hill rejected the plan on Tuesday.', expect: [{ name: 'Congress', type: 'organization', aliases: ['Capitol Hill'] }] },
  { id: 'on-capitol-hill-is-a-place', text: 'On Capitol Hill, lawmakers balked at the cost.', expect: [{ name: 'Capitol Hill', type: 'place' }], absent: ['Congress'] },
  { id: 'pressure-on-capital-is-government', text: 'Pressure on Moscow grew after the vote.', expect: [{ name: 'Russia', type: 'country', aliases: ['Moscow'] }] },
  { id: 'downing-street', text: 'Downing Street said the talks would continue.', expect: [{ name: 'United Kingdom', type: 'country', aliases: ['Downing Street'] }] },
];

