/**
 * Retag rows (DATA ONLY), applied by the retag stage right after parse (src/refine/retag.ts): words that
 * compromise tags in a way every later stage would misread get the tags of what they are, once, so that
 * actors, clauses and chains all read the same token. Each row proposes the tokens of its first capture;
 * `then` is what they get (tags, or a capital that is no name evidence).
 *
 * - Surnames that compromise reads as dates ("Doris Day", "Kristen Day": Date, Duration). A capitalized date
 *   word right after a given name seeds the surname ("Nora Day"), unless a preposition or determiner
 *   before the given name makes it a holiday ("on Victoria Day"). Then every capitalized, stand-alone token
 *   of a seeded word that reads as a name is retagged: possessive ("Day's band"), before its verb ("Day
 *   said", "Day has said", "Day also said") or a capitalized word, or closing its phrase ("said Day.",
 *   "Day, they said"). A compound holiday ("Election Day": after another capitalized word that is not a
 *   given name) and "Day after day", "Day two of the trial" stay dates.
 * - Group nouns compromise reads as third-person verbs after a modifier ("Dunmore police say", "Avalonian
 *   police reported", "Rebel forces Tuesday said"), so that the clause layer found the verb "police" and no
 *   subject: right after a capitalized modifier or an adjective and right before another verb (a day name
 *   may stand between), the word is the plural subject noun; "Avalon forces a vote" (an object after it)
 *   keeps its verb.
 */
import { table } from '../../engine/rule.js';

/** What a retag row gives the token of its first capture: new tags, or the capital read as no name evidence. */
export interface Retag {
  tags?: ReadonlySet<string>;
  cap?: boolean;
  /** the token's normal form is its own letters ("WHO" stays "WHO", not the word "who"), so no word set reads it as that word */
  ownLetters?: boolean;
}

/** The tags a date word read as a surname carries (as compromise tags "O'Connor"). */
export const SURNAME_TAGS: ReadonlySet<string> = Object.freeze(new Set(['ProperNoun', 'Noun', 'Singular', 'Person', 'LastName']));

/** The tags of a group noun read as a verb (as compromise tags "Police" opening a sentence). */
export const PLURAL_NOUN_TAGS: ReadonlySet<string> = Object.freeze(new Set(['Noun', 'Plural']));

/** The tags of a participle that qualifies a plural head ("registered" in "of Democratic registered voters"). */
export const ADJECTIVE_TAGS: ReadonlySet<string> = Object.freeze(new Set(['Adjective']));

/** The tags of a past participle (as compromise tags "dressed" in "Ann Roe, dressed in red, said"). */
export const PARTICIPLE_TAGS: ReadonlySet<string> = Object.freeze(new Set(['Verb', 'PastTense']));

/** The tags of a singular noun read as a verb ("campaign" in "the Voss campaign said"). */
export const SINGULAR_NOUN_TAGS: ReadonlySet<string> = Object.freeze(new Set(['Noun', 'Singular']));

const SURNAME_TAG: Retag = { tags: SURNAME_TAGS };

