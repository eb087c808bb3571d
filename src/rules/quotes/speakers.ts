/**
 * Quote speakers where the quote's own sentence has no reporting frame (DATA ONLY, engine syntax;
 * src/extract/quotes/clause-speaker.ts applies them). The capture is the quotation's words; the
 * range is its sentence. A row that holds names the clause whose subject speaks: the last clause
 * before the quotation (`before`: "X embraced the idea -- '...'", "X continued: '...'") or the
 * clause right after a quotation that opens its sentence (`after`: '"...," X laughed.'). The subject
 * must resolve to someone (a name, or a pronoun or role its chain names); a group or a thing
 * speaks nothing here, so the row does not decide.
 */
import { table, type Rule } from '../../engine/rule.js';
import type { MatchEnv } from '../../engine/pattern.js';
import { REPORTING_VERBS } from '../attribution/verbs.js';
import { ATTRIBUTION_NOUNS } from '../attribution/phrases.js';

export interface SpeakerFallback {
  /** where the speaking clause stands relative to the quotation, or the name that opens a headline line (`opening`) */
  clause: 'before' | 'after' | 'opening';
  /** who may speak it: anyone the subject resolves to (null), or only a person (a short term set off in quotes) */
  who: 'person' | null;
  /** the quotation is the clause's report: a claim of the speaker, its cue the clause's verb (where no frame made one) */
  claim: boolean;
}

/** Short words that stay lower case in a Title Case name: a quoted title is not a fragment of speech. */
const TITLE_CASE = '[(@cap|%title-small%)+]';
/** A quotation of at most four words: a term set off in quotes unless a person is said to have chosen it. */
const SHORT = '[. .? .? .?]';

const rows: Rule<SpeakerFallback>[] = [
  {
    id: 'quotes.speaker.colon-clause', match: ': [.+]', then: { clause: 'before', who: null, claim: true },
    example: 'The crowd cheered, and then Ann Roe went on: "We will win this fight in the fall."',
    counter: 'The crowd cheered, and then the screen went dark: "We will win this fight in the fall."',
    note: 'a colon hands the quotation to the clause before it; a thing that "went dark" names no speaker',
  },
  {
    id: 'quotes.speaker.colon-opening', match: ': [.+]', then: { clause: 'opening', who: 'person', claim: false },
    example: 'Ann Roe heckles the harbor crew: "You are all being silly today."\n\nRoe later left the pier.',
    counter: 'The harbor crew booed Ann Roe for an hour: "You are all being silly today."\n\nRoe later left the pier.',
    note: 'a line that opens with a person\'s name and hands a quotation on with a colon, where no clause before the colon names a speaker (a headline\'s verb read as a noun, "Roe on the vote: ..."): the person speaks it',
  },
  {
    id: 'quotes.speaker.quote-then-clause', match: '^ [.+]', unless: [TITLE_CASE], then: { clause: 'after', who: null, claim: true },
    example: '"We will win this fight in the fall," Ann Roe laughed.',
    counter: '"We will win this fight in the fall," the banner read.',
    note: 'the clause right after a sentence-opening quotation (its subject next to the closing mark) is its speaker\'s, whatever the verb; a Title Case name opening the subject (\'"Harbor Lights" star Ann Roe turned ...\') is no utterance',
  },
  {
    id: 'quotes.speaker.clause-subject', match: '. [.+]', unless: [SHORT, TITLE_CASE], then: { clause: 'before', who: null, claim: false },
    example: 'Ann Roe also embraced the new tax plan -- "the best idea in a decade."',
    counter: 'The new tax plan also embraced a "best idea in a decade" clause.',
    note: 'a quoted fragment inside a clause whose verb reports nothing: the clause\'s subject chose the words',
  },
  {
    id: 'quotes.speaker.headline', match: '^ @headlineLine .* [.+]', then: { clause: 'opening', who: 'person', claim: false },
    example: 'Roe Sees Ferry Deal As "A Real Win For The Town."\n\nMayor Ann Roe spoke to the harbor crew on Monday.',
    counter: 'Harbor Board Sees Ferry Deal As "A Real Win For The Town."\n\nMayor Ann Roe spoke to the Harbor Board on Monday.',
    note: 'a headline line (one sentence, its own paragraph, in Title Case) quotes the person whose name opens it, whatever its verb: Title Case tells nothing there and its verbs are often read as nouns; an organization or a place opening it names no speaker here',
  },
  {
    id: 'quotes.speaker.term-of-person', match: '. [.+]', unless: [TITLE_CASE], then: { clause: 'before', who: 'person', claim: false },
    example: 'In the speech Ann Roe branded the levy as "a plain robbery" twice.',
    counter: 'The agency listed the levy as "a plain robbery" in its filing.',
    note: 'a short quoted term in the clause of a person: the words the person chose ("called them \'cowards\'"); a body\'s designation is a scare quote',
  },
];

