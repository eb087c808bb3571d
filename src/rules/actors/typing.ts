/**
 * How a capitalized run that no lexicon named is typed (DATA ONLY): one ordered decision list, the
 * first row that holds wins (src/engine). The capture `[...]` is the run. `%name%` word sets and `@name`
 * predicates come from the actors stage (src/extract/actors/typing.ts, which documents each predicate).
 * Order: what is not an actor (languages, events, works...), then suffixes and heads, context, compromise's
 * tags, evidence from the name's shape; a run with none of these is typed by default, `sure: false`,
 * and its chain needs evidence (src/rules/actors/evidence.ts) or is dropped.
 */
import type { Rule } from '../../engine/rule.js';
import { table } from '../../engine/rule.js';
import type { ActorType } from '../../schema/doc.js';
import type { Basis } from './types.js';

export interface TypeThen {
  /** null: not an actor (the run is dropped) */
  type: ActorType | null;
  /** false: only a guess, the chain still needs evidence; 'long' for a name of two words or more or with a role */
  sure?: boolean | 'long';
  /** what the mention rests on (default `other`): read by merging and evidence instead of the row id */
  basis?: Basis;
  /** the role the person takes: the one before the name, or the appositive after it, else the one before */
  role?: 'before' | 'around';
  /** the name keeps its possessive ending ("Ferris's") */
  keepsEnding?: true;
}

const reject: TypeThen = { type: null };
const org: TypeThen = { type: 'organization' };
const orgShape: TypeThen = { type: 'organization', basis: 'shape' };
const personShape: TypeThen = { type: 'person', basis: 'shape' };
const person: TypeThen = { type: 'person' };
const media: TypeThen = { type: 'media' };
const place: TypeThen = { type: 'place' };

const r = (id: string, match: string, then: TypeThen, example: string, counter: string, unless?: string[]): Rule<TypeThen> => ({
  id, match, then, example, counter, ...(unless ? { unless } : {}),
});

