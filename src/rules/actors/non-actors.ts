/**
 * Words of capitalized runs that are not actors (DATA ONLY), by class; the rows that use them are in
 * src/rules/actors/typing.ts (`actors.not.*`, `actors.place.head`). General English vocabulary
 * (language, religion and discipline names; award, event, work and place head nouns), lower case.
 */
import { wordRows, type WordRow } from './types.js';

const w = wordRows;

export const LANGUAGES = w('language', 'english latin greek hebrew arabic aramaic sanskrit french german spanish italian portuguese russian chinese mandarin cantonese japanese korean dutch danish swedish norwegian finnish icelandic polish czech slovak hungarian romanian bulgarian serbian croatian slovene ukrainian turkish persian farsi hindi urdu bengali punjabi tamil telugu swahili yiddish welsh gaelic irish catalan basque esperanto ido volapuk', 'He taught English at a school.');
export const RELIGIONS = w('religion', 'christian christians christianity catholic catholics catholicism protestant protestants protestantism muslim muslims islam islamic hindu hindus hinduism buddhist buddhists buddhism jewish jew jews judaism sikh sikhism baptist methodist lutheran anglican calvinist calvinism jesuit jesuits orthodox evangelical mormon quaker pentecostal presbyterian atheist agnostic pagan shinto taoist confucian zoroastrian theravada sunni shia shiite', 'She became a Buddhist in her twenties.');
export const SCRIPTURES = w('scripture', 'bible quran koran torah talmud gospel gospels vulgate psalms septuagint', 'a translation of the Bible into Latin');
export const DISCIPLINES = w('discipline', 'linguistics philosophy psychology history art arts music mathematics physics chemistry biology law medicine science sciences economics literature sociology sociolinguistics anthropology theology engineering architecture education journalism counseling counselling astronomy geology geography politics rhetoric grammar phonology morphology syntax semantics', 'He received his doctorate in Linguistics in 1961.');
export const DEGREES = w('degree', 'ph.d ph.d. phd m.sc m.sc. msc m.a. b.a. bsc b.sc. mba ll.b llb ll.m bachelor master masters doctorate', 'He earned a Ph.D. in 1943.');
export const TITLES_ALONE = w('title-alone', 'fellow fellows earl count countess duke duchess baron baroness marquis marquess viscount lord lady dame sir rector dean provost regent emperor empress tsar tsarina major colonel doctor petitioner petitioners respondent respondents appellant appellants appellee honor honour majesty highness excellency lordship ladyship', 'In 1802 she was named a Fellow of the academy.');
export const HOLIDAYS = w('holiday', 'christmas easter thanksgiving ramadan hanukkah diwali eid passover lent advent halloween', 'before Christmas');
export const ERA_AND_CODES = w('code', 'ad bc bce ce usd eur gbp jpy dkk sek nok mxn cuc cad aud chf cd cds dvd dvds iq rbi rbis mvp pov rov vhf uhf xml html url urls faq r&d gnp gdp wwi wwii irc lgbt lgbtq json http pdf', 'built in 3000 BC; 225 DKK per hour');
export const PERIODS = w('period', 'middle_ages renaissance enlightenment reformation stone_age bronze_age iron_age antiquity', 'during the Middle Ages');

/** Last words of events, awards and contests: "the World Series", "the Stirling Prize", "the Siege of X". */
export const EVENT_HEADS = [
  ...w('event-head', 'award awards prize prizes medal medals trophy trophies fellowship scholarship cup cups championship championships series tournament festival festivals carnival fair expo exhibition games olympics paralympics war wars revolution battle siege rebellion uprising massacre crisis', 'She won the Stirling Prize in 2010.'),
  ...w('event-head', 'game draft convention jubilee summit marathon regatta rodeo pageant parade gala telethon invitational playoffs', 'He was named MVP of the Doe League All-Star Game.'),
];
/** Adjectives that make a religion word a denomination or school: "a Roman Catholic", "Theravada Buddhist". */
export const RELIGION_MODIFIERS = w('religion-modifier', 'roman greek russian eastern western coptic syriac armenian reformed southern orthodox ultra-orthodox theravada mahayana tibetan zen sunni shia shiite evangelical conservative liberal', 'confirmed as a Roman Catholic');
/** Historical and ethnic adjectives that are no country's demonym (those are in countries.ts): "built in Roman times". */
export const HISTORIC_ADJECTIVES = w('historic-adjective', 'roman romans byzantine ottoman norman normans viking vikings celtic celts saxon saxons anglo-saxon anglo-saxons moorish moors aztec aztecs mayan inca incan hellenic hellenistic frankish visigothic gothic goths mughal mongol mongols victorian edwardian elizabethan jacobean georgian-era tudor', 'a bridge built in Roman times');
/** Prefixes of ships' names: a vessel is no actor ("the USS Doe", "HMS Quaspel"). */
export const VESSEL_PREFIXES = w('vessel-prefix', 'uss hms rms hmas hmcs hmnzs usns', 'the home of the USS Quaspel');
/** Designations given to places and monuments: "a UNESCO World Heritage Site" names a status, not an actor. */
export const DESIGNATION_HEADS = w('designation-head', 'site sites landmark landmarks monument monuments reserve reserves park', 'designated a UNESCO World Heritage Site');
/** The word before a designation head: "World Heritage Site", "National Historic Landmark" (not "Federal Reserve"). */
export const DESIGNATION_QUALIFIERS = w('designation-qualifier', 'heritage historic historical national natural biosphere', 'a National Historic Landmark');
/** Event words that are an event alone, without a name before them ("the Olympics"). */
export const EVENT_ALONE = w('event-alone', 'olympics paralympics', 'the aquatic centre for the 2012 Olympics');
/** Last words of instruments and craft: "the Harlow Space Telescope", "the Quaspel Rover" are things, not actors. */
export const INSTRUMENT_HEADS = w('instrument-head', 'telescope telescopes microscope microscopes shuttle shuttles spacecraft rover rovers lander landers spectrometer spectrometers', 'Images from the Harlow Space Telescope arrived.');
/**
 * Lower-case nouns of things that a capitalized name only qualifies ("on the Doe-Quaspel scale", "the Kells
 * oil field", "a Harlow interpreter"): the name names the thing, not an actor. No word for what an actor
 * makes or says (report, study, analysis, statement, vaccine): "a Quaspel analysis" credits Quaspel.
 */
