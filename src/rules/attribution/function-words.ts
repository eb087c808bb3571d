/**
 * Closed-class words the attribution stages test one token (or a name's first word) against (DATA ONLY,
 * lower case, normal forms unless said otherwise). Each set is read in one place, named below.
 */
import { set } from './sources.js';

/** Relative pronouns that stand for the name before their comma (", which estimated", ", who said"): antecedent.ts relativeAntecedent. */
export const ANTECEDENT_RELATIVES = set('which who');

/** Links from a relation head to the person it serves ("advisers to Voss", "a lawyer of Hale"): antecedent.ts relationBefore. */
export const RELATION_LINKS = set('to of');

/** The writer as the subject of a restrictive clause ("experts I interviewed", "the people we spoke to"): describe.ts speakerRelative. */
export const WRITER_PRONOUNS = set('i we');

/** A preposition that ends such a clause ("the people we spoke to", "a pilot I talked with"): describe.ts speakerRelative. */
export const WRITER_CLAUSE_ENDS = set('to with');

/** Words right before a verb that join it to the frame before ("said X and added Y", "but insisted", "then said"): frame-links.ts coordinated. */
export const FRAME_JOINERS = set('and but then');

/** Relative pronouns opening a description between a subject and its verb ("Voss, who chairs the panel, said"): subject.ts. */
export const DESCRIPTION_RELATIVES = set('who which whose');

/** Singular personal pronouns that are the subject right before the verb ("he said", "she added"): subject.ts. */
export const PERSON_PRONOUNS = set('he she');

/** Honorifics opening a name, so the run is a person, not a role ("Dr. Voss", "Mrs. Hale"): source-np.ts fromName. */
export const NAME_HONORIFICS = set('mr mrs ms miss dr');

/** Subject pronouns opening a reported clause ("to say he was leaning"): cue-accept.ts reportMade. */
export const SUBJECT_PRONOUNS = set('he she they it we i you');

/**
 * Titles, as written (any case, a period or none), before each of two names joined by "and" that make
 * the pair two speakers ("Sen. Voss and Rep. Hale"): names.ts cleanName.
 */
export const PAIR_TITLES = set('mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep.');

/** Titles, as written (any case, a period or none), dropped from the front of a name ("Gov. Hale" -> "Hale"): names.ts cleanOne. */
export const LEADING_TITLES = set('mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov.');

/** The link before a work's maker in the phrase before its title ("a report by the Halden Institute titled ..."): antecedent.ts titleProducer. */
export const MAKER_LINKS = set('by');

/** The conjunction that joins two qualifiers, or a group head to the qualifiers after it ("local and state officials", "developers and supporters in Congress"): describe.ts qualifierStart, coordinatedStart. */
export const QUALIFIER_JOINERS = set('and');

/** A participle read past at the start of a source phrase, as SOURCE_OPENERS are (kept from the first source reader): source-np.ts. */
export const SKIPPED_LEAD_WORDS = set('led');
