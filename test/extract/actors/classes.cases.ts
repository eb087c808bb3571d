/**
 * Actor corpus by error class of issue 16 (actors in any article), each with negatives. Invented
 * sentences; invented people, works and bodies.
 */
import type { ActorCase } from './actors.cases.js';

/** Works, awards, events: never organizations. */
export const WORK_EVENT_CASES: ActorCase[] = [
  { id: 'award-prize', text: 'Mara Quell won the Harlan Prize in 2010 and was nominated for the Teen Choice Awards a year later.', expect: [{ name: 'Mara Quell', type: 'person' }], absent: ['Harlan Prize', 'Teen Choice Awards'] },
  { id: 'event-series', text: 'The Doeville Otters reached the World Series after the Winter Carnival.', expect: [], absent: ['World Series', 'Winter Carnival'] },
  { id: 'war-numeral', text: 'The town was bombed during World War II.', expect: [], count: 0 },
  { id: 'work-of-person', text: "Jonas Whitcombe's Sunset Over Kells was praised by critics.", expect: [{ name: 'Jonas Whitcombe', type: 'person' }], absent: ['Sunset Over Kells'] },
  { id: 'work-concerto', text: 'His Cello Concerto remains popular.', expect: [], count: 0 },
  // a show named after its host is a work, not the host ("Film, show, song and award names are not actors")
  { id: 'work-show', text: 'Jonas Quaspel hosted The Jonas Quaspel Show until 1973.', expect: [{ name: 'Jonas Quaspel', type: 'person' }], absent: ['Jonas Quaspel Show'] },
  { id: 'work-after-genre-noun', text: 'Jonas Quaspel starred in the period drama Copying Harlow and in the television series Doeville Girls.', expect: [{ name: 'Jonas Quaspel', type: 'person' }], absent: ['Copying Harlow', 'Doeville Girls'] },
  // negative: a genre noun before a role noun leaves the name after it alone
  { id: 'work-noun-then-role', text: 'The film director Mara Quell spoke on Monday.', expect: [{ name: 'Mara Quell', type: 'person' }] },
  // streets, routes and structures never act
  { id: 'route', text: 'Take bus 44 along Quaspel Avenue to Harlow Station, then walk the Creek Trail.', expect: [], count: 0 },
  { id: 'route-body-is-org', text: 'The Quaspel Avenue Trust said it would sell the land.', expect: [{ name: 'Quaspel Avenue Trust', type: 'organization' }] },
  // an unknown acronym needs evidence like any unknown name
  { id: 'acronym-needs-evidence', text: 'The survey used a mini-QRV form.', expect: [], absent: ['QRV'] },
  // a name right before a staff noun, or after a retail noun, is an organization
  { id: 'org-staff', text: 'Sales rose last week, according to a Quorvex spokesperson, and the grocer Harlo Mart agreed.', expect: [{ name: 'Quorvex', type: 'organization' }, { name: 'Harlo Mart', type: 'organization' }] },
  { id: 'org-staff-negative', text: 'She walked past Quorvex, and a spokesperson waved.', expect: [], absent: ['Quorvex'] },
  { id: 'acronym-acts', text: 'ZQT said profits rose in March.', expect: [{ name: 'ZQT', type: 'organization' }] },
  // negative: an organization ending in an institution word is still one
  { id: 'award-body-is-org', text: 'The Harlan Prize Foundation announced the winners.', expect: [{ name: 'Harlan Prize Foundation', type: 'organization' }] },
];

/** Subjects, degrees, languages, religions, titles used alone. */
export const NON_ACTOR_WORD_CASES: ActorCase[] = [
  { id: 'subject-degree', text: 'She earned her Ph.D. in Chemistry in 1988 and taught Geology.', expect: [], count: 0 },
  { id: 'language-religion', text: 'She taught English and Latin at a Buddhist school and became a Christian.', expect: [], count: 0 },
  { id: 'title-alone', text: 'In 1802 she was named a Fellow, and later made a Countess.', expect: [], count: 0 },
  { id: 'your-honor', text: 'Your Honor, the Petitioner was arrested in 1975.', expect: [], count: 0 },
  { id: 'era-and-currency', text: 'The temple was built in 3000 BC; boats cost 225 DKK per hour.', expect: [], count: 0 },
  // negatives: the same words inside a real name
  { id: 'language-in-name', text: 'He taught at the English Institute of Doeville.', expect: [{ name: 'English Institute of Doeville', type: 'organization' }] },
  { id: 'title-before-name', text: 'Earl Quaspel met Emperor Norbert Vance.', expect: [{ name: 'Norbert Vance', type: 'person' }] },
];

