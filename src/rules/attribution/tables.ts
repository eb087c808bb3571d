/**
 * The attribution stage's row tables, for the rules registry (DATA ONLY). Each row's example fires
 * it (its id is the rule of a claim, or is recorded in the trace); the WordNet verb rows, generated
 * vocabulary, are checked by their own batched test (test/rules/wordnet-verbs.test.ts).
 */
import { CLAUSE_NEXT, HAND_VERBS, NEGATED_CUES, NO_CONTENT, NON_CUES } from './verbs.js';
import { ATTRIBUTION_NOUNS, CLAUSE_SPLITS, CREDIT_DESCRIPTION, CREDIT_PHRASES, PASSIVE_CREDITS } from './phrases.js';
import { CUE_REJECTIONS } from './cue-rejections.js';
import { CITED_ASIDE, FRONTED_PARTICIPLE } from './frame-rows.js';
import { CLAIM_PARTITION, CREDIT_SPEAKER, OUTLET_SPEAKER } from './claim-rows.js';

export const ATTRIBUTION_TABLES = [
  { name: 'attribution.verbs', stage: 'cues', rows: HAND_VERBS },
  { name: 'attribution.credits', stage: 'cues', rows: CREDIT_PHRASES },
  { name: 'attribution.nouns', stage: 'cues', rows: ATTRIBUTION_NOUNS },
  { name: 'attribution.cue-rejections', stage: 'cues', rows: Object.values(CUE_REJECTIONS) },
  { name: 'attribution.non-cues', stage: 'cues', rows: NON_CUES.rows },
  { name: PASSIVE_CREDITS.name, stage: PASSIVE_CREDITS.stage, rows: PASSIVE_CREDITS.rows },
  { name: 'attribution.negated', stage: 'cues', rows: NEGATED_CUES.rows },
  { name: NO_CONTENT.name, stage: NO_CONTENT.stage, rows: NO_CONTENT.rows },
  { name: CLAUSE_NEXT.name, stage: CLAUSE_NEXT.stage, rows: CLAUSE_NEXT.rows },
  { name: 'attribution.clause-splits', stage: 'claims', rows: CLAUSE_SPLITS },
  { name: CREDIT_DESCRIPTION.name, stage: CREDIT_DESCRIPTION.stage, rows: CREDIT_DESCRIPTION.rows },
  { name: CREDIT_SPEAKER.name, stage: CREDIT_SPEAKER.stage, rows: CREDIT_SPEAKER.rows },
  { name: OUTLET_SPEAKER.name, stage: OUTLET_SPEAKER.stage, rows: OUTLET_SPEAKER.rows },
  { name: CLAIM_PARTITION.name, stage: CLAIM_PARTITION.stage, rows: CLAIM_PARTITION.rows },
  { name: FRONTED_PARTICIPLE.name, stage: FRONTED_PARTICIPLE.stage, rows: FRONTED_PARTICIPLE.rows },
  { name: CITED_ASIDE.name, stage: CITED_ASIDE.stage, rows: CITED_ASIDE.rows },
] as const;
