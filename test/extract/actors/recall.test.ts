import type { ActorCase } from './actors.cases.js';
import { describeActorTables } from './check.js';
import { EVIDENCE_RECALL_CASES, EXTENT_CASES, MERGE_CASES } from './recall.cases.js';

const TABLES: Array<[string, ActorCase[]]> = [['name extent', EXTENT_CASES], ['merging', MERGE_CASES], ['evidence', EVIDENCE_RECALL_CASES]];

describeActorTables('actor recall', TABLES);
