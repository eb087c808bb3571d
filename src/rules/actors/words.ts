/**
 * Word lists for actor detection (DATA ONLY). Lower case unless said otherwise.
 */
import { wordRows, type WordRow } from './types.js';

const w = wordRows;

/** Last words that make a capitalized name an organization ("Acme Corp.", "Roe Foundation"). */
export const ORG_SUFFIXES: readonly WordRow[] = [
  ...w('org-suffix', 'inc inc. corp corp. corporation co co. ltd ltd. llc plc ag sa gmbh group holdings company companies', 'Acme Corp. said'),
  ...w('org-suffix', 'technologies technology systems labs partners capital ventures bank bancorp airlines motors industries', 'Acme Labs said'),
  ...w('org-suffix', 'university college institute institution foundation association society council commission committee subcommittee agency', 'the Roe Foundation said'),
  ...w('org-suffix', 'department ministry bureau office service services administration authority board court party partnership', 'the Finance Ministry said'),
  ...w('org-suffix', 'survey', 'the Doeland Geological Survey said'),
  ...w('org-suffix', 'union federation league center centre fund trust network coalition alliance campaign caucus conference endowment organization organisation', 'the Doe Institute said'),
  ...w('org-suffix', 'police army navy military parliament legislature senate assembly government club church school hospital', 'the Doeville Police said'),
  ...w('org-suffix', 'force forces corps academy conservatory conservatoire communion legion guard guards movement empire division orchestra brigade brigades pac pacs', 'the Doeland Air Force said'),
];

/** First words of an organization name ("University of X", "Department of Y", "Bank of Z"). */
export const ORG_HEADS: readonly WordRow[] = w(
  'org-head',
  'university department ministry bank bureau office institute college board commission committee council federation association court agency academy institution directorate secretariat inspectorate chamber tribunal district circuit society centre center conservatory conservatoire school brotherhood foundation league union congress division house orchestra workers conference museum',
  'the University of Doeville said; the Court of Coastal Claims ruled; the Division of Quaspel Licensing; the House of Doeland Lords; the Quaspel Workers of Doeland; the Episcopal Conference of the Doeland Isles; a survey released by the Harlow Museum of Coastal Life',
);

/**
 * First words of a scholarly journal's name before "of"/"for": the name goes on through the link and the
 * whole names an outlet ("published in the Journal of Quaspel Studies", "in Proceedings of the Doeland Academy
 * of Letters", "the Annals of Harlow Medicine reported"). Not "review" or "bulletin": "Review of Doeland
 * Tariffs" heads a news line. Not "archives": "the Archives of Doeland" keep papers.
 */
export const JOURNAL_HEADS: readonly WordRow[] = w('journal-head', 'journal proceedings annals', 'published in the Journal of Quaspel Studies; in Proceedings of the Doeland Academy of Letters');

/**
 * Heads of institutions in French, Spanish, Italian, Portuguese, German and Dutch, written without accents
 * as tokens are matched ("Universite" = "Université"): the translations of the English heads above
 * (institute, university, ministry, committee, bank, agency, foundation, society, party...) in Wiktionary's
 * translation tables (CC BY-SA). A run opening with one names an organization, not a person
 * ("Institut National de Recherche Agricole"). Words that are also English or place words are left out
 * (camera, direction, centro, academia).
 */