export const QUOTE_SPEAKER_FALLBACKS = table('quotes.speaker', 'quotes', rows);

/**
 * Words that open a complement clause: a quoted fragment in "Ann Roe made the point that the levy
 * would be "a plain robbery"" is Ann Roe's words, so the clauses read `before` a quotation try the
 * governing clauses first and a clause inside a complement (rows QUOTE_COMPLEMENTS) last.
 */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that']);

/**
 * A clause inside a complement (the candidate is the clause's subject phrase, the range its
 * sentence): a complementizer stands between a verb before it and its subject, past asides
 * (`after-verb`), or opens the subject phrase as the clause layer reads it (`opening`).
 */
const complements: Rule<'governed'>[] = [
  {
    id: 'quotes.complement.after-verb', match: '#Verb .* %complementizer% .* [.+]', then: 'governed',
    example: 'Ann Roe made the point in May that, after the vote, Tom Hale was "a plain robber of the fishermen" at heart.',
    counter: 'Ann Roe made the point in May, and after the vote Tom Hale was "a plain robber of the fishermen" at heart.',
    note: 'the fragment is in the complement of "made the point": the governing clause\'s subject chose the words',
  },
  {
    id: 'quotes.complement.opening', match: '#Verb .* [%complementizer% .+]', then: 'governed',
    example: 'Ann Roe made the point that Tom Hale was "a plain robber of the fishermen" this year.',
    counter: 'Ann Roe made the point, and Tom Hale was "a plain robber of the fishermen" this year.',
    note: 'the clause layer may read "that" as the first word of the complement\'s subject',
  },
];

export const QUOTE_COMPLEMENTS = table('quotes.complement', 'quotes', complements);

/**
 * Lines next to a quotation that fills its sentence and has no frame (the candidate is the whole
 * neighbouring sentence): a line that ends in a colon introduces it ("Ann Roe released the
 * following statement:", "Stated Ann Roe:"), its speaker the nearest clause subject that names
 * someone; a dash line right after it credits it ("— Ann Roe."), its speaker the name; a line
 * right after a quotation that ends in "?" or "!" ('"Why?" Hale asked.', cut in two by the splitter)
 * is read as the clause after the quotation, its subject opening the line; a line of capitals right before it
 * credits it, as a broadcast transcript does ("ANN ROE, HARBOR CHIEF"), its speaker the person of that surname.
 */
export interface SpeakerLead {
  /** which sentence: the one before the quotation's, or the one after */
  line: 'previous' | 'next';
  /** how it names the speaker: a clause's subject, the name the line consists of, the subject opening the line right before its verb, a person who is the subject of a clause of the line (`person`), or the person whose surname is one of the line's first two words (`surname`) */
  read: 'clause' | 'name' | 'opening' | 'person' | 'surname';
  /** the line credits the quotation: a claim of the speaker, its cue the dash that opens the line (where no frame made one) */
  claim: boolean;
}

/**
 * Words that tell of a speech: every form of the reporting verbs and the attribution nouns, and the
 * words for the act of speaking itself ("spoke", "speech", "interview"). A line that holds one and
 * whose subject is a person leads into the quotation that fills the next line or paragraph.
 */
export const SPEECH_WORDS: ReadonlySet<string> = new Set([
  ...REPORTING_VERBS.flatMap((r) => r.forms),
  ...ATTRIBUTION_NOUNS.flatMap((r) => r.nouns),
  ...'speak speaks spoke spoken speaking speech speeches interview address remarked message'.split(' '),
]);