/** Unknown capitalized runs need evidence; persons are typed by first names, initials, role nouns. */
export const EVIDENCE_CASES: ActorCase[] = [
  { id: 'no-evidence-no-actor', text: 'The Drama Series was shown after Good Hope.', expect: [], count: 0 },
  { id: 'first-name-person', text: 'He was a friend of Leonhard Quaspel for years.', expect: [{ name: 'Leonhard Quaspel', type: 'person' }] },
  { id: 'initials-person', text: 'He was described by W. T. Quaspel as the ablest.', expect: [{ name: 'W. T. Quaspel', type: 'person' }] },
  { id: 'foreign-name-person', text: 'She studied with Veszko Tarnavik in the spring.', expect: [{ name: 'Veszko Tarnavik', type: 'person' }] },
  { id: 'person-noun', text: 'He met the composer Quaspel in Doeville.', expect: [{ name: 'Quaspel', type: 'person' }] },
  { id: 'who-person', text: 'He sent the score to Simrock, who published it at once.', expect: [{ name: 'Simrock', type: 'person' }] },
  { id: 'camel-case-brand', text: 'Users left ZentraPay in March.', expect: [{ name: 'ZentraPay', type: 'organization' }] },
  { id: 'org-noun-before', text: 'She works at the firm Vance Orlo Abogados.', expect: [{ name: 'Vance Orlo Abogados', type: 'organization' }] },
  { id: 'org-appositive', text: 'Velmora Freight, the largest rail operator in the country, cut jobs.', expect: [{ name: 'Velmora Freight', type: 'organization' }] },
  { id: 'role-of-org', text: 'A manager at Ardwell said more cuts were coming.', expect: [{ name: 'Ardwell', type: 'organization' }] },
  { id: 'administration-holder', text: 'Officials in the Quaspel administration said tariffs would rise.', expect: [{ name: 'Quaspel', type: 'person' }] },
  { id: 'administration-joins-person', text: 'The Quaspel administration backed the plan. Mara Quaspel signed it.', expect: [{ name: 'Mara Quaspel', type: 'person', aliases: ['Quaspel'] }], count: 1 },
  // negatives
  { id: 'administration-of-company', text: 'Officials in the Quaspel Group administration said costs would rise.', expect: [{ name: 'Quaspel Group', type: 'organization' }] },
  { id: 'camel-case-surname', text: 'Users praised the McCallum plan.', expect: [], absent: ['McCallum plan'] },
  { id: 'which-not-acting', text: 'The Arctic Tern, which migrates south, is rare.', expect: [], count: 0 },
];

