/**
 * Every table of rows that decides something, in one list (DATA ONLY). The generic rows test
 * (test/rules.test.ts) runs each row's example (the row must fire: its id is recorded in the trace or
 * names an item's rule) and its counter-example (it must not). Add a new table here when you add one.
 */
import { CHAIN_TABLE } from './actors/evidence.js';
import { COUNTRY_IN_PLACE_TABLE, SKIP_TABLE } from './actors/skip.js';
import { EXTEND_TABLE, GLUED_PERSON_TABLE, LIST_HEAD_TABLE, SHARED_SURNAME_TABLE, MONTH_SURNAME_TABLE, REGNAL_TABLE, TITLE_INSIDE_TABLE, YIELD_TABLE } from './actors/boundaries.js';
import { ALIAS_TABLE } from './actors/aliases.js';
import { TYPE_TABLE } from './actors/typing.js';
import { ROLE_STOP_TABLE } from './actors/roles.js';
import { DATE_RULES } from './dates/patterns.js';
import { CONSEQUENCE_CUES, DEADLINE_CUES } from './deadlines/cues.js';
import { ANAPHORIC_YEARS } from './dates/lexicon.js';
import { RANGE_JOIN } from './dates/ranges.js';
import { DURATION_REJECT, YEAR_REJECT } from './dates/reject.js';
import { BOUND_TYPES, DUE_FROM, GRANT_CUE, MOVE_REACH, OLD_DATE_BEFORE } from './deadlines/links.js';
import { DEADLINE_ROWS, NOT_DEADLINE_ROWS } from './deadlines/rows.js';
import { DIRECTION_FALLBACK, DIRECTION_ROWS, EFFECT_VOTES } from './dates/direction.js';
import { GROUP_TABLES } from './dates/groups.js';
import { REFERENCE_DATE_RULES } from './reference-date.js';
import { ATTRIBUTION_TABLES } from './attribution/tables.js';
import { JOINED_HOST, NESTED_REPORT, NO_SOURCE, ONE_CLAIM_WITH_PREVIOUS, OWN_PARTICIPLE_REPORT, TRAILING_OWNER } from './attribution/frame-rows.js';
import { LINK_TABLE } from './chains/links.js';
import { LOCATED_FORCE_TABLE, NATION_OFFICIALS_TABLE, OWNED_TABLE, SOURCE_PHRASE_TABLE, WORK_BACK_TABLE, WORK_FRAME_TABLE, WORK_MAKER_TABLE } from './chains/sources.js';
import { RETAG_TABLES } from './retag/rows.js';
import { SHARED_ALIAS_ROWS } from './actors/outlets.js';
import { APPOSITIVE_TABLE, DESCRIBED_TABLE, ROLE_TABLE, SUBJECT_TABLE, WIDEN_TABLE } from './attribution/described.js';
import { CLAUSE_ASIDES, CLAUSE_COMPLEMENTS, CLAUSE_FRONTED, CLAUSE_GAPS, CLAUSE_HOSTS, CLAUSE_JOINED_REPORTS, CLAUSE_OPENINGS, CLAUSE_ORDER, CLAUSE_PHRASE_STOPS, CLAUSE_PLACE_TAILS, CLAUSE_PHRASE_TAILS, CLAUSE_POST_MODIFIERS, CLAUSE_NAMED_AFTER, CLAUSE_INVERTED_NAMES } from './clauses/rows.js';
import { QUOTE_ASIDES, QUOTE_CARRY, QUOTE_COMPLEMENTS, QUOTE_NOUN_TOPICS, QUOTE_RELATIVE_REPORTS, QUOTE_SHARES, QUOTE_SPEAKER_FALLBACKS, QUOTE_SPEAKER_LEADS, QUOTE_SURVEY_SOURCES, QUOTE_SURVEYS } from './quotes/speakers.js';
import { QUOTE_NAMING } from './quotes/kinds.js';

/** What the generic test needs of a row: engine rows (src/engine/rule.ts) and older regex rows both fit. */
export interface RegisteredRow {
  id: string;
  example: string;
  counter?: string;
  /** a `match` pattern or regex: the row is a construction rule, not vocabulary */
  match?: string;
  pattern?: string;
}