const leads: Rule<SpeakerLead>[] = [
  {
    id: 'quotes.lead.after-cry', match: '[@afterCry .+]', then: { line: 'next', read: 'opening', claim: false },
    example: 'Tom Hale spoke at the pier.\n\n"Will the pier hold?" Hale wondered aloud.',
    counter: 'Tom Hale spoke at the pier.\n\n"Will the pier hold?" The storm will decide.',
    note: 'a quotation ending in "?" or "!" and a capitalized subject after it make two sentences; the clause that opens the second, its subject right before its verb, speaks the quotation as in \'"...," Hale said\'',
  },
  {
    id: 'quotes.lead.colon-line', match: '[.+] : $', then: { line: 'previous', read: 'clause', claim: false },
    example: 'When the mill closed, Mayor Ann Roe released the following statement:\n\n"Our town will rebuild, as it always has."',
    counter: 'When the mill closed, Mayor Ann Roe released a statement.\n\n"Our town will rebuild, as it always has."',
  },
  {
    id: 'quotes.lead.speech-line', match: '.* %speech% .*', then: { line: 'previous', read: 'person', claim: false },
    example: 'The storm passed over the harbor on Monday.\n\nTom Hale spoke at length about the pier during the interview.\n\n"We have to be a lot more careful with the money this time."',
    counter: 'The storm passed over the harbor on Monday.\n\nTom Hale walked along the pier for an hour on Monday.\n\n"We have to be a lot more careful with the money this time."',
    note: 'a line that tells of a person speaking (a reporting verb or noun, "spoke", "his remarks"), with no frame of its own, leads into the quotation that fills the next line: the person is its speaker',
  },
  {
    id: 'quotes.lead.dash-credit', match: '[@dashLine @cap*]', then: { line: 'next', read: 'name', claim: true },
    example: 'The debate went on for hours.\n\n"We will rebuild the pier before the winter storms."\n\n- Ann Roe.',
    counter: 'The debate went on for hours.\n\n"We will rebuild the pier before the winter storms."\n\nAnn Roe left early.',
    note: 'a quotation credited on its own line, as under an epigraph',
  },
  {
    id: 'quotes.lead.dash-credit-aside', match: '[@dashLine @cap+ , (#Gerund|#Noun|#Adjective|#Determiner|#Preposition|#Possessive|@cap)+]', then: { line: 'next', read: 'name', claim: true },
    example: 'The debate went on for hours.\n\n"We will rebuild the pier before the winter storms."\n\n- Tom Hale, harbor master.',
    counter: 'The debate went on for hours.\n\n"We will rebuild the pier before the winter storms."\n\n- Tom Hale, who chairs the board, left early.',
    note: 'the same credit line with the speaker\'s role or occasion after a comma ("- Ann Roe, mayor of Dunmore.", "-Mayor Ann Roe, speaking after the vote."); a clause after the name is narration',
  },
  {
    id: 'quotes.lead.caps-credit', match: '^ [@caps @caps+] $', then: { line: 'previous', read: 'surname', claim: false },
    example: 'Talks on the harbor toll went on. Tom Hale chairs the harbor board.\nTOM HALE, CHAIR OF THE HARBOR BOARD\n"We are looking at whether a new toll would help the town."',
    counter: 'Talks on the harbor toll went on. Tom Hale chairs the harbor board.\nTHE HARBOR BOARD MEETS\n"We are looking at whether a new toll would help the town."',
    note: 'a broadcast transcript credits the sound bite that follows on a line of capitals: the speaker\'s name, then the role; the person the text names with that surname speaks it (a line of capitals naming no one credits nothing)',
  },
];

export const QUOTE_SPEAKER_LEADS = table('quotes.lead', 'quotes', leads);

