/** Company name words: business nouns and legal-form suffixes (DATA ONLY). Lower case. */
import { wordRows, type WordRow } from './types.js';

const w = wordRows;

/**
 * Common business nouns: the last word of a company name ("Kestrel Social", "Harlan Networks"). A name
 * ending in one is an organization even when its first word is a first name, unless a title, an
 * honorific or a following he/she says it is a person. Words that are also common surnames
 * ("Power", "Mills", "Banks") are left out; "Steel" is kept (a firm name far more often than a person's).
 */
export const BUSINESS_NOUNS: readonly WordRow[] = [
  ...w('business-tech', 'social networks telecom telecoms telecommunications media digital software semiconductor semiconductors microsystems electronics robotics analytics interactive cloud computing data', 'Kestrel Social said'),
  ...w('business-industry', 'energy motors automotive aerospace airways airline aviation logistics shipping mining petroleum oil chemicals chemical materials auto autos forge foundry metals steel steelworks pharma pharmaceuticals biotech therapeutics biosciences diagnostics', 'Harlan Energy said'),
  ...w('business-trade', 'foods beverages brands retail stores apparel entertainment studios games pictures records publishing enterprises solutions investments securities insurance financial', 'Orla Foods said'),
  ...w('business-leisure', 'sports gaming tours', 'Harlow Sports hired her; Quell Gaming said; Doe Tours runs boats'),
];

/** Legal-form suffixes: "Sofia Telecom Ltd." and "Sofia Telecom" name one company. */
export const LEGAL_SUFFIXES: readonly WordRow[] = w(
  'legal-suffix',
  'inc inc. incorporated corp corp. corporation co co. company ltd ltd. limited llc l.l.c. plc ag sa s.a. gmbh nv n.v. group holdings',
  'Sofia Telecom Ltd. said; Sofia Telecom added',
);