export interface RegisteredTable {
  name: string;
  stage: string;
  rows: readonly RegisteredRow[];
  /** the reference date the examples are read against (relative dates); null: none given, the text's own is read */
  referenceDate?: string | null;
}

export const RULE_TABLES: readonly RegisteredTable[] = [
  ...RETAG_TABLES.map((t) => ({ name: t.name, stage: t.stage, rows: t.rows })),
  { name: 'actors.shared-alias', stage: 'actors', rows: SHARED_ALIAS_ROWS },
  { name: TYPE_TABLE.name, stage: TYPE_TABLE.stage, rows: TYPE_TABLE.rows },
  { name: CHAIN_TABLE.name, stage: CHAIN_TABLE.stage, rows: CHAIN_TABLE.rows },
  { name: SKIP_TABLE.name, stage: SKIP_TABLE.stage, rows: SKIP_TABLE.rows },
  { name: COUNTRY_IN_PLACE_TABLE.name, stage: COUNTRY_IN_PLACE_TABLE.stage, rows: COUNTRY_IN_PLACE_TABLE.rows },
  ...[EXTEND_TABLE, GLUED_PERSON_TABLE, LIST_HEAD_TABLE, SHARED_SURNAME_TABLE, YIELD_TABLE, ALIAS_TABLE, ROLE_STOP_TABLE, REGNAL_TABLE, TITLE_INSIDE_TABLE, MONTH_SURNAME_TABLE].map((t) => ({ name: t.name, stage: t.stage, rows: t.rows })),
  { name: 'dates.patterns', stage: 'dates', rows: DATE_RULES, referenceDate: '2025-06-15' },
  { name: 'deadlines.cues', stage: 'deadlines', rows: DEADLINE_CUES, referenceDate: '2025-06-15' },
  { name: DIRECTION_ROWS.name, stage: DIRECTION_ROWS.stage, rows: DIRECTION_ROWS.rows, referenceDate: '2025-06-15' },
  { name: DIRECTION_FALLBACK.name, stage: DIRECTION_FALLBACK.stage, rows: DIRECTION_FALLBACK.rows, referenceDate: '2025-06-15' },
  { name: EFFECT_VOTES.name, stage: EFFECT_VOTES.stage, rows: EFFECT_VOTES.rows, referenceDate: '2025-06-15' },
  { name: 'dates.anaphora', stage: 'dates', rows: ANAPHORIC_YEARS, referenceDate: '2025-06-15' },
  { name: YEAR_REJECT.name, stage: YEAR_REJECT.stage, rows: YEAR_REJECT.rows, referenceDate: '2025-06-15' },
  { name: DURATION_REJECT.name, stage: DURATION_REJECT.stage, rows: DURATION_REJECT.rows, referenceDate: '2025-06-15' },
  ...GROUP_TABLES.map((t) => ({ name: t.name, stage: t.stage, rows: t.rows, referenceDate: '2025-06-15' })),
  { name: 'dates.ranges', stage: 'dates', rows: [RANGE_JOIN], referenceDate: '2025-06-15' },
  { name: 'deadlines.links', stage: 'deadlines', rows: [BOUND_TYPES, GRANT_CUE, OLD_DATE_BEFORE, MOVE_REACH, DUE_FROM], referenceDate: '2031-03-14' },
  { name: 'deadlines.consequence', stage: 'deadlines', rows: CONSEQUENCE_CUES, referenceDate: '2025-06-15' },
  { name: NOT_DEADLINE_ROWS.name, stage: NOT_DEADLINE_ROWS.stage, rows: NOT_DEADLINE_ROWS.rows, referenceDate: '2031-03-14' },
  { name: DEADLINE_ROWS.name, stage: DEADLINE_ROWS.stage, rows: DEADLINE_ROWS.rows, referenceDate: '2025-06-15' },
  { name: 'reference-date', stage: 'reference-date', rows: REFERENCE_DATE_RULES.map((r) => ({ ...r, pattern: r.pattern.source })), referenceDate: null },
  ...[QUOTE_SPEAKER_FALLBACKS, QUOTE_SPEAKER_LEADS, QUOTE_CARRY, QUOTE_COMPLEMENTS, QUOTE_NOUN_TOPICS, QUOTE_ASIDES, QUOTE_RELATIVE_REPORTS, QUOTE_NAMING, QUOTE_SHARES, QUOTE_SURVEYS, QUOTE_SURVEY_SOURCES].map((t) => ({ name: t.name, stage: t.stage, rows: t.rows })),
  { name: CLAUSE_ORDER.name, stage: CLAUSE_ORDER.stage, rows: CLAUSE_ORDER.rows },
  { name: CLAUSE_ASIDES.name, stage: CLAUSE_ASIDES.stage, rows: CLAUSE_ASIDES.rows },
  { name: CLAUSE_PLACE_TAILS.name, stage: CLAUSE_PLACE_TAILS.stage, rows: CLAUSE_PLACE_TAILS.rows },
  { name: CLAUSE_HOSTS.name, stage: CLAUSE_HOSTS.stage, rows: CLAUSE_HOSTS.rows },
  { name: CLAUSE_COMPLEMENTS.name, stage: CLAUSE_COMPLEMENTS.stage, rows: CLAUSE_COMPLEMENTS.rows },
  { name: CLAUSE_JOINED_REPORTS.name, stage: CLAUSE_JOINED_REPORTS.stage, rows: CLAUSE_JOINED_REPORTS.rows },
  { name: CLAUSE_GAPS.name, stage: CLAUSE_GAPS.stage, rows: CLAUSE_GAPS.rows },
  { name: CLAUSE_OPENINGS.name, stage: CLAUSE_OPENINGS.stage, rows: CLAUSE_OPENINGS.rows },
  { name: CLAUSE_FRONTED.name, stage: CLAUSE_FRONTED.stage, rows: CLAUSE_FRONTED.rows },
  ...[CLAUSE_POST_MODIFIERS, CLAUSE_PHRASE_TAILS, CLAUSE_PHRASE_STOPS, CLAUSE_NAMED_AFTER, CLAUSE_INVERTED_NAMES].map((t) => ({ name: t.name, stage: t.stage, rows: t.rows })),
  ...ATTRIBUTION_TABLES,
  { name: LINK_TABLE.name, stage: LINK_TABLE.stage, rows: LINK_TABLE.rows },
  { name: SOURCE_PHRASE_TABLE.name, stage: SOURCE_PHRASE_TABLE.stage, rows: SOURCE_PHRASE_TABLE.rows },
  ...[DESCRIBED_TABLE, ROLE_TABLE, SUBJECT_TABLE, WIDEN_TABLE, APPOSITIVE_TABLE].map((t) => ({ name: t.name, stage: t.stage, rows: t.rows })),
  { name: OWNED_TABLE.name, stage: OWNED_TABLE.stage, rows: OWNED_TABLE.rows },
  ...[JOINED_HOST, NESTED_REPORT, TRAILING_OWNER, NO_SOURCE, OWN_PARTICIPLE_REPORT].map((t) => ({ name: t.name, stage: t.stage, rows: t.rows })),
  { name: 'attribution.one-claim-with-previous', stage: 'cues', rows: [ONE_CLAIM_WITH_PREVIOUS] },
  { name: WORK_MAKER_TABLE.name, stage: WORK_MAKER_TABLE.stage, rows: WORK_MAKER_TABLE.rows },
  { name: WORK_BACK_TABLE.name, stage: WORK_BACK_TABLE.stage, rows: WORK_BACK_TABLE.rows },
  { name: WORK_FRAME_TABLE.name, stage: WORK_FRAME_TABLE.stage, rows: WORK_FRAME_TABLE.rows },
  { name: NATION_OFFICIALS_TABLE.name, stage: NATION_OFFICIALS_TABLE.stage, rows: NATION_OFFICIALS_TABLE.rows },
  { name: LOCATED_FORCE_TABLE.name, stage: LOCATED_FORCE_TABLE.stage, rows: LOCATED_FORCE_TABLE.rows },
];