/** The word sets of the retag rows. */
export const RETAG_LEXICONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  /** words before a given name that make "Victoria Day" the holiday: "on Victoria Day", "since Victoria Day" */
  ['date-leads', new Set(['on', 'since', 'before', 'after', 'until', 'till', 'by', 'for', 'of', 'this', 'last', 'next', 'every'])],
  /** plural group nouns that are also third-person verbs (to police, to force, to judge, to guard) */
  ['group-noun-verbs', new Set(['police', 'forces', 'judges', 'guards'])],
  /** participles that qualify a group of people ("registered voters", "retired officers"), which compromise reads as past-tense verbs after a capitalized modifier */
  ['group-participles', new Set(['registered', 'elected', 'retired', 'enlisted'])],
  /** irregular past participles that compromise reads as a noun or an infinitive ("clad", "born") */
  ['irregular-participles', new Set(['born', 'clad'])],
  /** past participles that post-modify a person the way "close" and "familiar" do ("a Democrat involved in the talks", "a Tory briefed on the plan") */
  ['post-participles', new Set(['involved', 'briefed'])],
  /** singular nouns that are also verbs and that compromise reads as verbs after a name or a possessive ("the Lee campaign said", "his campaign manager") */
  ['modified-noun-verbs', new Set(['campaign'])],
  /** articles, "to", auxiliaries, modals and sentence adverbs that are no name word, whatever compromise tags them in Title Case ("Doe Just Said", "Doe To Voters") */
  /** closed-class words whose upper-case spelling is a common acronym ("WHO", "US", "IT", "AND" in a mixed-case sentence) */
  ['acronym-function-words', new Set(['who', 'us', 'it', 'and', 'or', 'as', 'at', 'by', 'in', 'on', 'of', 'to', 'an', 'is', 'be', 'so', 'if', 'up', 'do', 'me', 'we', 'he', 'no', 'all', 'one', 'can', 'may', 'will', 'what', 'when', 'how', 'now', 'new', 'not', 'off', 'our', 'out', 'she', 'her', 'him', 'his', 'its', 'any', 'few', 'nor', 'yet', 'per', 'via'])],
  /** past forms of reporting verbs that compromise reads as adjectives when they open a sentence ("Stated Voss:", "Noted Voss:"); "Said", "Added", "Wrote" it reads as verbs already */
  ['opening-report-adjectives', new Set(['stated', 'noted', 'observed'])],
  ['title-case-function', new Set(['a', 'an', 'to', 'just', 'also', 'not', 'now', 'still', 'already', 'never', 'finally', 'really', 'reportedly', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'does', 'did', 'can', 'could', 'would', 'should', 'might', 'must'])],
]);

/** A capitalized date word: "Day" (not a month or a weekday, which compromise already reads as names after a given name). */
const DATE_WORD = '#Date @cap !#Month !#WeekDay !@hyphen';
/** A date word seeded as a surname in this document (the stage lends the seeds as the word set %date-surnames%). */
const SEEDED = `${DATE_WORD} %date-surnames%`;
/** After another capitalized word that is not a given name: a compound holiday ("Election Day"). */
const COMPOUND = '{@cap @spaced !#FirstName} [.]';

export const SURNAME_SEED_TABLE = table<Retag>('retag.surname-seeds', 'retag', [
  {
    id: 'retag.surname.after-given', match: `{#FirstName !@poss @spaced} [{${DATE_WORD}}]`, unless: ['%date-leads% #FirstName [.]'], then: SURNAME_TAG,
    example: 'The singer Nora Day was born in 1931.', counter: 'Shops close on Victoria Day in Ottawa.',
  },
]);

export const SURNAME_USE_TABLE = table<Retag>('retag.surname-uses', 'retag', [
  {
    id: 'retag.surname.possessive', match: `[{${SEEDED} @poss}]`, unless: [COMPOUND], then: SURNAME_TAG,
    example: "The singer Nora Day was praised. Day's band split in 1960.", counter: "The singer Nora Day was praised. Election Day's turnout was low.",
  },
  {
    id: 'retag.surname.before-verb', match: `[{${SEEDED} @spaced}] (#Verb|#Auxiliary|#Modal|#Copula|#Adverb|@cap)`, unless: [COMPOUND], then: SURNAME_TAG,
    example: 'The singer Nora Day was praised. "I never liked the city," Day said.', counter: 'The singer Nora Day, 31, was praised. Day after day, fans came.',
  },
  {
    id: 'retag.surname.closing', match: `[{${SEEDED} !@spaced}]`, unless: [COMPOUND], then: SURNAME_TAG,
    example: 'The singer Nora Day was praised. "I never liked the city," said Day.', counter: 'The singer Nora Day was praised. Day two of the trial began.',
  },
  {
    id: 'retag.surname.month-abbreviation', match: '{@cap @spaced !@poss !#Date !#Value !#Preposition !#Determiner !#Conjunction !#Verb} [{@cap #Month #Abbreviation}]', unless: ['[.] (@number|#Date|#Value)'], then: SURNAME_TAG,
    example: '"We start on Monday," said Wu Jun, the coach of the river team.', counter: 'The port closed on Jun 4, the coach said.',
    note: 'a month\'s abbreviation right after a capitalized name word, with no day or year after it, is the given name or surname it spells ("said Wu Jun", "Wang Jun said"; Jun is a common Chinese and Korean given name), not a date. Evidence: one train text (a columnist named with "Jun"); another invented example: "Critic Bo Jun said the film was slow." Watch headline lines ("Report Jun" with no day)',
  },
]);