/**
 * A quotation without a speaker of its own goes on with an earlier statement's (the capture is the
 * quotation's words, the range its sentence): opening its sentence right after a sentence that a
 * statement closes, in the same paragraph or the next (`closing`: 'Voss said: "We won." "They lost."');
 * a clause quoted inside the next sentence of that paragraph, in no frame and with no other subject
 * (`closingFragment`: '"We won," Voss said. For the crews, "the season is lost."');
 * filling its sentence later in the paragraph of a statement with a speaker, when no other person is
 * the subject of a clause between them (`paragraph`: '"We won," Voss said. She smiled. "They lost."');
 * filling a paragraph of its own that reports nothing, right after a sentence holding a statement
 * (`quoteParagraph`: 'Voss walked us through "the finest harbor" on Friday. ¶ "We have to be careful."'),
 * or a statement earlier in that paragraph when the narration after it still speaks of the speaker
 * (`quoteParagraphLater`: '"We won," Voss said. The crews would knock on her door. ¶ "They would ask me."');
 * last, filling a paragraph of its own that reports nothing, right before a paragraph that opens with a
 * quotation its attribution names (`nextOpening`: '"We have to be careful." ¶ "The dam held," Voss said.'):
 * the claim of that attribution already runs back over it (src/extract/claims/extend.ts, extendBack).
 */
export interface SpeakerCarry {
  from: 'closing' | 'closingFragment' | 'paragraph' | 'quoteParagraph' | 'quoteParagraphLater' | 'nextOpening' | 'introduced';
}

const carries: Rule<SpeakerCarry>[] = [
  {
    id: 'quotes.carry.closing', match: '^ [.+]', then: { from: 'closing' },
    example: 'Mara Voss spoke at the pier on Monday.\n\n"The dam held," Voss said. "We were lucky." "Next year we build higher."',
    counter: 'Mara Voss spoke at the pier on Monday.\n\n"The dam held," Voss said. The crowd then left the pier.\n\n"Next year we build higher."',
  },
  {
    id: 'quotes.carry.closing-fragment', match: '[.+]', unless: ['^ [.+]'], then: { from: 'closingFragment' },
    example: 'Mara Voss runs the harbor board.\n\n"The dam held," Voss said. For the fishing crews, though, "the season is already lost."',
    counter: 'Mara Voss runs the harbor board.\n\n"The dam held," Voss said. For the fishing crews, though, the season is "lost."',
    note: 'a clause quoted inside the next sentence of the paragraph, in no frame and beside no other person, goes on in the speaker\'s words; a short term set off in quotes stays a scare quote',
  },
  {
    id: 'quotes.carry.paragraph', match: '^ [.+]', then: { from: 'paragraph' },
    example: '"The dam held," Mara Voss said. She has run the harbor board for ten years. "Next year we build higher."',
    counter: '"The dam held," Mara Voss said. Then Tom Hale took the stage. "Next year we build higher."',
    note: 'the quoted sentences of one paragraph are one speaker\'s unless someone else is brought in',
  },
  {
    id: 'quotes.carry.quote-paragraph', match: '^ [.+]', then: { from: 'quoteParagraph' },
    example: 'Mara Voss spoke at the pier.\n\nVoss walked the crowd through "the finest harbor in the whole state" on Friday.\n\n"We have to be a lot more careful with the money this time."',
    counter: 'Mara Voss spoke at the pier.\n\nVoss walked the crowd through "the finest harbor in the whole state" on Friday. The crowd left.\n\n"We have to be a lot more careful with the money this time."',
    note: 'a paragraph that is only a quotation goes on with the speaker quoted in the last sentence of the paragraph before it, even where that statement does not close its sentence',
  },
  {
    id: 'quotes.carry.quote-paragraph-later', match: '^ [.+]', then: { from: 'quoteParagraphLater' },
    example: 'Mara Voss spoke at the pier.\n\n"The dam held this year," Voss said. When the storms came, the fishing crews would knock on her door.\n\n"They would ask me whether the harbor would still be there next spring."',
    counter: 'Mara Voss spoke at the pier.\n\n"The dam held this year," Voss said. When the storms came, Tom Hale would knock on her door.\n\n"They would ask me whether the harbor would still be there next spring."',
    note: 'a quotation-only paragraph goes on with the statement of the paragraph before it, also where narration that still speaks of the speaker ("her door") follows that statement, unless it brings in someone else; narration about something else ends the speech',
  },
  {
    id: 'quotes.carry.next-opening', match: '^ [.+]', then: { from: 'nextOpening' },
    example: 'The storm passed over the harbor on Monday.\n\n"We have to be a lot more careful with the money this time."\n\n"The dam held, but only just," Mara Voss said.',
    counter: 'The storm passed over the harbor on Monday.\n\n"We have to be a lot more careful with the money this time."\n\nThe dam held, but only just, Mara Voss said.',
    note: 'a speech quoted over paragraphs, its attribution in the second: the quotation-only paragraph before it is the same speaker\'s, as its claim is',
  },
  {
    id: 'quotes.carry.introduced', match: '^ [.+]', then: { from: 'introduced' },
    example: 'The museum opened a new hall on Monday.\n\nAnn Roe is the curator of insects at the museum. She led the team that found the beetle.\n\n"Think about these forests at night. Everything is wet and dark, and nothing wants to be found."',
    counter: 'The museum opened a new hall on Monday.\n\nAnn Roe is the curator of insects at the museum. Tom Hale led the team that found the beetle.\n\n"Think about these forests at night. Everything is wet and dark, and nothing wants to be found."',
    note: 'a paragraph that introduces one person (its first sentence says who they are: "X is the curator of ..."; no one else the subject of a clause, no quotation, no report naming another), then a quotation-only paragraph: the person introduced speaks, as feature stories and broadcast scripts write it; a paragraph that only narrates ("Tom Hale walked to the pier.") credits no one (quote cases no-dash-no-credit, no-speech-line-no-lead); a second example from another text: "Bo Lindqvist is the captain of the ferry from Oban. He has sailed it for thirty years. ¶ \"The sea here changes in minutes.\""',
  },
];