/** Name boundaries: letters after a name, role words before it. */
export const BOUNDARY_CASES: ActorCase[] = [
  { id: 'postnominal', text: 'Daniel Quaspel FRS was born in 1700. Quaspel died in 1782.', expect: [{ name: 'Daniel Quaspel', type: 'person', aliases: ['Quaspel'] }], absent: ['Daniel Quaspel FRS'] },
  { id: 'legal-form-alone', text: 'It is the case of Atlantic Quaspel Corporation, Inc. et al. against Mara Doe.', expect: [{ name: 'Atlantic Quaspel Corporation', type: 'organization' }], absent: ['Inc.', 'Inc'] },
  { id: 'camel-case-modifier', text: 'She lives with fellow ZentraPayer Julien Quaspel. Julien Quaspel films her.', expect: [{ name: 'ZentraPayer Julien Quaspel', type: 'person', aliases: ['Julien Quaspel'] }], count: 1 },
  { id: 'movement-empire', text: 'He led the Quaspel Culture Movement, and Doeland suffered under the Harlow Empire.', expect: [{ name: 'Quaspel Culture Movement', type: 'organization' }, { name: 'Harlow Empire', type: 'organization' }] },
  // negative: the legal form inside the name stays in it
  { id: 'legal-form-inside', text: 'It is the case of Atlantic Quaspel Inc. against Mara Doe.', expect: [{ name: 'Atlantic Quaspel Inc.', type: 'organization' }] },
  { id: 'and-second-institution', text: 'He lectured at the University of Doeland and Quaspel University in 1910.', expect: [{ name: 'University of Doeland', type: 'organization' }, { name: 'Quaspel University', type: 'organization' }] },
  // a proper name (a place) after the name's "of" ends it: "and" begins a second body
  { id: 'and-after-place', text: 'Researchers from the University of Kelvale and Quaspel Reef Trust tagged the sharks.', expect: [{ name: 'University of Kelvale', type: 'organization' }, { name: 'Quaspel Reef Trust', type: 'organization' }], absent: ['University of Kelvale and Quaspel Reef Trust'] },
  // negative: a demonym or a common word before "and" is the topic of one name
  { id: 'and-after-demonym', text: 'She directed the Centre for Welsh and Breton Studies for a decade.', expect: [{ name: 'Centre for Welsh and Breton Studies', type: 'organization' }] },
  // negative: "and" inside one institution's name
  { id: 'and-inside-name', text: 'The Ministry of Electronics and Information Technology issued the order.', expect: [{ name: 'Ministry of Electronics and Information Technology', type: 'organization' }] },
  { id: 'epithet', text: 'He served Tsar Ivo the Great for years, and Constantine the Great built the wall.', expect: [{ name: 'Ivo the Great', type: 'person' }, { name: 'Constantine the Great', type: 'person' }] },
  { id: 'gloss-in-brackets', text: 'Jerome Quaspel (Latin: Quaspelius Magnus; Greek: Κωνσταντίνος) was a monk.', expect: [], absent: ['Quaspelius Magnus', 'Κωνσταντίνος'] },
  { id: 'possessive-college', text: "He studied at Quaspel's College in Doeland for two years.", expect: [{ name: "Quaspel's College", type: 'organization' }] },
  // a collective noun for people in its plural possessive goes on in a body's name; "Conference" heads a name with "of the"
  { id: 'plural-possessive-body', text: "The pastor died on Sunday, according to the Catholic Bishops' Conference of the Doeland Isles.", expect: [{ name: "Catholic Bishops' Conference of the Doeland Isles", type: 'organization' }], absent: ["Catholic Bishops", 'Doeland Isles'] },
  { id: 'plural-possessive-body-2', text: "The Quaspel Journalists' Federation said two reporters were held.", expect: [{ name: "Quaspel Journalists' Federation", type: 'organization' }] },
  // negative: a singular possessive person before an institution word owns it
  { id: 'plural-possessive-negative', text: "Mara Quell's Council of Advisers met on Friday.", expect: [{ name: 'Mara Quell', type: 'person' }], absent: ["Mara Quell's Council of Advisers"] },
  { id: 'person-glued-after-body', text: 'Wikinews spoke with a professor at Doeland State University Simon Quaspel about the games.', expect: [{ name: 'Doeland State University', type: 'organization' }, { name: 'Simon Quaspel', type: 'person' }] },
  { id: 'role-words-before', text: 'The headlines Editorial Manager Chet Quaspel wrote were short.', expect: [{ name: 'Chet Quaspel', type: 'person' }], absent: ['Manager Chet Quaspel'] },
  // a second "of"/"for" goes on in an institution's name (also after "and"); heads such as Society, Centre, Conservatory
  { id: 'of-twice', text: 'She taught at the Royal Conservatory of Music of Doeland for a year.', expect: [{ name: 'Royal Conservatory of Music of Doeland', type: 'organization' }], absent: ['Royal Conservatory of Music'] },
  { id: 'of-after-and', text: 'He joined the Institute of Botany and Zoology of Quaspel Academy in 1930.', expect: [{ name: 'Institute of Botany and Zoology of Quaspel Academy', type: 'organization' }] },
  { id: 'society-of-the', text: 'She drew the crest of the Society of the Harrow Veterans in 1822.', expect: [{ name: 'Society of the Harrow Veterans', type: 'organization' }] },
  { id: 'centre-for', text: 'She moved to the Centre for Coastal Ecology at a small college.', expect: [{ name: 'Centre for Coastal Ecology', type: 'organization' }] },
  // negative: "of" after a name without an institution head does not join the next name
  { id: 'of-after-plain-name', text: 'The Harlow Bank of Doeland of the 1920s was cautious.', expect: [], absent: ['Harlow Bank of Doeland of the 1920s'] },
  { id: 'on-then-of', text: 'The International Committee on Harbor Names of Doeland chose the name.', expect: [{ name: 'International Committee on Harbor Names of Doeland', type: 'organization' }] },
  // "and" between common words of one institution's name, after "the" or a possessive
  { id: 'common-and', text: "The Doeland Union's Fishing and Forestry Organization said the stocks fell.", expect: [{ name: 'Fishing and Forestry Organization', type: 'organization' }] },
  // negative: "and" between a surname and an institution joins nothing
  { id: 'common-and-negative', text: 'The judge cited Lord Quell and Browning and War Office in his ruling.', expect: [{ name: 'War Office', type: 'organization' }], absent: ['Browning and War Office'] },
  { id: 'british-spelling', text: 'According to the World Health Organisation, cases rose.', expect: [{ name: 'World Health Organisation', type: 'organization', aliases: ['World Health Organization'] }] },
  // a second title word belongs to the title ("Director General"); alone it is no name
  { id: 'title-two-words', text: 'Director General Mara Quell said the trial worked. Lev Tarn, Director General of the Doeland Institute, agreed.', expect: [{ name: 'Mara Quell', type: 'person', aliases: ['Director General Mara Quell'] }, { name: 'Lev Tarn', type: 'person' }], absent: ['General', 'General Mara Quell'] },
  // negative: a lower-case title word after a name's organization leaves the organization alone
  { id: 'honorific-then-title-word', text: 'Mr. Tarn and Mr. King are hosts. Mr. King said so.', expect: [{ name: 'King', type: 'person', aliases: ['Mr. King'] }] },
  { id: 'title-lower-after-org', text: "The drivers' union Quaslef general secretary Mick Tarn commented on Monday.", expect: [{ name: 'Quaslef', type: 'organization' }, { name: 'Mick Tarn', type: 'person' }] },
  { id: 'country-more', text: 'The DRC and Samoa signed the deal; Kinshasa said it would help.', expect: [{ name: 'Democratic Republic of the Congo', type: 'country', aliases: ['DRC'] }, { name: 'Samoa', type: 'country' }] },
  // a repeat spelt without its accents is the same person; French honorifics without a period
  { id: 'accent-repeat', text: 'President Kemal Doğanay spoke on Monday. Later Doganay said no, and Mme Quellet agreed.', expect: [{ name: 'Kemal Doğanay', type: 'person', aliases: ['Doganay'] }, { name: 'Quellet', type: 'person', aliases: ['Mme Quellet'] }], count: 2 },
  // negative: different letters are different names
  { id: 'accent-repeat-negative', text: 'President Kemal Doğanay spoke on Monday. Later Mira Dogman said no.', expect: [{ name: 'Kemal Doğanay', type: 'person' }, { name: 'Mira Dogman', type: 'person' }] },
  // particles joined by a hyphen or an apostrophe stay in a person's name
  { id: 'particle-hyphen', text: 'Her mother Wajida al-Quaspel was a painter, and General Abd al-Rahim Tarnavi took power.', expect: [{ name: 'Wajida al-Quaspel', type: 'person' }, { name: 'Abd al-Rahim Tarnavi', type: 'person' }], absent: ['Wajida', 'Abd al'] },
  { id: 'particle-apostrophe', text: "She worked under Prof. Patrizia d'Quaspel for three years.", expect: [{ name: "Patrizia d'Quaspel", type: 'person' }], absent: ['Patrizia'] },
  // negative: a lower-case word after a hyphen is no name part
  { id: 'particle-hyphen-negative', text: 'Mara Quell al-ready left, said the pro-Quell group.', expect: [{ name: 'Mara Quell', type: 'person' }], absent: ['Mara Quell al-ready'] },
];
