import { describe, expect, it } from 'vitest';
import { actorAt, extractActors, genderOf } from '../../../src/extract/actors/index.js';
import { knownFirstName } from '../../../src/extract/actors/firstnames.js';
import { parse } from '../../../src/parse/index.js';
import type { Actor } from '../../../src/schema/doc.js';
import {
  type ActorCase, COMPANY_CASES, RUN_CASES, DOCUMENT_CASES, MERGE_CASES, METONYM_CASES, NEGATIVE_CASES, OUTLET_CASES, PERSON_CASES, SEAT_CASES, SHORT_FORM_CASES, SURNAME_CASES, TITLE_CASES, TYPING_CASES,
} from './actors.cases.js';
import { CAPITAL_PLACE_CASES, LONG_TITLE_CASES, OF_NAME_CASES, OPENER_COMPANY_CASES, PARTICLE_CASES, POSSESSIVE_OUTLET_CASES } from './names.cases.js';
import { describeActorTables, runActors as run } from './check.js';
import { BODY_AFTER_NAME_CASES, DATELINE_CASES, FOREIGN_BODY_CASES, OPENER_BODY_CASES, ROLE_PREFIX_CASES, SUFFIX_CASES, TITLE_CASE_CASES } from './intact.cases.js';
import { LIST_NAME_CASES, POSTED_ROLE_CASES, SYLLABLE_NAME_CASES, TITLE_QUOTE_CASES, TOLD_OUTLET_CASES } from './long.cases.js';
import { NOT_ACTOR_CASES, ROLE_BODY_CASES, WHOLE_NAME_CASES, WORLD_CASES } from './session7.cases.js';
import { ADJECTIVE_CASES, COUNTRY_ADJECTIVE_CASES, OFFICER_TITLE_CASES, SHARED_SURNAME_CASES, UN_AGENCY_CASES, VARIED_NAME_CASES } from './session8.cases.js';

const TABLES: Array<[string, ActorCase[]]> = [
  ['person names', PERSON_CASES],
  ['given names sharing a surname', SHARED_SURNAME_CASES],
  ['names cut short on varied news', VARIED_NAME_CASES],
  ['adjectives alone', ADJECTIVE_CASES],
  ['United Nations agencies', UN_AGENCY_CASES],
  ['officer and superintendent titles', OFFICER_TITLE_CASES],
  ['country short forms as adjectives', COUNTRY_ADJECTIVE_CASES],
  ['institution names kept whole', WHOLE_NAME_CASES],
  ['not actors: party tags, owned places', NOT_ACTOR_CASES],
  ['bodies named in a role, outlets\' reporters', ROLE_BODY_CASES],
  ['countries, streets, storms', WORLD_CASES],
  ['titles and roles', TITLE_CASES],
  ['metonyms and countries', METONYM_CASES],
  ['outlets', OUTLET_CASES],
  ['alias merging', MERGE_CASES],
  ['non-actors', NEGATIVE_CASES],
  ['documents, laws and lists', DOCUMENT_CASES],
  ['short forms of organizations', SHORT_FORM_CASES],
  ['typing', TYPING_CASES],
  ['seats as metonyms', SEAT_CASES],
  ['companies and legal forms', COMPANY_CASES],
  ['shared surnames', SURNAME_CASES],
  ['runs holding two names', RUN_CASES],
  ['institution names with of', OF_NAME_CASES],
  ['long titles before a name', LONG_TITLE_CASES],
  ['possessive outlet names', POSSESSIVE_OUTLET_CASES],
  ['company names opening a sentence', OPENER_COMPANY_CASES],
  ['capitals as places', CAPITAL_PLACE_CASES],
  ['Dutch name particles', PARTICLE_CASES],
  ['names with comma-and lists', LIST_NAME_CASES],
  ['hyphenated given names', SYLLABLE_NAME_CASES],
  ['long quoted titles', TITLE_QUOTE_CASES],
  ['ambassador to a place', POSTED_ROLE_CASES],
  ['outlets after told, buildings, plural acronyms', TOLD_OUTLET_CASES],
  ['role words glued before a name', ROLE_PREFIX_CASES],
  ['generational suffixes', SUFFIX_CASES],
  ['names in title-case lines', TITLE_CASE_CASES],
  ['foreign-language institutions', FOREIGN_BODY_CASES],
  ['a known body after a full name', BODY_AFTER_NAME_CASES],
  ['datelines', DATELINE_CASES],
  ['a sentence opener before an institution head', OPENER_BODY_CASES],
];

describeActorTables('actors', TABLES);

describe('actors: evidence', () => {
  const text = 'Treasury Secretary Alma Renfrew met Quorvex Corp. Renfrew said the U.S. would act. Quorvex agreed.';
  const actors = run(text);

  it('every mention slices the input, and evidence is the first mention', () => {
    for (const a of actors) {
      for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      expect([a.start, a.end]).toEqual([a.mentions[0]!.start, a.mentions[0]!.end]);
    }
  });

  it('mentions are complete: every surname use is a mention', () => {
    const a = actors.find((x) => x.name === 'Alma Renfrew')!;
    expect(a.mentions.map((m) => m.text)).toEqual(['Alma Renfrew', 'Renfrew']);
  });

  it('actorAt finds the actor covering a span, or null', () => {
    const at = text.indexOf('Renfrew said');
    expect(actorAt(actors, at, at + 7)?.name).toBe('Alma Renfrew');
    expect(actorAt(actors, text.indexOf('agreed'), text.indexOf('agreed') + 6)).toBeNull();
  });
});

describe('actors: gender', () => {
  const doc = parse('Ruth Calder and Tom Calder spoke. Mrs. Calder left. Dr. Ito Sakamaki stayed.');
  const actors = extractActors({ doc, referenceDate: null });
  const byName = (n: string): Actor => actors.find((a) => a.name === n)!;

  it('from honorifics and first names', () => {
    expect(genderOf(byName('Ruth Calder'), doc)).toBe('female');
    expect(genderOf(byName('Tom Calder'), doc)).toBe('male');
  });

  it('unknown stays null', () => {
    expect(genderOf(byName('Ito Sakamaki'), doc)).toBeNull();
  });
});

describe('actors: first names known to the lexicon', () => {
  const rows: Array<[string, boolean]> = [['Harold', true], ['maria', true], ['Quorvex', false], ['Senate', false], ['said', false]];
  for (const [word, known] of rows) it(`${word} -> ${known}`, () => expect(knownFirstName(word)).toBe(known));
});
