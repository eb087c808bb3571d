import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/ledger/index.js';
import { LedgerDoc } from '../../src/schema/ledger.js';
import { makeDoc, type DocSpec } from './make-doc.js';

function build(specs: DocSpec[]): LedgerDoc {
  const l = new Ledger();
  for (const s of specs) l.add(makeDoc(s));
  return LedgerDoc.parse(l.finish());
}

const actor = (doc: LedgerDoc, name: string) => doc.actors.find((a) => a.name === name);

describe('ledger: actors across articles', () => {
  const doc = build([
    { path: 'a1', date: '2031-03-02', actors: [
      { name: 'Mara Quinlan', type: 'person', aliases: ['Quinlan', 'Mayor Mara Quinlan'], role: 'Mayor', mentions: 3 },
      { name: 'Ana Ruiz', type: 'person', aliases: ['Ruiz'] },
      { name: 'Harlow', type: 'organization' },
      { name: 'United Provinces', type: 'country', aliases: ['UP'] },
    ] },
    { path: 'a2', date: '2031-03-09', actors: [
      { name: 'Quinlan', type: 'person', mentions: 2 },
      { name: 'Luis Ruiz', type: 'person', aliases: ['Ruiz'] },
      { name: 'Harlow', type: 'place' },
      { name: 'U.P.', type: 'country' },
    ] },
    { path: 'a3', date: '2031-03-20', actors: [
      { name: 'Mara Quinlan', type: 'person', role: 'Mayor' },
      { name: 'Harlow', type: 'organization' },
    ] },
  ]);

  it('merges a full name and a later surname-only mention under the fullest name', () => {
    const q = actor(doc, 'Mara Quinlan')!;
    expect(q.articles.map((a) => [a.article, a.mentions])).toEqual([['a1', 3], ['a2', 2], ['a3', 1]]);
    expect(q.mentions).toBe(6);
    expect(q.aliases).toEqual(['Mayor Mara Quinlan', 'Quinlan']);
    expect(q.roles).toEqual(['Mayor']);
    expect(doc.actors.filter((a) => /Quinlan/.test(a.name))).toHaveLength(1);
  });

  it('keeps two people who share a surname apart (negative)', () => {
    expect(actor(doc, 'Ana Ruiz')!.articles).toHaveLength(1);
    expect(actor(doc, 'Luis Ruiz')!.articles).toHaveLength(1);
  });

  it('reconciles types by majority', () => {
    const h = actor(doc, 'Harlow')!;
    expect(h.type).toBe('organization');
    expect(h.typeVotes).toEqual({ organization: 2, place: 1 });
  });

  it('joins an abbreviation written with dots to the alias written without', () => {
    const u = actor(doc, 'United Provinces')!;
    expect(u.articles).toHaveLength(2);
    expect(u.aliases).toContain('U.P.');
  });

  it('upgrades the canonical name when a later article gives a fuller one', () => {
    const d = build([
      { path: 'b1', date: '2031-01-01', actors: [{ name: 'Okafor', type: 'person' }] },
      { path: 'b2', date: '2031-01-02', actors: [{ name: 'Chidi Okafor', type: 'person' }] },
    ]);
    expect(d.actors.map((a) => a.name)).toEqual(['Chidi Okafor']);
    expect(d.actors[0]!.aliases).toEqual(['Okafor']);
  });
});