export const GROUP_NOUN_TABLE = table<Retag>('retag.group-nouns', 'retag', [
  {
    id: 'retag.group-noun.before-verb', match: '({@spaced #Adjective}|{@spaced @cap !#Pronoun}) [{%group-noun-verbs% !@cap #Verb}] (#Date|#WeekDay)? (#Verb|#Auxiliary|#Modal|#Copula)', then: { tags: PLURAL_NOUN_TAGS },
    example: 'But Dunmore police say they found no one.', counter: 'Dunmore forces a vote on the plan.',
  },
  {
    id: 'retag.modified-noun.after-modifier', match: '({@spaced #Possessive}|{@spaced @cap !#Pronoun !@first}|{@spaced #Adjective}|{@spaced @digit}|{@spaced #Actor}) [{%modified-noun-verbs% !@cap #Verb}] (#Noun|#Verb|#Auxiliary|#Modal|#Copula|#Adverb)', unless: ['(to|#Modal|#Auxiliary|#Pronoun) . [.]'], then: { tags: SINGULAR_NOUN_TAGS },
    example: 'Her campaign has said little. The Voss campaign manager Ed Ruiz said no.', counter: 'Both Voss and Ruiz will campaign hard. Voss and Ruiz campaign today in Ohio.',
  },
  {
    id: 'retag.participle.before-group', match: '(of|#Value|{@spaced #Adjective}) {@spaced @cap !#Person !#Pronoun}* [{%group-participles% !@cap #Verb}] #Plural', then: { tags: ADJECTIVE_TAGS },
    example: 'Sixty percent of Avalon registered voters say the levy is fair.', counter: 'The county registered voters at the fair.',
    note: 'a participle between a quantity or a qualifier and a plural head is one of the head\'s qualifiers ("Nine in 10 Republican registered voters say"), so the clause layer finds no verb in the subject; after a plain noun it stays the verb',
  },
  {
    id: 'retag.participle.post-modifier', match: '{(#Noun|@cap) !#Pronoun @spaced} [{%post-participles% !@cap #Verb}] (in|on|with)', unless: ['(#Auxiliary|#Copula) . [.]'], then: { tags: ADJECTIVE_TAGS },
    example: '"The vote is lost," said one Democrat involved in the talks.', counter: '"The vote is lost," said one Democrat who was involved in the talks.',
    note: 'a participle right after a noun or a name and before its preposition ("a Democrat involved in the talks", "one Labour member briefed on the deal") describes the noun as "close" and "familiar" do, so the phrase reader keeps it in the phrase; compromise reads it as the verb; a second example from another text: "A Tory briefed on the plan said it would pass."',
  },
  {
    id: 'retag.participle.aside', match: ', [{%irregular-participles% !@cap}] #Preposition', then: { tags: PARTICIPLE_TAGS },
    example: 'Ann Roe, born in Toledo to a family of millers, said the mill would close.', counter: 'The mill was born of a need for flour.',
    note: 'an irregular past participle opening a comma piece before a preposition ("Ann Roe, born in Toledo,", "Bo Li, clad in a red cape,") opens a participle aside, as "dressed in" does, so the clause layer skips it and keeps the name before it as the subject; compromise reads "born" as an infinitive and "clad" as a noun',
  },
]);

/** A word Title Case capitalizes (headline style capitalizes every word of four letters or more): one that starts lower-case means the line is not Title Case. */
export const TITLE_WORD = /^\p{L}{4,}$/u;

