import type { ActorCase } from './actors.cases.js';
import { describeActorTables } from './check.js';
import { BOUNDARY_CASES, EVIDENCE_CASES, NON_ACTOR_WORD_CASES, WORK_EVENT_CASES } from './classes.cases.js';

const TABLES: Array<[string, ActorCase[]]> = [
  ['works, awards and events', WORK_EVENT_CASES],
  ['subjects, degrees, languages, religions, titles alone', NON_ACTOR_WORD_CASES],
  ['evidence for unknown names', EVIDENCE_CASES],
  ['name boundaries', BOUNDARY_CASES],
];

describeActorTables('actor classes', TABLES);