export const THING_HEADS = w('thing-head', 'scale scales interpreter interpreters compiler trial trials field fields border crossing car cars mission missions spectrometer spectrometers', 'Winds reached category 4 on the Doe-Quaspel scale.');
/** First words of seas and straits named after a country ("the Gulf of Mexico", "the Sea of Japan"): the country there names water. */
export const WATER_HEADS = w('water-head', 'gulf sea bay strait straits', 'Rigs in the Gulf of Mexico shut down.');
/** Last words of works: "his Cello Concerto", "the Santa Cruz Lectures". */
export const WORK_HEADS = w('work-head', 'concerto concertos symphony symphonies sonata sonatas opera operas overture requiem oratorio lectures lecture manifesto show', 'his Cello Concerto is admired');
/**
 * Genre nouns right before a work's title: "the period drama Copying Beethoven", "the television series
 * Harlow Girls". Outlet nouns (magazine, newspaper) are not here: "the magazine Time" is an outlet.
 */
export const WORK_NOUNS = w('work-noun', 'film films movie movies drama dramas series sitcom sitcoms miniseries thriller thrillers comedy comedies documentary documentaries novel novels novella book books memoir album albums song songs single singles play plays musical musicals opera operas poem poems painting paintings sculpture video videos podcast podcasts game games', 'the period drama Copying Beethoven');
/** Last words of streets, routes and structures: places that never act ("317 S Doe Ave", "the Creek Trail", "Harlow Station"). */
export const ROUTE_HEADS = w('route-head', 'street st st. avenue ave ave. road rd rd. boulevard blvd blvd. lane drive highway hwy expressway freeway turnpike motorway trail tunnel station bridge statue', 'take the bus along Doe Avenue');
/** Last words of places: streets, buildings, landmarks and natural features. */
export const PLACE_HEADS = [
  ...w('place-head', 'street st st. avenue ave ave. road rd rd. boulevard blvd lane square plaza bridge trail park statue tower gate palace castle cathedral mosque temple abbey lake river mountain mountains mount island islands bay beach valley canyon falls peninsula coast harbor harbour highway expressway freeway tunnel station airport', 'They walked across the Harlow Bridge.'),
  ...w('place-head', 'base airbase airfield barracks garrison shipyard depot', 'Jets flew from Doeville Air Base on Monday.'),
];
/**
 * First words of military bases and facilities: "RAF Quaspel", "Fort Doe", "Camp Harlow" are places,
 * never persons. `facility-head` words need a modifier before them ("Naval Station Doeville", "Joint Base Harlow").
 */
export const FACILITY_PREFIXES = w('facility-prefix', 'raf nas mcas mcb fort ft camp', 'The station at RAF Quaspel relays the traffic.');
export const FACILITY_MODIFIERS = w('facility-modifier', 'naval air army marine joint military missile', 'Troops arrived at Naval Station Doeville.');
export const FACILITY_HEADS = w('facility-head', 'station base field', 'Troops arrived at Joint Base Harlow.');
/** Articles of other languages that open a phrase in that language ("sur la Phonologie Quaspelienne", "La Pointe Doe"). */
export const FOREIGN_ARTICLES = w('foreign-article', 'la le les el los las il der die das', 'a study of la Phonologie Quaspelienne');

/** Letters after a person's name (honours, degrees, generational suffixes): they end the name ("Jane Doe FRS"). */
export const POSTNOMINALS = w('postnominal', 'frs frse fba frsa dbe obe mbe cbe kbe gbe ra kc qc phd md esq', 'Jane Doe FRS was born in 1700.');

/** First words of streets in languages that put the head first ("Calle 62", "Paseo de Doe", "Rue Quaspel", "Jalan Doe"). */
export const ROUTE_PREFIXES = w('route-prefix', 'calle avenida paseo rue rua carrer strada jalan ulica', 'The office is on Paseo de Quaspel near the square.');
/** Nouns for the makers of a work: the capitalized words after "author of" name the work ("author of Alice in Doeland"). */
export const MAKER_NOUNS = w('maker-noun', 'author authors writer creator creators composer illustrator librettist screenwriter', 'Quaspel, author of Harlow in Wonderland, was a mathematician.');