const PLAN = 'Dunmore Water must submit a cleanup plan for the Fenwick reservoir';
describe('ledger: timeline and deadline threads', () => {
  const dunmore = { name: 'Dunmore Water', type: 'organization' as const, aliases: ['Dunmore'] };
  const doc = build([
    { path: 'd3', date: '2031-03-20', actors: [dunmore], deadlines: [{ text: 'June 30', value: '2031-06-30', what: 'Dunmore must now deliver its cleanup plan for the reservoir', sentence: 2 }] },
    { path: 'd1', date: '2031-03-02', actors: [dunmore],
      deadlines: [{ text: 'March 31', value: '2031-03-31', what: PLAN, sentence: 1 }, { text: 'April 15', value: '2031-04-15', what: 'Dunmore must pay the fine', sentence: 3 }],
      dates: [{ text: 'last Tuesday', value: '2031-02-25', sentence: 4 }, { text: 'March 3', value: 'XXXX-03-03', sentence: 5 }, { text: 'recently', value: null, sentence: 6 }] },
    { path: 'd2', date: '2031-03-09', actors: [dunmore], deadlines: [{ text: 'March 31', value: '2031-03-31', what: 'the Fenwick reservoir cleanup plan', sentence: 1 }] },
    { path: 'd4', date: '2031-04-02', actors: [dunmore], deadlines: [
      { text: 'March 31', value: '2031-03-31', what: 'the original cleanup plan for the reservoir', sentence: 1 },
      { text: 'June 30', value: '2031-06-30', what: 'the cleanup plan for the reservoir', sentence: 2 },
    ] },
  ]);

  it('sorts every dated item by value, unknown years last, and leaves out null values', () => {
    expect(doc.timeline.map((e) => e.value)).toEqual(['2031-02-25', '2031-03-31', '2031-03-31', '2031-03-31', '2031-04-15', '2031-06-30', '2031-06-30', 'XXXX-03-03']);
    expect(doc.timeline.filter((e) => e.value === '2031-03-31').map((e) => e.article)).toEqual(['d1', 'd2', 'd4']);
  });

  it('flags a deadline about the same thing moved later as extended, with its previous value', () => {
    const moved = doc.timeline.find((e) => e.article === 'd3')!;
    expect(moved.change).toBe('extended');
    expect(moved.previous).toBe('2031-03-31');
    const t = doc.threads.find((x) => x.id === moved.thread)!;
    expect(t.status).toBe('extended');
    expect(t.values).toEqual(['2031-03-31', '2031-06-30']);
    expect(t.steps.map((s) => s.article)).toEqual(['d1', 'd2', 'd3', 'd4', 'd4']);
    expect(t.steps.map((s) => s.change)).toEqual(['first', 'same', 'extended', 'same', 'same']);
    expect(doc.stats.moved).toBe(1);
  });

  it('keeps a deadline that shares only an actor in a thread of its own (negative)', () => {
    const fine = doc.timeline.find((e) => e.value === '2031-04-15')!;
    expect(fine.change).toBe('first');
    expect(doc.threads.find((x) => x.id === fine.thread)!.status).toBe('single');
  });

  it('puts a deadline in the thread of the one it says it replaces (extendedFrom), whatever its words', () => {
    const d = build([
      { path: 'x1', date: '2031-05-01', deadlines: [
        { text: 'June 1', value: '2031-06-01', what: 'port operators must file emission plans', sentence: 1 },
        { text: 'July 1', value: '2031-07-01', what: 'regulators pushed it back', sentence: 2, extendedFrom: 0 },
      ] },
    ]);
    expect(d.threads).toHaveLength(1);
    expect(d.threads[0]!.status).toBe('extended');
  });

  it('keeps the same two deadlines apart without the link (negative)', () => {
    const d = build([
      { path: 'x1', date: '2031-05-01', deadlines: [
        { text: 'June 1', value: '2031-06-01', what: 'port operators must file emission plans', sentence: 1 },
        { text: 'July 1', value: '2031-07-01', what: 'regulators pushed it back', sentence: 2 },
      ] },
    ]);
    expect(d.threads).toHaveLength(2);
  });

  it('flags a deadline brought forward as advanced', () => {
    const d = build([
      { path: 'e1', date: '2031-05-01', deadlines: [{ text: 'July 1', value: '2031-07-01', what: 'the school board must approve the budget' }] },
      { path: 'e2', date: '2031-05-08', deadlines: [{ text: 'June 1', value: '2031-06-01', what: 'approval of the school budget' }] },
    ]);
    expect(d.threads).toHaveLength(1);
    expect(d.threads[0]!.status).toBe('advanced');
  });

  it('orders articles by date whatever order they came in', () => {
    expect(doc.articles.map((a) => a.id)).toEqual(['d1', 'd2', 'd3', 'd4']);
  });
});