export const FOREIGN_ORG_HEADS: readonly WordRow[] = [
  ...w('foreign-org-head', 'institut universite ministere comite conseil banque agence fondation societe ecole academie assemblee cour parti federation autorite observatoire compagnie caisse chambre syndicat laboratoire brigade', "l'Institut National de Recherche Agricole"),
  ...w('foreign-org-head', 'instituto universidad ministerio comision consejo banco agencia oficina fundacion sociedad asociacion escuela asamblea corte tribunal partido federacion autoridad secretaria junta camara confederacion sindicato observatorio compania', 'el Instituto Nacional de Estadistica'),
  ...w('foreign-org-head', 'istituto universita ministero comitato commissione consiglio banca agenzia ufficio fondazione societa associazione scuola accademia assemblea tribunale partito federazione direzione autorita confederazione sindacato', "l'Istituto Superiore di Sanita"),
  ...w('foreign-org-head', 'universidade comissao conselho fundacao sociedade associacao escola federacao autoridade', 'a Universidade de Sao Paulo'),
  ...w('foreign-org-head', 'universitat ministerium stiftung gesellschaft verband akademie hochschule kommission partei landtag bundesamt bundesministerium bundesrat bundestag bundesbank bundeswehr bundesanstalt bundesagentur bundesregierung bundesverfassungsgericht bundesgerichtshof bundeskriminalamt', 'das Bundesamt fur Strahlenschutz'),
  ...w('foreign-org-head', 'instituut universiteit ministerie stichting vereniging partij', 'de Stichting Quaspel'),
];

/** Last words that make a capitalized name a media outlet ("Doeville Herald"). */
export const MEDIA_SUFFIXES: readonly WordRow[] = w(
  'media-suffix',
  'times post journal news herald tribune gazette chronicle telegraph observer examiner review magazine daily radio tv television broadcasting press wire reporter courier sun star globe inquirer dispatch register bulletin standard mirror express record ledger monitor sentinel courant',
  'the Doeville Herald reported',
);

/** Words before a name that credit it as an outlet: "according to X", "told X", "reported by X". */
export const MEDIA_CUES_BEFORE: readonly WordRow[] = w(
  'media-cue-before',
  'according_to reported_by report_by reports_from reporting_by reporting_from coverage_from coverage_by interviewed_by noted_in published_in wrote_in writing_in op-ed_in column_in confirmations_in appeared_on',
  'according to the Doeville Herald',
);

/** Nouns right before a name that say it is an outlet: "state broadcaster X", "the newspaper X". */
export const MEDIA_NOUNS_BEFORE: readonly WordRow[] = w(
  'media-noun-before',
  'broadcaster broadcasters newspaper newspapers tabloid magazine weekly news_agency wire_service news_outlet news_site news_website state_media state_television state_tv',
  'told Freedonian state broadcaster FRT',
);

/**
 * Lower-case outlet nouns right after a name that say it is an outlet: "Kestrel magazine reported". Not
 * "newspaper", "tabloid" or "broadcaster": a town before them is where the outlet is ("a Doeville newspaper").
 */
export const MEDIA_NOUNS_AFTER: readonly WordRow[] = w(
  'media-noun-after',
  'magazine',
  'told Kestrel magazine on Monday',
);

/** Capitalized nouns after a possessive name that make the whole an outlet ("Doyle's List", "Ferris's Weekly"). */
export const MEDIA_POSS_NOUNS: readonly WordRow[] = w(
  'media-poss-noun',
  'list journal weekly bazaar magazine review daily digest monthly quarterly gazette almanac bulletin newsletter register',
  "per Doyle's List, the ships left",
);

/** Words before a lone possessive name (then punctuation) that credit it as an outlet: "a report in Ferris's." */
export const MEDIA_POSS_CUES: readonly WordRow[] = w(
  'media-poss-cue',
  'according_to told report_in article_in story_in piece_in essay_in interview_with interview_in reported_by published_in wrote_in',
  "according to Ferris's, the deal fell through",
);

/** Words after a name that credit it as an outlet: "X reported". */
export const MEDIA_CUES_AFTER: readonly WordRow[] = w('media-cue-after', 'reported reports first_reported', 'the Doeville Herald reported');