export const TITLE_CASE_TABLE = table<Retag>('retag.title-case', 'retag', [
  {
    id: 'retag.title-case.function-word', match: '@cap [{@cap %title-case-function% @titleLine}+] @cap', then: { cap: false },
    example: 'Mara Quell Just Said Something Odd About the Vote', counter: 'Mara Quell just said something odd about the vote.',
    note: 'Title Case text: an auxiliary, modal or sentence adverb between two capitalized words ("Quell Just Said", "Doe Has Won") is no part of a name, whatever compromise tags it there',
  },
  {
    id: 'retag.title-case.tagged', match: '@cap [{@cap @titleLine (#Adverb|#Negative|#Modal|#Auxiliary|#Copula) !(#ProperNoun|#Person|#Place|#Organization|#Noun|#Acronym)}+] @cap', then: { cap: false },
    example: 'Tom Brandt Quickly Said Something Odd About Mara Quell', counter: 'Tom Brandt quickly said something odd about Mara Quell.',
    note: 'the same, read from the tags: an adverb or modal compromise tags as no name ("Brandt Quickly Signed", "Doe May Leave"); "Theresa May Said" (a name) keeps it',
  },
]);

/**
 * The words of a credit's phrase ("according to exit polls", "according to court records", "according to
 * campaign finance reports"): compromise reads the first as an infinitive after "to" ("to exit") and a plural
 * as a third-person verb ("reports"); after "according to" they are the nouns of the phrase that says whose
 * words these are.
 */
export const CREDIT_NOUN_TABLE = table<Retag>('retag.credit-nouns', 'retag', [
  {
    id: 'retag.credit-noun.infinitive', match: 'according to [{#Infinitive !@cap !#Noun}] (#Noun|#Adjective|#Verb)', then: { tags: SINGULAR_NOUN_TAGS },
    example: 'The dam leaked for years, according to survey results.', counter: 'The dam leaked for years, according to the survey results.',
    note: 'the word right after "to" opens a noun phrase when a noun, adjective or another misread word follows it; "according to the survey" is read right already',
  },
  {
    id: 'retag.credit-noun.plural', match: 'according to {@spaced !@cap (#Noun|#Adjective|#Infinitive)}+ [{#PresentTense !#Infinitive !@cap !#Noun}]', unless: ['according to {@spaced !@cap (#Noun|#Adjective|#Infinitive)}+ [.] (#Determiner|#Pronoun|that)'], then: { tags: PLURAL_NOUN_TAGS },
    example: 'The dam leaked for years, according to campaign finance reports.', counter: 'The dam leaked for years, according to Ann Roe, who reports to the board.',
    note: 'a third-person verb ending the phrase after its lower-case modifiers is its plural head ("finance reports", "agency estimates"); one with an object after it, or after a comma ("according to Ann Roe, Bo Li expects"), is a verb',
  },
]);

/**
 * Nouns compromise always reads as nouns that modify a person's noun or name as adjectives do: "a top aide",
 * "the top Democrat on the panel", "a top Mara Voss adviser" (so a source phrase skips it as it skips "senior");
 * "the top of the list" keeps its noun.
 */
export const MODIFIER_TABLE = table<Retag>('retag.modifiers', 'retag', [
  {
    id: 'retag.modifier.top', match: '[{top !@cap @spaced}] (#Noun|@cap) !of', then: { tags: ADJECTIVE_TAGS },
    example: 'A top Mara Voss adviser says the harbor plan will pass.', counter: 'The flag flew from the top of the harbor mast.',
    note: 'before a noun or a name (not a noun before "of": "the top step of the pier"), "top" ranks it',
  },
]);

/**
 * A capitalized name that opens with an elided particle ("D’Souza", "D'Angelo"): compromise reads the
 * particle as a determiner and the whole token as one ("D’Souza told reporters" has no subject), while it
 * reads "O’Brien" as a surname. Such a token is the surname it spells.
 */
export const ELIDED_NAME_TABLE = table<Retag>('retag.elided-names', 'retag', [
  {
    id: 'retag.elided-name.determiner', match: '[{@cap @elided #Determiner}]', then: SURNAME_TAG,
    example: 'The architect Lina D’Amico drew the plans. D’Amico told the council that the tower was safe.',
    counter: 'The architect Lina Amico drew the plans. The council said the tower was safe.',
    note: 'a second example from another text: "D\'Angelo said the ferry would run on Sunday."; "O’Brien" is read as a name already and keeps its tags',
  },
]);

/**
 * Compound nouns compromise splits into an adjective or a verb: "voice-over", "voice over" (the narrator
 * of an ad or a film), read as one noun so a source phrase can end in it ("a voice-over in the ad says").
 */