describe('ledger: who said what', () => {
  const doc = build([
    { path: 'w2', date: '2031-03-09', actors: [{ name: 'Quinlan', type: 'person' }],
      quotes: [{ text: 'We will not wait', speaker: 'Quinlan', sentence: 2 }, { text: 'Morning Bulletin', speaker: null, kind: 'title', sentence: 3 }],
      claims: [{ text: 'the reservoir was safe', source: 'Quinlan', sentence: 1 }, { text: 'the plan was late', source: null, sentence: 4 }] },
    { path: 'w1', date: '2031-03-02', actors: [{ name: 'Mara Quinlan', type: 'person' }, { name: 'Tomas Reinholt', type: 'person' }],
      quotes: [{ text: 'The plan is ready', speaker: 'Tomas Reinholt', sentence: 2 }],
      claims: [{ text: 'repairs would start soon', source: 'Mara Quinlan', sentence: 5 }] },
  ]);

  it('groups quotes and claims by source across articles, in time order', () => {
    const g = doc.sources.find((s) => s.source === 'Mara Quinlan')!;
    expect(g.articles).toBe(2);
    expect(g.items.map((i) => [i.article, i.kind, i.sentence])).toEqual([['w1', 'claim', 5], ['w2', 'claim', 1], ['w2', 'quote', 2]]);
  });

  it('puts unattributed items last and leaves out titles and scare quotes', () => {
    expect(doc.sources.at(-1)!.source).toBeNull();
    expect(doc.sources.at(-1)!.items.map((i) => i.text)).toEqual(['the plan was late']);
    expect(doc.sources.flatMap((s) => s.items).some((i) => i.text === 'Morning Bulletin')).toBe(false);
  });

  it('records failed inputs without stopping', () => {
    const l = new Ledger();
    l.addError('x.jsonl:3', 'E_BAD_RECORD', 'bad');
    l.add(makeDoc({ path: 'ok', date: null }));
    const d = LedgerDoc.parse(l.finish());
    expect(d.stats).toMatchObject({ articles: 1, failed: 1 });
    expect(d.errors[0]!.path).toBe('x.jsonl:3');
  });
});

describe('ledger: one article naming an actor twice', () => {
  it('counts the article once, with both mention counts', () => {
    const d = build([{ path: 'c1', date: '2031-01-01', actors: [{ name: 'Ines Calloway', type: 'person', mentions: 2 }, { name: 'Calloway', type: 'person', mentions: 3 }] }]);
    expect(d.actors).toHaveLength(1);
    expect(d.actors[0]!.articles).toEqual([{ article: 'c1', mentions: 5, name: 'Ines Calloway' }]);
  });
});

describe('ledger: a deadline whose what says little', () => {
  const first = { path: 'f1', date: '2031-02-01', deadlines: [{ text: 'May 1', value: '2031-05-01', what: 'the rail authority must publish its safety audit of the northern line' }] };
  it('is matched on its sentence when the what has under two content words', () => {
    const d = build([first, { path: 'f2', date: '2031-02-10', sentences: ['The safety audit of the northern line, due under a deadline set by the authority, slips to July 1.'],
      deadlines: [{ text: 'July 1', value: '2031-07-01', what: 'set by the authority', sentence: 0 }] }]);
    expect(d.threads).toHaveLength(1);
    expect(d.threads[0]!.status).toBe('extended');
  });
  it('stays alone when its sentence is about something else (negative)', () => {
    const d = build([first, { path: 'f3', date: '2031-02-10', sentences: ['Ferry fares rise under a rule set by the authority on July 1.'],
      deadlines: [{ text: 'July 1', value: '2031-07-01', what: 'set by the authority', sentence: 0 }] }]);
    expect(d.threads).toHaveLength(2);
  });
});

describe('ledger: full names that conflict', () => {
  it('keeps two full names apart even when they share a titled alias (negative)', () => {
    const d = build([
      { path: 'g1', date: '2031-01-01', actors: [{ name: 'Oskar Lindqvist', type: 'person', aliases: ['Mr. Lindqvist', 'Lindqvist'] }] },
      { path: 'g2', date: '2031-01-02', actors: [{ name: 'Greta Lindqvist', type: 'person', aliases: ['Mr. Lindqvist'] }] },
    ]);
    expect(d.actors.map((a) => a.name).sort()).toEqual(['Greta Lindqvist', 'Oskar Lindqvist']);
  });
  it('merges a name with and without a middle name or initial', () => {
    const d = build([
      { path: 'g1', date: '2031-01-01', actors: [{ name: 'Oskar Lindqvist', type: 'person' }] },
      { path: 'g2', date: '2031-01-02', actors: [{ name: 'Oskar J. Lindqvist', type: 'person' }] },
      { path: 'g3', date: '2031-01-03', actors: [{ name: 'Oskar Lindqvist', type: 'person', aliases: ['Oskar Berg Lindqvist'] }] },
    ]);
    expect(d.actors).toHaveLength(1);
    expect(d.actors[0]!.articles).toHaveLength(3);
  });
});