export const TYPE_ROWS: readonly Rule<TypeThen>[] = [
  // not actors (issue 16): whole runs of a class, or runs ending in an event, work or place word
  r('actors.not.legal-form-alone', '[%legal-form%]', reject, 'It is the case of Atlantic Quaspel Corporation, Inc. et al. against Doe.', 'It is the case of Atlantic Quaspel Inc. against Doe.'),
  // a reporter's credit line ends the article: the writer is no participant
  r('actors.not.byline', '[.+] (reported|contributed) (from|reporting)', reject, 'The talks went on into the night. Mara Quell reported from Doeville.', 'The talks went on into the night, Quaspel reported on Monday.'),
  r('actors.not.storm', '[(hurricane|hurricanes|typhoon|typhoons|cyclone|cyclones|superstorm|tropical storm|tropical storms) .+]', reject, 'Crews cleared roads after Hurricane Quaspel hit the coast; claims after Hurricanes Quaspel and Doria rose.', 'Crews cleared roads after Harriet Quaspel hit the coast.'),
  r('actors.not.super-pac', '[super (pac|pacs)]', reject, 'The ads come from a Super PAC aimed at the frontrunner.', 'The ads come from Doeland Future PAC, aimed at the frontrunner.'),
  r('actors.not.party-state', '[@partyState .*]', reject, 'Sen. Mara Quell, R-Texas, voted no.', 'Sen. Mara Quell met the X-Quaspel crew.'),
  r('actors.not.language', '[%language%]', reject, 'He taught English at a school.', 'He taught at the English Institute.'),
  r('actors.not.religion', '[%religion-modifier%? %religion%]', reject, 'He was confirmed as a Roman Catholic before his death.', 'He joined the Christian Aid Society.'),
  r('actors.not.historic-adjective', '[%historic-adjective%]', reject, 'The bridge was built in Roman times.', 'The city was founded by Romano Quaspel.'),
  r('actors.not.vessel', '[%vessel-prefix% .+]', reject, 'The port is the home of the USS Quaspel.', 'The port is the home of the USA Quaspel Club.'),
  r('actors.not.designation', '[.* %designation-qualifier% %designation-head%]', reject, 'The island was designated a UNESCO World Heritage Site in 2008.', 'The island was bought by the Heritage Site Trust in 2008.'),
  r('actors.not.scripture', '[%scripture%]', reject, 'He translated the Bible into Latin.', 'He joined the Bible Society of Doeland.'),
  r('actors.not.discipline', '[%discipline%]', reject, 'He received his doctorate in Linguistics in 1961.', 'He taught at the Quaspel School of Linguistics.'),
  r('actors.not.degree', '[%degree%]', reject, 'He earned a Ph.D. in 1943.', 'He studied under Prof. Quaspel in 1943.'),
  r('actors.not.title-alone', '[%title-alone%]', reject, 'In 1802 she was named a Fellow of the academy.', 'In 1802 Fellowes Quaspel was named.'),
  r('actors.not.holiday', '[%holiday%]', reject, 'They met again before Diwali.', 'They met Diwali Quaspel again.'),
  r('actors.not.code', '[%code%]', reject, 'The temple was built in 3000 BC by farmers.', 'The temple was built by the BCDA in 3000.'),
  r('actors.not.period', '[(middle ages|stone age|bronze age|iron age|renaissance|enlightenment|reformation|antiquity)]', reject, 'The town grew during the Middle Ages.', 'The town grew under Queen Mara.'),
  r('actors.not.style', '[(art deco|art nouveau|baroque|gothic|romanesque|neoclassical|neo-classical|modernist|brutalist)]', reject, 'The hall is a fine example of Art Deco design.', 'The hall was designed by Art Quaspel.'),
  r('actors.not.event', '[.+ %event-head% @numeral?]', reject, 'She won the Stirling Prize in 2010.', 'She won the Stirling election in 2010.'),
  r('actors.not.event-alone', '[%event-alone%]', reject, 'She designed the pool for the 2032 Olympics.', 'She designed the pool for the Olympic Committee.'),
  r('actors.not.edition', '[.+] @spacedYear', reject, 'During Doeville Comic-Con 2015, fans met the cast.', 'During the Doeville Comic-Con in 2015, the cast met fans.', ['[.* @poss] .']),
  r('actors.not.work-year', '[.+] @bracketedYear', reject, 'Her films include The Lookout (2007) and A Quiet Harbour (2009).', 'Her films were praised by Leonhard Quaspel (2009) and critics.', ['[@firstNameRun .+]', '[.* (#Country|#City|#Region) .*]', '[.+ %org-suffix%]']),
  r('actors.not.office', '[!of* %office-title%]', reject, "Claims rose before the Doeland Governor's bid; Freedonia's Harbour Affairs Secretary, Mara Quell, objected.", 'Claims rose before the Office of the Doeland Governor objected.'),
  r('actors.not.work', '[.+ %work-head%]', reject, 'His Cello Concerto is admired by critics.', 'His Cello Ensemble is admired by critics.'),
  r('actors.not.instrument', '[.+ %instrument-head%]', reject, 'Images from the Harlow Space Telescope arrived on Monday.', 'Images from the Harlow Telescope Society arrived on Monday.'),
  // a name that only qualifies a lower-case thing noun, an adjective or a noun between: "the Kells oil field", "a small Quaspel interpreter"
  r('actors.not.thing-modifier', '[.+] {(#Adjective|#Noun) !@cap !#Verb !#Pronoun !#Value}? %thing-head%', reject, 'Winds reached category 4 on the Doe-Quaspel scale; drones hit the Kells oil field.', 'Winds reached category 4, Quaspel said; drones hit Kells on Monday; the Mara Quell trial opened.', ['[@personTagged .*]', '[@firstNameRun .+]']),
  r('actors.not.work-after-noun', '%work-noun% [.+]', reject, 'He starred in the period drama Copying Quaspel in 2006.', 'The film director Jonas Quaspel spoke in 2006.'),
  r('actors.not.work-appositive', '[.+] , (a|an|the) !@cap* %work-noun% (%appositive-stop%|#PastTense|#Gerund|,|;|$)', reject, 'She produced Quiet Lantern, a film based on the novels of Mara Quell.', 'Mara Quell, a film producer, said she liked it.'),
  r('actors.not.work-after-maker', '%maker-noun% of [.+]', reject, 'Quaspel, author of Harlow in Wonderland, was a mathematician.', 'Quaspel, director of Harlow University, was a mathematician.'),
  r('actors.not.route-prefix', '[%route-prefix% .+]', reject, 'The office is on Paseo de Quaspel near the square.', 'The office of Pascal Quaspel is near the square.'),
  r('actors.not.work-of-person', '[@afterPersonPoss .*]', reject, "Jonas Whitcombe's Sunset Over Kells was praised.", "Jonas Whitcombe's brother Leonhard Quaspel was praised."),
  r('actors.not.gloss', '%language% : [.+]', reject, 'Quaspel (Latin: Quaspelius Magnus) was a monk.', 'Quaspel met Quaspelius Magnus, a monk.'),
  r('actors.not.other-script', '[@otherScript .*]', reject, 'He wrote to Κωνσταντίνος Λάσκαρις in 1450.', 'He wrote to Konstantinos Laskaris in 1450.'),
  r('actors.not.romanized-gloss', '[@afterOtherScript .*]', reject, 'Ichiko Quaspel (樋口 一葉 Quaspel Ichiko) was a writer.', 'Ichiko Quaspel met Quaspel Ichiko, a writer.'),
  r('actors.not.route', '[.+ %route-head%]', reject, 'Buses run along Quaspel Avenue to the Harlow Bridge.', 'The Quaspel Avenue Trust bought the Harlow Bridge Company.'),
  r('actors.place.facility', '[(%facility-prefix%|%facility-modifier%+ %facility-head%) .+]', place, 'The station at RAF Quaspel relays traffic; troops left Naval Station Doeville.', 'Officers of the Royal Air Force in Quaspel relay traffic.'),
  r('actors.not.foreign-phrase', '%foreign-article% [.+]', reject, 'She wrote Etudes sur la Phonologie Quaspelienne in 1940.', 'She wrote to Leonhard Quaspel in 1940.'),
  r('actors.media.journal', '[.* %journal-head% (of|for) .+]', { type: 'media', basis: 'suffix' }, 'The findings were published in the Annals of Harlow Medicine on Monday.', 'The findings were published in the Harlow Medicine annals on Monday.'),
  r('actors.place.head', '[.+ %place-head%]', place, 'They walked around the Harlow Cathedral on Sunday.', 'They walked with the Harlow Brigade on Sunday.'),
  // suffixes and heads
  r('actors.media.possessive', '[.* @poss .* %media-poss-noun%]', media, "Per Doyle's List, the ships left.", "Per Doyle's plan, the ships left."),
  r('actors.media.news-agency', '[.+ (press|news) agency]', { type: 'media', basis: 'suffix' }, 'According to the Doeland Press Agency, the plant was hit.', 'According to the Doeland Space Agency, the plant was hit.'),
  r('actors.media.suffix', '[.+ %media-suffix%]', { type: 'media', basis: 'suffix' }, 'The Doeville Herald reported the sale.', 'The Doeville Heralds sold the house.'),
  r('actors.media.noun-after', '[.+] {%media-noun-after% !@cap}', { type: 'media', basis: 'suffix' }, 'In an interview with Kestrel magazine, the mayor said the plan would fail.', 'In an interview with Kestrel staff, the mayor said the plan would fail.', ['[.* (#City|#Region|#Country|#Place) .*]']),
  r('actors.media.possessive-cue', '[@possCredit]', { type: 'media', keepsEnding: true }, "According to Ferris's, the deal fell through.", "According to Ferris's lawyer, the deal fell through."),
  r('actors.org.suffix', '[.+ %org-suffix%]', { type: 'organization', basis: 'suffix' }, 'The Roe Foundation said it would help.', 'The Roe Fountain was rebuilt.'),
  r('actors.org.head', '[.* %org-head% (of|for) .+]', org, 'The Court of Coastal Claims ruled on Monday.', 'The Port of Coastal Claims closed on Monday.'),
  r('actors.org.suffix-head', '[%org-suffix% for .+]', org, 'The Movement for the Rescue of the Harlow Delta claimed the attack.', 'The troops for the Harlow Delta left on Monday.'),
  r('actors.org.foreign-head', '[%foreign-org-head% .+]', org, 'A spokesman for the Ministerio de Quaspel said the budget was set.', 'A spokesman for Minerva de Quaspel said the budget was set.'),
  r('actors.org.law-school', 'at [@cap law]', org, 'She is a professor at Doeville Law now.', 'She is a professor of Doeville Law now.'),
  r('actors.org.inner', '[. .* %org-suffix% .+]', org, 'Officials at the Quaspel Institute Annex said no.', 'Officials at the Quaspel Annex said no.'),
  r('actors.org.business', '[.+ %business-noun%]', { type: 'organization', sure: false }, 'Kestrel Social cut jobs on Monday.', 'Kestrel Marsh cut jobs on Monday.'),
  r('actors.org.team', '[. .* @teamWord]', org, 'He began the season with the Doeville Marauders.', 'He began the season with Leonhard Quaspels.', ['[.+] (of|%place-head%|%route-head%)', '[#Person .*]', '[@firstNameRun .+]']),
  r('actors.org.team-city', '[.* #City .* @teamWordNear]', org, 'He hit well that season. He later joined the Denver Indians.', 'He hit well that year. He later joined the Denver Indians.', ['[.+] (of|%place-head%|%route-head%)']),
  r('actors.person.syllable', '[@syllableName .*]', person, 'Park Ji-hoon met the press.', 'Park Avenue-style homes sold.'),
  // places by context and by lexicon
  r('actors.place.state', '[@townOfState .*]', place, 'She grew up in Springfield, Mo., and left.', 'She grew up in Springfield and left.'),
  r('actors.place.us-state', '[@usState .*]', place, 'She moved to Nebraska last year.', 'She moved to Nebraskan farms last year.'),
  r('actors.place.world-region', '[@worldRegion .*]', place, 'He prepares for his Asia tour.', 'He prepares for his Asian tour.'),
  r('actors.media.show', '[@showNetwork .*]', { type: 'media', basis: 'show' }, "She spoke on Kestrel's 'Evening Hour' show.", "She spoke on Kestrel's evening show."),
  // context evidence that outweighs compromise's tags (issue 16): src/rules/actors/evidence.ts
  r('actors.media.published-in', 'published (on|this|last|earlier|later|month|week|year|a|an|new|study|paper|report|findings|article|#Date|#Value)* in the? journal? [.+]', { type: 'media', basis: 'shape' }, 'In findings published Monday in Harlow Reports, divers from Doeville said the reef shrank.', 'In findings published Monday in Pittsburgh, divers from Doeville said the reef shrank.', ['. [.* (#City|#Region|#Country|#Place) .*]', '[.+] and @cap', '[.* @poss] @cap']),
  r('actors.unknown.camel-case', '[@camelCase .*]', orgShape, 'Users left ZentraPay in March.', 'She met fellow ZentraPayer Julien Quaspel in March.', ['[. (#FirstName|#MaleName|#FemaleName) .+]']),
  r('actors.unknown.org-noun', '%org-noun% ,? [.+]', orgShape, 'She works at the firm Vance Orlo Abogados.', 'She works with the lawyer Vance Orlo.', ['@cap ,? [.+]']),
  r('actors.unknown.org-appositive', '[.+] , (the|a|an) !%appositive-stop%* %org-noun% (%appositive-stop%|#PastTense|#Gerund|,|;|$)', orgShape, 'Velmora Freight, the largest rail operator in the country, cut jobs.', 'Velmora Freight, a researcher at Doeville University, cut jobs.'),
  r('actors.unknown.person-noun', '%person-noun% [.+]', personShape, 'He met the composer Quaspel in Doeville.', 'He met the Quaspel Festival in Doeville.', ['@cap [.+]']),
  // compromise's tags, roles, credits
  r('actors.person.administration', '[.+] %leader-office%', { type: 'person', sure: false }, 'Officials in the Quaspel administration said on Monday that tariffs would rise.', 'Officials in the Quaspel Group administration said on Monday that tariffs would rise.'),
  r('actors.person.tags', '[@personTagged .*]', { type: 'person', sure: 'long', basis: 'tags', role: 'around' }, 'Jane Marlow filed the suit.', 'The Marlowe Trust filed the suit.'),
  r('actors.person.role-before', '[@roleBefore .+]', { type: 'person', role: 'before' }, "Freedonia's trade minister, Pavo Quen, said no.", 'Freedonia, Pavo Quen and others said no.'),
  // an unknown acronym credited with a figure is an agency or a body more often than an outlet (outlets are known names or carry a media word)
  r('actors.org.credited-acronym', '(according to|per) the? [@acronym]', org, 'Cases rose by half, according to ZQVA.', 'Cases rose by half, according to Zentravo.'),
  r('actors.org.reporting-acronym', '[@acronym] (reported|reports)', org, 'ZQVA reported a rise in cases.', 'Zentravo reported a rise in cases.'),
  r('actors.media.cue', '[@mediaCue .*]', media, 'According to Zentravo, talks stalled.', 'According to Statistics Zentravo, talks stalled.'),
  r('actors.person.appositive', '[@appositiveRole .+]', { type: 'person', role: 'around' }, 'Quaspel Ortvik, the agency spokesperson, declined.', 'Quaspel Ortvik, the agency, declined.'),
  r('actors.media.told', '[@toldOutlet]', media, 'The bureau will report next month, the agency told Flashpoint on Monday.', 'The agency told Avalonian state broadcaster staff on Monday.'),
  r('actors.org.agency', '[(%agency-word% .+|.+ %agency-word% .*)]', org, 'Data from Statistics Zentravia showed a rise.', 'Data from Zentravia showed a rise.'),
  r('actors.country.tag', '[.* #Country .*]', { type: 'country' }, 'The talks with Greenland stalled.', 'The talks with Quaspel stalled.'),
  r('actors.place.tag', '[.* (#City|#Region) .*]', { type: 'place', basis: 'tagged' }, 'The talks in Pittsburgh stalled.', 'The talks with Quaspel stalled.'),
  r('actors.place.tag-locative', '%locative% [.* #Place .*]', place, 'She lived in Doe Hollow for years.', 'She met Doe Hollow for years.'),
  r('actors.not.foreign-title', '[%foreign-article% .+]', reject, "Quaspel starred in Jean Doeville's La Machine Quaspelienne.", 'Quaspel starred in Los Angeles.'),
  r('actors.org.tag', '[.* #Organization .*]', { type: 'organization', basis: 'tagged' }, 'Shares of Toyota rose.', 'Shares of Quaspel rose.'),
  r('actors.not.shouting', '[@shoutedWord]', reject, 'It was a HUGE success for the town.', 'It was a success for the NATO summit.'),
  r('actors.org.acronym', '[@acronym]', { type: 'organization', sure: false, basis: 'guess' }, 'Shares of XJQ rose.', 'Shares of Xjq rose.'),
  // evidence from the name alone (issue 16): src/rules/actors/evidence.ts
  r('actors.unknown.first-name', '[@firstNameRun .+]', personShape, 'The prize went to Leonhard Quaspel in 1738.', 'The prize went to Sunset Over Kells in 1738.'),
  r('actors.unknown.initials', '[@initialsRun .+]', personShape, 'He was described by W. T. Quaspel as the ablest.', 'He was described by the T. Rex exhibit as the ablest.'),
  r('actors.unknown.foreign-name', '[@foreignRun .+]', personShape, 'She studied with Veszko Tarnavik in the spring.', 'She studied the Drama Series in the spring.'),
  // no evidence: a guess that the chain must confirm
  r('actors.org.default', '[.+]', { type: 'organization', sure: false, basis: 'guess' }, 'He walked past Quaspel on Monday.', 'He walked past the river on Monday.'),
];

export const TYPE_TABLE = table('actors.type', 'actors', TYPE_ROWS);