export const QUOTE_CARRY = table('quotes.carry', 'quotes', carries);

/**
 * An attribution noun inside an earlier verb's report whose quotation is the verb's, not the noun's
 * (the candidate is the noun cue's words, the range its sentence): a topic phrase after the noun
 * ("Hale's remarks about the judge") leaves the quotation after it to the verb's complement ('Roe
 * called Hale's remarks about the judge "racist"'); a noun whose complement holds the quotation
 * ("Hale's statement that the port was "a fine start"") keeps it.
 */
/** Which frames a row lets yield (by their cue's kind). */
export interface FrameYield {
  /** the frame's cue kinds it applies to: a reporting verb, an attribution noun, a credit phrase */
  kinds: Array<'verb' | 'noun' | 'credit'>;
}

const nounTopics: Rule<FrameYield>[] = [
  {
    id: 'quotes.frame.noun-topic', match: '[.+] (about|regarding|concerning) .+ "', then: { kinds: ['noun'] },
    example: 'Speaker Ann Roe on Tuesday called Tom Hale\'s remarks about a local judge "racist and wrong," a rare rebuke.',
    counter: 'Speaker Ann Roe on Tuesday cited Tom Hale\'s statement that a local judge was "racist and wrong," a rare rebuke.',
    note: 'the quotation is the object complement of "called", after the noun phrase "remarks about a local judge"',
  },
];

export const QUOTE_NOUN_TOPICS = table('quotes.frame', 'quotes', nounTopics);

/**
 * A report inside an aside set off by dashes, right before a quotation that opens after the aside
 * (the candidate is the report's cue, the range its sentence): the quotation is the outer report's,
 * not the aside's ('Tom Hale commented on the vote — which the Ledger noted as unusual — "We ..."').
 */
const asides: Rule<FrameYield>[] = [
  {
    id: 'quotes.aside.dash', match: '— .* [.+] .* — "', then: { kinds: ['verb', 'noun', 'credit'] },
    example: 'Harbor chief Tom Hale commented on the vote — which the Ledger noted as a rare step for him — "The pier stays closed until the spring."',
    counter: 'Harbor chief Tom Hale commented on the vote — and the Ledger noted that it was "a rare step for him" this year.',
    note: 'the second dash closes the aside; the quotation after it goes back to "commented"',
  },
];

export const QUOTE_ASIDES = table('quotes.aside', 'quotes', asides);

/**
 * A report inside a relative clause (the candidate is the first word of the report's source phrase, the
 * range its sentence): "a clip that Judge Ann Roe called "cruel"" reports only up to the main clause that
 * follows; a quotation after that clause's verb is the main clause's ("..., Tom Hale demanded "an apology"").
 * The stage checks that such a clause, its own subject outside quotations, stands between the report and
 * the quotation.
 */