/** Capitalized words that are never actors by themselves (days, months, pronouns, sentence openers). */
export const NOT_ACTORS: readonly WordRow[] = [
  ...w('day', 'monday tuesday wednesday thursday friday saturday sunday', 'on Monday'),
  ...w('month', 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec', 'in January'),
  ...w('opener', 'the a an this that these those it its he she they we i you his her their our my your there here', 'The plan'),
  ...w('opener', 'but and or so yet if when while after before as for with by from to in on at of since although though however meanwhile still also', 'But it failed'),
  ...w('opener', 'some many most no not what why how who where which many several few all both each every other another such', 'Some said'),
  // sentence adverbs: after a quotation's sentence the tagger may read "Then" as a name ("Then Doe said it was fine.")
  ...w('opener', 'then now even thus later instead again soon already perhaps indeed finally therefore hence otherwise nonetheless nevertheless moreover furthermore likewise similarly eventually ultimately', 'Then Doe said it was fine'),
  ...w('generic', 'officials critics lawmakers analysts experts sources observers investors executives users voters residents people', 'Officials said'),
  ...w('generic', 'president secretary minister senator governor mayor leader chairman ceo director spokesperson spokesman spokeswoman', 'The president said'),
  ...w('generic', 'democrats republicans conservatives liberals progressives independents americans westerners', 'Democrats said'),
  ...w('generic', 'government administration company firm app platform agency department court state city country nation', 'The company said'),
  ...w('generic', 'mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov.', 'Mr. Doe'),
  ...w('generic', 'sens sens. reps reps. jr jr. sr sr. editor editors', 'Sens. Doe and Roe; Jane Doe Jr.'),
  ...w('generic', 'muslims christians jews catholics protestants evangelicals hindus buddhists sikhs', 'Muslims said'),
  ...w('generic', 'latinos latinas latinx hispanics millennials boomers islamists jihadists', 'Latinos said'),  // people by origin, generation or creed, like the row above
  ...w('party-word', 'democratic republican democrat independent latino latina hispanic', 'a Democratic senator'),
  // a company officer's title after the company's name, with no name after it ("the former Quaspel Group CEO said")
  ...w('trailing-title', 'ceo ceos cfo coo cto chairman chairwoman cofounder co-founder founder', 'the former Quaspel Group CEO said'),
  // a staff title capitalized after the body's name, with no name after it ("The Kelvale Water Board Official says"): the body, not a body named "... Official"
  ...w('trailing-title', 'official spokesman spokeswoman spokesperson', 'The Kelvale Water Board Official says the pipes are safe; the Harbor Trust Spokesman said'),
  ...w('common-acronym', 'tv mba phd gdp ai ok pm am covid dna api vpn faq ipo esg usb pc ceo cfo coo', 'on TV'),
  ...w('common-acronym', 'suv suvs ev evs atm atms gps lng cpi vat hiv led lcd ufo', 'its compact SUV; EV sales'),
  ...w('common-acronym', 'tty tdd', 'deaf callers may dial the TTY line, 1-800-555-0100'),  // text telephones for the deaf: a line, no body
  ...w('function-word', 'per via amid despite among amongst during until unlike without against toward towards', 'Per the report, ...; Amid the talks'),
  ...w('contraction', "don't can't won't isn't it's i'm we're they're you're i've we've let's that's", "Don't go"),
  ...w('holiday', 'christmas easter thanksgiving ramadan', 'before Christmas'),
];

/** Generational suffixes that close a person's name ("Jane Doe Jr."), though never actors alone. */
export const GENERATION_SUFFIXES: readonly WordRow[] = w('generation', 'jr jr. sr sr.', 'Vice President John Q. Doe Jr. said');

/**
 * Head nouns of documents, laws, lists and programs: a capitalized run ending in one of them names a
 * thing, not a participant ("the Clean Rivers Act", "the Watch List", "Section 12").
 */
export const DOCUMENT_HEADS: readonly WordRow[] = [
  ...w('doc-law', 'act acts bill bills law laws statute code ordinance amendment amendments constitution charter', 'under the Clean Rivers Act'),
  ...w('doc-licence', 'license licence', 'the text is under the Doeville Free Document License'),
  ...w('doc-pact', 'treaty accord accords agreement pact convention protocol deal compact declaration resolution', 'the Harbor Accord was signed'),
  ...w('doc-rule', 'directive regulation regulations rule rules guidelines order mandate doctrine policy framework', 'the Open Data Directive'),
  ...w('doc-list', 'list registry index', 'added to the Watch List'),
  ...w('doc-plan', 'program plan initiative strategy agenda budget scheme', 'the Green Valley Initiative'),
  ...w('doc-text', 'report study memo memorandum manifesto paper papers', 'the Harlow Report found'),
];

/**
 * Cues before an unquoted work title ("a report titled Stranded Capital in the Battery Belt"): the
 * capitalized words after them name the work, not actors. "called"/"named" only after a work noun.
 */
export const WORK_TITLE_CUES: readonly WordRow[] = w('work-title-cue', 'titled entitled headlined', 'a report titled Stranded Capital in the Battery Belt');
export const WORK_NAME_CUES: readonly WordRow[] = w('work-name-cue', 'called named', 'a study called Rivers Without Rain');
export const WORK_NOUNS: readonly WordRow[] = [
  ...w('work-noun', 'report study book film documentary album paper memo podcast novel song essay survey', 'a study called Rivers Without Rain'),
  ...w('work-noun', 'brand brands toy toys product products line range collection show series programme program countdown column blog game', 'a range of cat toys called Pebble Worm'),
];

/** First words of a numbered part of a document ("Section 12", "Article 5", "Title IX"). */
export const DOCUMENT_PARTS: readonly WordRow[] = w('doc-part', 'section article title chapter clause paragraph part schedule', 'under Section 12 of the law');

/** Verbs after a document-like name that show it names a body after all ("the Harlow Initiative said"). */
export const BODY_VERBS: readonly WordRow[] = w('body-verb', 'said told announced warned urged argued', 'the Harlow Initiative said');

/**
 * Plural nouns of local places that open a list of their names ("the counties are Kells, Harlow and Doe
 * Valley"; "the towns of Kells and Harlow"): the names listed after them are locations, not actors.
 */
export const PLACE_PLURALS: readonly WordRow[] = w('place-plural', 'counties parishes boroughs districts provinces municipalities townships cities towns villages prefectures', 'the counties are Kells, Harlow and Doe Valley');

/** Prepositions that make a capital city a place ("in Washington") rather than a government. */
export const LOCATIVES: readonly WordRow[] = w('locative', 'in at to from near across outside inside around visit visited visiting into toward towards via through', 'a meeting in Beijing');

/**
 * Institution nouns after a demonym that name a body of that country, kept with the demonym
 * ("the Freedonian Embassy in Ruritania", "the Freedonian Trade Ministry"): an organization, not the country.
 */
/** Lower-case heads that act for the country whose short form qualifies them ("U.S. officials", "the US government"): the country stays an actor. */
export const COUNTRY_ACTING_HEADS: readonly WordRow[] = w(
  'country-acting-head',
  'government governments administration officials official authorities military army navy forces force troops soldiers diplomats diplomat embassy envoy envoys negotiators delegation intelligence agencies agency regulators prosecutors lawmakers leaders president ambassador',
  'U.S. officials said the talks would go on',
);

export const DEMONYM_BODY_HEADS: readonly WordRow[] = w(
  'demonym-body',
  'embassy consulate consulate_general high_commission mission ministry foreign_ministry trade_ministry defense_ministry defence_ministry finance_ministry commerce_ministry interior_ministry',
  'a spokesperson for the Freedonian Embassy in Ruritania said',
);

/** Demonym-body heads whose name goes on through "in <Place>" ("the Freedonian Embassy in Ruritania", "the Freedonian Consulate General in Doeville", "the U.N. Mission in Doeland"). */
export const POSTED_BODY_HEADS: readonly WordRow[] = w('posted-body', 'embassy consulate mission', 'a spokesperson for the Freedonian Consulate in Doeville said');
/** The word that takes a posted body's place into its name ("the Freedonian Embassy in Ruritania"). */
export const POSTED_BODY_LINKS: readonly WordRow[] = w('posted-link', 'in', 'a spokesperson for the Freedonian Consulate in Doeville said');

/** Court words after an ordinal that name a federal appeals circuit ("the 8th Circuit", "the Ninth U.S. Circuit Court of Appeals"). */
export const CIRCUIT_WORDS: readonly WordRow[] = w('circuit', 'circuit', 'the 11th U.S. Circuit Court of Appeals ruled; the 11th Circuit agreed');

/**
 * Words that make a name an agency even when credited like an outlet ("according to Statistics Freedonia"):
 * with one of these or an institution head, a credit cue does not make it media.
 */
export const AGENCY_WORDS: readonly WordRow[] = w('agency-word', 'statistics census survey', 'according to Statistics Freedonia');

/** Prepositions before "<Name> Law" that make it a law school, not a statute ("a professor at Doeville Law"). */
export const SCHOOL_PREPOSITIONS: readonly WordRow[] = w('school-prep', 'at', 'a professor at Doeville Law');

/** Words after a demonym that make it name the country's government ("the Chinese government"). */
export const GOVERNMENT_NOUNS: readonly WordRow[] = w('government-noun', 'government administration authorities regime', 'the Chinese government said');
/** Links between a government noun and a country's name that make the phrase name the government ("the government of Doeland", "the authorities of the Kells Islands"). */
export const GOVERNMENT_LINKS: readonly WordRow[] = w('government-link', 'of of_the', 'the government of Doeland said; the authorities of the Kells Islands said');

/** Plural endings: a demonym's plural ("Doelanders"), a one-word group's plural beside its bare word ("the Quaspels" beside "Quaspel rebels"). */
export const PLURAL_SUFFIXES: readonly WordRow[] = w('plural-suffix', 's', 'Doelanders said; the Quaspels and Quaspel fighters');

/** Lower-case tails that make a place name an organization ("the Doeville city council"). */
export const LOCAL_BODY_TAILS: readonly WordRow[] = w(
  'local-body',
  'state_assembly state_legislature state_senate state_house state_government city_council town_council county_council county_board county_commission school_board city_hall police_department fire_department provincial_government regional_government district_court',
  'the Doeville city council voted',
);

/** US state postal and AP abbreviations: "Kansas City, Mo." is a place, the abbreviation no actor. */
export const STATE_ABBREVIATIONS: readonly WordRow[] = w(
  'state-abbrev',
  'ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn. miss. mo. mont. neb. nev. okla. ore. pa. tenn. tex. va. vt. wash. wis. wyo. n.c. s.c. n.y. n.j. n.h. n.m. n.d. s.d. r.i. w.va. d.c.',
  'Springfield, Mo.',
);

/** Lower-case words after a hyphen that end a name compound, not a name part ("Doe-backed"). */
export const HYPHEN_MODIFIERS: readonly WordRow[] = w(
  'hyphen-modifier',
  'led backed based era style born owned made like free run linked funded supported controlled allied friendly aligned leaning appointed',
  'a Doe-backed bill',
);

/** Epithets after "the" that belong to a ruler's or saint's name ("Peter the Great", "Pliny the Elder"). */
export const EPITHETS: readonly WordRow[] = w('epithet', 'great elder younger bold wise pious good fair just conqueror confessor magnificent terrible lionheart', 'Tsar Peter the Great');

/** Particles that are also number words: inside a name only, between capitalized words ("Erik ten Doe"); never opening one ("ten Doeland voters"). */
export const INNER_NAME_PARTICLES: readonly WordRow[] = w('name-particle', 'ten', 'the club hired Erik ten Doe');

/** Lower-case particles inside personal names ("Ludwig van Doe", "Abu bin Doe"). */
export const NAME_PARTICLES: readonly WordRow[] = [
  ...w('name-particle', 'de da di del du la le van von der bin al el ibn', 'Maria de la Doe'),
  ...w('name-particle', 'des dos das della delle degli', 'Institut des Quaspel; Joao dos Quaspel'),
  ...w('name-particle', 'den ter', 'Joop den Quaspel; Anna ter Roe'),
  ...INNER_NAME_PARTICLES,
];

/**
 * Dutch particles with the elided article \'t ("het") inside personal names: the pair joins a name only
 * between two capitalized words ("Jacobus van 't Quaspel", "Sophie in 't Doe"); "in" alone never does
 * ("Ann Roe in Doeland"). The apostrophe may be straight or curly.
 */
export const ELIDED_PARTICLES: readonly WordRow[] = w('elided-particle', "van_'t in_'t op_'t", "Jacobus van 't Quaspel; Sophie in 't Doe said");


/** Party initials hyphened to a state after a legislator's name ("Sen. Jane Doe, R-Texas,"), written in capitals. */
export const PARTY_INITIALS: readonly WordRow[] = w('party-initial', 'R D I', 'Sen. Jane Doe, R-Texas, and Rep. John Roe, D-N.Y.');

/** Institution words that continue a name after a possessive ("St. Quaspel's Hospital", "Visitors' Center"). */
export const POSS_ORG_HEADS: readonly WordRow[] = w(
  'poss-org-head',
  'college school hospital center centre church cathedral institute society club league union guild university academy fund trust foundation association office department',
  "St. Quaspel's Hospital said; the Visitors' Center opened; the Doe County Sheriff's Office said; the Attorney General's Office said",
);

/**
 * Collective nouns for people whose possessive opens or goes on in a body's name ("Doeland Workers' Party",
 * "People's Quaspel Units", "Women's Quaspel Center", "Doeland Farmers' Union"): the run goes on after them.
 */
export const POSS_NAME_WORDS: readonly WordRow[] = [
  ...w('poss-name-word', 'people peoples workers farmers women teachers veterans nurses', "the Doeland Workers' Party said; the People's Quaspel Front"),
  ...w('poss-name-word', 'bishops doctors citizens students physicians governors mayors employers journalists lawyers miners', "the Doeland Bishops' Conference said; the Quaspel Journalists' Federation"),
];

/** Links that tie an institution word to the rest of its name ("Bank of X", "Fund for X", "Board on X"). */
export const NAME_LINKS: readonly WordRow[] = w('name-link', 'of for on', 'the Board on Doeland Rivers');

/** The links after which "and" or a second link still continues a name ("Center for X and Y", "Court of the State of X"); "on" links only right after an institution word. */
export const HEAD_LINKS: readonly WordRow[] = w('head-link', 'of for', 'the Center for Quaspel Studies and Doeland Policy');

/** Small words a name's capitalized run may hold before its last link (read back from "and" or a link: "Court of the State of X"). */
export const NAME_CONNECTORS: readonly WordRow[] = w('name-connector', 'of for on and the', 'the Court of the State of Doeland');

/** Small words between the capitalized words of a show's title ("Breakfast in the Valley", "Face the Town"). */
export const SHOW_TITLE_WORDS: readonly WordRow[] = w('show-word', 'the of and a in on', "Acme's Breakfast in the Valley");

/** Articles an appositive role may open with ("Jane Doe, the finance minister, said"). */
export const ROLE_ARTICLES: readonly WordRow[] = w('role-article', 'the a an', 'Jane Doe, the finance minister, said');

/** First-person words: a line without a stop that has one is an answer, not a headline ("Tomas and I built it together"). */
export const FIRST_PERSON_WORDS: readonly WordRow[] = w('first-person', "i i'm i\u2019m i've i'd i'll me my", 'Tomas and I built it together');

/** Small words a title-case line may leave in lower case ("Doe Wins a Vote on the Bay"). */
export const TITLE_CASE_SMALL_WORDS: readonly WordRow[] = w('title-small', 'a an the of and or for to in on at by with if as vs', 'Doe Wins a Vote on the Bay');

/** Legal and corporate last words a company's short name drops ("Quorvex Corp." -> "Quorvex"). */
export const CORPORATE_SUFFIXES: readonly WordRow[] = w('corporate-suffix', 'inc. inc corp. corp co. ltd. ltd llc plc group holdings labs corporation company', 'Quorvex Corp. said; Quorvex said later');

/** Pronouns after a name's saying verb that show whether it is a person or a body ("Quorvex said he", "Quorvex said it"). */
export const PERSONAL_PRONOUNS: readonly WordRow[] = w('personal-pronoun', 'he she his her him hers', 'Quaspel said he would stay');
export const NEUTER_PRONOUNS: readonly WordRow[] = w('neuter-pronoun', 'it its they their them', 'Quaspel said it would stay');

/** Prepositions of place before a short name ("in Kells", "near Doeville"). */
export const PLACE_PREPOSITIONS: readonly WordRow[] = w('place-prep', 'in near outside inside across around', 'a rally near Doeville');

/** Links inside an office's name after a title ("Secretary of State for Rivers and Roads"). */
export const TITLE_LINKS: readonly WordRow[] = w('title-link', 'of for and', 'the Secretary of State for Rivers and Roads');

/** Small words inside a work's title ("a book called Rivers of the North"). */
export const WORK_TITLE_JOINS: readonly WordRow[] = w('work-title-join', 'of the a an and in for on to at with from', 'a book called Rivers of the North');

/** Words that make a title a lesser office, not the office a role noun stands for ("deputy secretary": no "the secretary"). */
export const ROLE_QUALIFIERS: readonly WordRow[] = w('role-qualifier', 'vice deputy assistant under former acting associate', 'Deputy Secretary Jane Doe; the secretary');

/** Verbs right after a capitalized sentence opener that show it names someone ("Quorvex said"). */
export const SAY_VERBS: readonly WordRow[] = w(
  'say-verb',
  'said says told announced reported added confirmed declined agreed warned argued denied noted stated wrote tweeted posted',
  'Quorvex said on Monday',
);

/** Legislatures whose committees carry "and" in their names ("Senate Farms and Forests Committee"). */
export const LEGISLATURE_WORDS: readonly WordRow[] = w('legislature', 'senate house assembly', 'the Senate Farms and Forests Committee');
export const COMMITTEE_WORDS: readonly WordRow[] = w('committee', 'committee subcommittee caucus', 'the House Ways and Means Committee');
/** Words that open an institution's name when it ends in a head ("Government Signals Bureau", "National Weather Service"). */
export const INSTITUTION_QUALIFIERS: readonly WordRow[] = w('qualifier', 'government national federal state', 'the Government Signals Bureau said');
/** Adjectives of institutions: alone they modify a noun ("a Congressional panel", "a Federal judge"), no actor; in a longer name they stay. */
export const INSTITUTION_ADJECTIVES: readonly WordRow[] = w('institution-adjective', 'congressional presidential parliamentary gubernatorial senatorial judicial legislative ministerial federal', 'testified before a Congressional panel');

/** A verb right before a lone unknown name that credits it as an outlet ("the agency told Ledger on Monday"), unless the name is a person's. */
export const MEDIA_TOLD_CUES: readonly WordRow[] = w('media-told', 'told', 'the ministry told Flashpoint on Monday');

/**
 * Offices named after their holder ("the Quaspel administration", "the Doe presidency"): the name before one
 * is the person who holds it, not an organization of its own (issue 16). "campaign" and "family" are left out:
 * "the Pepsi campaign", "the Bernoulli family" (a family is a group GUM counts as an organization).
 */
export const LEADER_OFFICES: readonly WordRow[] = w('leader-office', 'administration administrations presidency premiership', 'the Quaspel administration said');

/**
 * Offices that end a role phrase written in capitals without a name after it ("the Doeland Governor's bid",
 * "Freedonia's Harbour Affairs Secretary, Mara Quell,", "Quaspel Party MP (Member of Parliament) Ivo Doe"): the run
 * is the role, not an actor. Only offices of government: "Union Leader", "Editor", "Chief" end outlets' and
 * teams' names.
 */
export const OFFICE_TITLES: readonly WordRow[] = w('office-title', 'governor senator secretary minister mp', "the Doeland Governor's bid for a second term");

/** Legal forms of companies: alone ("Acme Corporation, Inc.") they name nothing of their own. */
export const LEGAL_FORMS: readonly WordRow[] = w('legal-form', 'inc inc. corp corp. co co. ltd ltd. llc llp lp plc ag sa nv bv gmbh', 'Acme Corporation, Inc. et al.');
