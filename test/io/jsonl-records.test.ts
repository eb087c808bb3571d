import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseRecordLine, readRecords, type RecordOrError } from '../../src/io/jsonl-records.js';

async function read(text: string | Buffer, maxBytes = 1000): Promise<RecordOrError[]> {
  const out: RecordOrError[] = [];
  for await (const r of readRecords(Readable.from([Buffer.from(text)]), 'c.jsonl', maxBytes)) out.push(r);
  return out;
}

const GOOD: [string, Record<string, unknown>][] = [
  ['{"id":"a1","text":"Body."}', { id: 'a1', date: null, title: null }],
  ['{"id":7,"text":"Body.","date":"2031-03-02"}', { id: '7', date: '2031-03-02' }],
  ['{"id":"a","text":"Body.","date":"2031-03-02T23:10:00Z","title":"T","url":"https://x.test/a","outlet":"O"}', { date: '2031-03-02', title: 'T', outlet: 'O' }],
  ['{"id":"a","text":"Body.","date":null,"extra":1}', { date: null }],
  ['{"text":"Body."}', { id: '1' }], // no id: the record's position
  ['{"uuid":"u-9","body":"Body.","publishedAt":"2031-03-02T09:00:00Z","link":"https://x.test/b","headline":"H","source":{"name":"Wire"}}', { id: 'u-9', text: 'Body.', date: '2031-03-02', url: 'https://x.test/b', title: 'H', outlet: 'Wire' }],
  ['{"id":"a","content":"Body.","pubDate":"Tue, 04 Mar 2031 10:00:00 GMT","source":{"id":null}}', { date: '2031-03-04', outlet: null }],
];
const BAD: [string, RegExp][] = [
  ['{"id":"a","text":"Body."', /c\.jsonl:3: record skipped: not valid JSON/],
  ['["a","b"]', /not a JSON object/],
  ['{"id":"a"}', /no "text" field \(nor body, content/],
  ['{"id":"a","body":5}', /"body" expected a string/],
  ['{"id":"a","text":"   "}', /"text" is empty/],
  ['{"id":"a","text":"Body.","date":"March 2"}', /"date" expected YYYY-MM-DD/],
  ['{"id":"a","text":"Body.","date":"2031-02-30"}', /"date" not a real calendar date/],
  ['{"id":"a","text":"Body.","title":5}', /"title"/],
];

describe('parseRecordLine', () => {
  for (const [line, want] of GOOD) it(`accepts ${line}`, () => expect(parseRecordLine(line, 'c.jsonl', 1)).toMatchObject({ kind: 'record', ...want }));
  for (const [line, msg] of BAD) it(`rejects ${line}`, () => expect(() => parseRecordLine(line, 'c.jsonl', 3)).toThrow(msg));
});

describe('readRecords', () => {
  it('numbers lines from 1, skips blank lines, reports a bad line and goes on', async () => {
    const rs = await read('{"id":"a","text":"One."}\n\n{oops\r\n{"id":"b","text":"Two."}');
    expect(rs.map((r) => r.kind)).toEqual(['record', 'error', 'record']);
    expect(rs[1]!.path).toBe('c.jsonl:3');
    expect(rs[2]).toMatchObject({ id: 'b', line: 4, path: 'c.jsonl:4' });
  });
  it('reads a line split across chunks', async () => {
    const chunks = ['{"id":"a","te', 'xt":"Caf', 'é."}\n'].map((s) => Buffer.from(s));
    const out: RecordOrError[] = [];
    for await (const r of readRecords(Readable.from(chunks), 'c.jsonl', 1000)) out.push(r);
    expect(out).toMatchObject([{ kind: 'record', text: 'Café.' }]);
  });
  it('drops a line over the byte limit without keeping it, and reads the next', async () => {
    const rs = await read(`{"id":"a","text":"${'x'.repeat(200)}"}\n{"id":"b","text":"ok"}\n`, 100);
    expect(rs[0]).toMatchObject({ kind: 'error', path: 'c.jsonl:1' });
    expect(rs[1]).toMatchObject({ kind: 'record', id: 'b' });
  });
  it('reports bad UTF-8 (negative: the line is not decoded loosely)', async () => {
    const rs = await read(Buffer.concat([Buffer.from('{"id":"a","text":"'), Buffer.from([0xff]), Buffer.from('"}\n')]));
    expect(rs[0]).toMatchObject({ kind: 'error' });
  });
});