const relativeReports: Rule<true>[] = [
  {
    id: 'quotes.relative.report', match: '#Noun (that|which|whom) #Determiner? [.]', then: true,
    example: 'In a letter that Judge Ann Roe called "cruel," Tom Hale demanded "an apology from the board."',
    counter: 'Tom Hale kept the letter, which Judge Ann Roe called "cruel and needless," for a year.',
    note: 'the second quotation follows the main clause "Tom Hale demanded", not the relative clause; in the counter-example no main clause stands between "called" and the quotation. A second text: "After a vote that Senator Bo Lind called \"a sham,\" Mara Voss filed papers for \"an appeal before the spring session.\""',
  },
];

export const QUOTE_RELATIVE_REPORTS = table('quotes.relative', 'quotes', relativeReports);

/**
 * A quotation whose frame's source is a share of respondents ("75 percent of voters said", "Six in 10
 * said") in a sentence that names the survey they answered: the survey speaks, as a described source
 * keeps its phrase (SCHEMA). The candidate is the share frame's source phrase (QUOTE_SHARES), then the
 * survey: a fronted "In a <survey>," (QUOTE_SURVEYS proposes it in the sentence) or an earlier report
 * whose content covers the quotation and whose source is a survey ("a new poll finds that 40 percent
 * say ...": QUOTE_SURVEY_SOURCES on that frame's source phrase). A share with no survey in its sentence
 * keeps its phrase ("Asked about the plan, 60 percent said it was \"too costly\"").
 */
export const SURVEY_ENV: MatchEnv = { lexicons: new Map([['survey', new Set('poll polls survey surveys'.split(' '))]]) };

const shares: Rule<true>[] = [
  {
    id: 'quotes.share.percent', match: '[.* (percent|@percent) .*]', then: true,
    example: 'In a Harbor Ledger poll taken in May, 62 percent of the riders said the new fares were "simply too high."',
    counter: 'In a Harbor Ledger poll taken in May, most of the riders said the new fares were "simply too high."',
    note: 'a share given in percent; a second text: "In an Ostland Radio survey, some 41% of farmers said the levy was \"a burden they cannot carry.\""',
  },
  {
    id: 'quotes.share.count', match: '[(about|some|nearly|almost|just|only|roughly)? #Value .*]', unless: ['[.* (percent|@percent) .*]'], then: true,
    example: 'A new Dunmore Times survey finds that about seven in 10 residents say the ferry is "worth every penny."',
    counter: 'A new Dunmore Times survey finds that Mayor Ann Roe says the ferry is "worth every penny."',
    note: 'a share given as a count out of a number ("Seven in 10 residents", "about four in 10"); a second text: "In a Riverton Post poll, about three in 10 nurses said their shifts were \"longer than ever.\""',
  },
];

export const QUOTE_SHARES = table('quotes.share', 'quotes', shares);

const surveys: Rule<true>[] = [
  {
    id: 'quotes.survey.fronted', match: '^ in (a|an)? [{!@hasComma}* %survey%]', then: true,
    example: 'In a Harbor Ledger poll taken in May, 62 percent of the riders said the new fares were "simply too high."',
    counter: 'In a letter taken to the board in May, 62 percent of the riders said the new fares were "simply too high."',
    note: 'the survey named by the fronted phrase, up to its head noun ("Harbor Ledger poll"); a letter or a statement is no survey: its share of signers keeps its phrase',
  },
];

export const QUOTE_SURVEYS = table('quotes.survey', 'quotes', surveys);

const surveySources: Rule<true>[] = [
  {
    id: 'quotes.survey-source.head', match: '[.* %survey%]', then: true,
    example: 'A new Dunmore Times survey finds that about seven in 10 residents say the ferry is "worth every penny."',
    counter: 'A new Dunmore Times editorial finds that about seven in 10 residents say the ferry is "worth every penny."',
    note: 'an earlier report whose source phrase ends in a survey noun; a second text: "The Riverton poll also finds that, while 30 percent of nurses say the shifts are \"too long,\" most stay."',
  },
];

export const QUOTE_SURVEY_SOURCES = table('quotes.survey-source', 'quotes', surveySources);
