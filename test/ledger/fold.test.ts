import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/ledger/index.js';
import { readLedgerFile } from '../../src/io/read-ledger.js';
import { LedgerDoc } from '../../src/schema/ledger.js';
import { makeDoc, type DocSpec } from './make-doc.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Incremental and sharded ledgers: a ledger folds the digests another ledger carries exactly as it
 * folds the articles themselves, so ledger(A) + ledger(B) = ledger(A then B).
 */
const PLAN = 'Dunmore must deliver its cleanup plan for the reservoir';
const ARTICLES: DocSpec[] = [
  {
    path: 'a1', date: '2031-03-02',
    actors: [{ name: 'Quinlan', type: 'person', mentions: 2 }, { name: 'Dunmore', type: 'organization' }],
    deadlines: [{ text: 'March 31', value: '2031-03-31', what: PLAN, sentence: 1 }],
    quotes: [{ text: 'we will not wait', speaker: 'Quinlan', sentence: 2 }],
    dates: [{ text: 'Monday', value: '2031-02-24', sentence: 3 }],
  },
  {
    path: 'a2', date: '2031-03-09',
    actors: [{ name: 'Dunmore', type: 'organization' }, { name: 'Ruiz', type: 'person' }],
    deadlines: [{ text: 'March 31', value: '2031-03-31', what: 'the reservoir cleanup plan', sentence: 1 }],
    claims: [{ text: 'the plan is late', source: 'Ruiz', sentence: 2 }],
  },
  {
    // shard B: the fullest name of Quinlan appears only here, and the deadline moves here
    path: 'b1', date: '2031-03-20',
    actors: [{ name: 'Mara Quinlan', type: 'person', aliases: ['Mayor Mara Quinlan'], role: 'Mayor', mentions: 3 }, { name: 'Dunmore Water Company', type: 'organization', aliases: ['Dunmore'] }],
    deadlines: [
      { text: 'March 31', value: '2031-03-31', what: PLAN, sentence: 1 },
      { text: 'June 30', value: '2031-06-30', what: 'regulators pushed it back', sentence: 2, extendedFrom: 0 },
    ],
    quotes: [{ text: 'the plan is coming', speaker: 'Mara Quinlan', sentence: 3 }],
  },
  {
    path: 'b2', date: '2031-04-02',
    actors: [{ name: 'Quinlan', type: 'person' }, { name: 'Ana Ruiz', type: 'person' }],
    deadlines: [{ text: 'June 30', value: '2031-06-30', what: 'the cleanup plan for the reservoir', sentence: 1 }],
    claims: [{ text: 'the plan will be ready', source: 'Quinlan', sentence: 2 }, { text: 'costs will rise', source: null, sentence: 3 }],
  },
];

/** A ledger as JSON text and back (what `ledger -f json` writes and `ledger x.json` reads). */
const roundTrip = (doc: LedgerDoc) => LedgerDoc.parse(JSON.parse(JSON.stringify(doc)));
const withoutTime = (doc: LedgerDoc) => ({ ...doc, stats: { ...doc.stats, ms: 0 } });

function ledgerOf(specs: DocSpec[], from: LedgerDoc[] = []): LedgerDoc {
  const l = new Ledger({ keepDigests: true });
  for (const d of from) l.addLedger(d as LedgerDoc & { digests: NonNullable<LedgerDoc['digests']> });
  for (const s of specs) l.add(makeDoc(s));
  return roundTrip(l.finish());
}

describe('ledger folding', () => {
  const all = ledgerOf(ARTICLES);
  const a = ledgerOf(ARTICLES.slice(0, 2));
  const b = ledgerOf(ARTICLES.slice(2));

  it('sharded: ledger(A) + ledger(B) equals the ledger of all the articles', () => {
    const merged = ledgerOf([], [a, b]);
    expect(withoutTime(merged)).toEqual(withoutTime(all));
  });

  it('incremental: ledger(A) + the new articles equals the ledger of all the articles', () => {
    expect(withoutTime(ledgerOf(ARTICLES.slice(2), [a]))).toEqual(withoutTime(all));
  });

  it('an actor whose fullest name appears only in the second shard gets it, with every mention', () => {
    const merged = ledgerOf([], [a, b]);
    const q = merged.actors.find((x) => x.name === 'Mara Quinlan')!;
    expect(q.articles.map((x) => [x.article, x.mentions])).toEqual([['a1', 2], ['b1', 3], ['b2', 1]]);
    expect(q.mentions).toBe(6);
    expect(a.actors.some((x) => x.name === 'Mara Quinlan')).toBe(false); // control: shard A alone does not know it
    expect(merged.sources.find((g) => g.source === 'Mara Quinlan')!.items.map((i) => i.article)).toEqual(['a1', 'b1', 'b2']);
  });

  it('a deadline that moves between shards is one thread, extended from March 31 to June 30', () => {
    const merged = ledgerOf([], [a, b]);
    const moved = merged.threads.filter((t) => t.status === 'extended');
    expect(moved.map((t) => t.values)).toEqual([['2031-03-31', '2031-06-30']]);
    expect(moved[0]!.steps.map((s) => s.article)).toEqual(['a1', 'a2', 'b1', 'b1', 'b2']);
    expect(a.threads.some((t) => t.status === 'extended')).toBe(false); // control: not within shard A
  });

  it('folding is associative over three shards and keeps the errors of each', () => {
    const l = new Ledger({ keepDigests: true });
    l.add(makeDoc(ARTICLES[0]!));
    l.addError('x.txt', 'E_EMPTY', 'x.txt: is empty');
    const first = roundTrip(l.finish());
    const rest = [ledgerOf(ARTICLES.slice(1, 3)), ledgerOf(ARTICLES.slice(3))];
    const merged = ledgerOf([], [first, ...rest]);
    expect(merged.errors.map((e) => e.path)).toEqual(['x.txt']);
    expect(withoutTime({ ...merged, errors: [], stats: { ...merged.stats, failed: 0 } })).toEqual(withoutTime(all));
  });

  it('a ledger without digests (pretty, markdown or html runs keep none) is not foldable', () => {
    const l = new Ledger();
    l.add(makeDoc(ARTICLES[0]!));
    expect(l.finish().digests).toBeUndefined();
  });
});

describe('readLedgerFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tc-fold-'));
  const file = (name: string, data: unknown) => {
    const p = join(dir, name);
    writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data));
    return p;
  };
  const good = ledgerOf(ARTICLES.slice(0, 1));

  it('reads a ledger written as JSON', async () => {
    expect((await readLedgerFile(file('good.json', good))).digests).toHaveLength(1);
  });

  const BAD: [string, unknown, RegExp][] = [
    ['broken.json', '{"schemaVersion": ', /not valid JSON/],
    ['article.json', { schemaVersion: '1.2.0', actors: [] }, /schemaVersion 1\.2\.0/],
    ['nodigests.json', { ...good, digests: undefined }, /carries no digests/],
    ['badshape.json', { ...good, timeline: 3 }, /timeline/],
  ];
  for (const [name, data, message] of BAD) {
    it(`rejects ${name} with one E_BAD_LEDGER line`, async () => {
      const err = await readLedgerFile(file(name, data)).catch((e: Error & { code?: string }) => e);
      expect((err as { code?: string }).code).toBe('E_BAD_LEDGER');
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).not.toContain('\n');
    });
  }
});
