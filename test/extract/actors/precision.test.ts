import type { ActorCase } from './actors.cases.js';
import { describeActorTables } from './check.js';
import { DESIGNATION_CASES, EDITION_WORK_CASES, FACILITY_CASES, FOREIGN_PRODUCT_CASES, INSIDE_NAME_CASES, WORK_STREET_CASES } from './precision.cases.js';

const TABLES: Array<[string, ActorCase[]]> = [
  ['editions, films with their year, events alone', EDITION_WORK_CASES],
  ['religious schools, historic adjectives, ships, designations', DESIGNATION_CASES],
  ['military bases and facilities are places', FACILITY_CASES],
  ['foreign phrases, products after called', FOREIGN_PRODUCT_CASES],
  ['countries inside event and document names, outlets before magazine, generic bodies, place lists', INSIDE_NAME_CASES],
  ['works in appositives and after their maker, licences, streets named head first', WORK_STREET_CASES],
];

describeActorTables('actor precision', TABLES);