export const COMPOUND_NOUN_TABLE = table<Retag>('retag.compound-nouns', 'retag', [
  {
    id: 'retag.compound-noun.voice-over', match: '[{voice !@cap} {over !@cap}] !(the|a|an|#Pronoun|@cap)', then: { tags: SINGULAR_NOUN_TAGS },
    example: '"The port will not wait," a voice-over in the ad says.', counter: 'She will voice over the film that the harbor board made.',
    note: 'the narrator of an ad, hyphenated or not; a verb "voice over" has its object after it',
  },
]);

/** The tags of a past-tense verb (as compromise tags "Said" in "Said Voss:"). */
export const PAST_VERB_TAGS: ReadonlySet<string> = Object.freeze(new Set(['Verb', 'PastTense']));

/**
 * An inverted report that opens its sentence, the speaker's name right after the verb and then a colon or
 * the sentence's end ("Stated Voss:" over a quotation in the next paragraph): compromise reads "Stated",
 * "Noted" there as adjectives, so no cue was seen; they are the verb, as "Said Voss:" is read.
 */
export const OPENING_VERB_TABLE = table<Retag>('retag.opening-verbs', 'retag', [
  {
    id: 'retag.opening-verb.before-name', match: '^ [{@cap %opening-report-adjectives% #Adjective}] (#Honorific|#Person|#ProperNoun)+ (: .|$)', then: { tags: PAST_VERB_TAGS },
    example: 'The harbor pilot spoke on the radio on Monday.\n\nStated Lindqvist:\n\n"The channel is too shallow for the new ferries."',
    counter: 'Noted Harbor Historian Ann Roe will speak at the library on Monday.',
    note: 'a second example from another text: \'Noted Judge Bo Hale: "The county never asked."\'; a name that goes on to its own verb ("Noted historian Ann Roe will speak") keeps the adjective',
  },
]);

/** The tags of an acronym that spells a function word (as compromise tags "NATO"). */
export const ACRONYM_TAGS: ReadonlySet<string> = Object.freeze(new Set(['Acronym', 'Noun', 'ProperNoun', 'Singular']));
export const ACRONYM_TABLE = table<Retag>('retag.acronyms', 'retag', [
  {
    id: 'retag.acronym.function-word', match: '[{@acronym %acronym-function-words% !@capsLine}]', then: { tags: ACRONYM_TAGS, ownLetters: true },
    example: 'The World Health Organization (WHO) raised its risk level. WHO said the virus was spreading.',
    counter: 'WHO IS TO BLAME FOR THE BLACKOUT?',
    note: 'in a sentence written in mixed case, a word of two or more capitals is an acronym ("WHO said", "the US said", "IT workers"), never the function word it spells; a line written all in capitals (a headline, a transcript label) keeps its words',
  },
  {
    id: 'retag.acronym.after-common-noun', match: '{@lower #Noun !#Plural !#Pronoun @spaced} [{@acronym #Verb !@capsLine}]', then: { tags: ACRONYM_TAGS, ownLetters: true },
    example: 'A study from the fisheries watchdog SAVES finds stocks are falling. The trade union UNITES says pay must rise.',
    counter: 'Refugees COULD be sent back, the mayor said.',
    note: 'in a sentence written in mixed case, a word of capitals right after a singular lower-case noun is the name that noun describes ("the wildlife treaty body CITES calls", "the charity CARE says"), never the verb it spells; after a plural ("refugees COULD be") capitals are emphasis, and a line in capitals keeps its words',
  },
]);
/** The retag tables in the order the stage applies them: surname seeds, surname uses, elided names, group nouns, credit nouns, modifiers, compound nouns, opening verbs, Title Case function words, acronyms. */
export const RETAG_TABLES = [SURNAME_SEED_TABLE, SURNAME_USE_TABLE, ELIDED_NAME_TABLE, GROUP_NOUN_TABLE, CREDIT_NOUN_TABLE, MODIFIER_TABLE, COMPOUND_NOUN_TABLE, OPENING_VERB_TABLE, TITLE_CASE_TABLE, ACRONYM_TABLE] as const;
