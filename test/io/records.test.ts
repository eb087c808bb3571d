import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { feedRecords } from '../../src/io/feed.js';
import { jsonRecords, recordList } from '../../src/io/records.js';
import type { RecordOrError } from '../../src/io/jsonl-records.js';

const RSS = readFileSync(new URL('../../fixtures/pages/fema-news.rss', import.meta.url), 'utf8');

async function all(text: string, fields = {}): Promise<RecordOrError[]> {
  const out: RecordOrError[] = [];
  for await (const r of jsonRecords(text, 'x.json', { maxBytes: 1e6, stdin: Readable.from([]), fields })) out.push(r);
  return out;
}

describe('JSON exports', () => {
  it('reads an array of records, each numbered by position', async () => {
    const rs = await all('[{"id":"a","text":"One."},{"body":"Two.","date":"2031-01-02"}]');
    expect(rs).toMatchObject([{ kind: 'record', id: 'a', path: 'x.json:1' }, { kind: 'record', id: '2', text: 'Two.', date: '2031-01-02', from: 'record' }]);
  });
  it('finds the records in a news API object ({"articles": [...]}) and one record alone', async () => {
    expect(await all('{"status":"ok","articles":[{"title":"T","content":"C.","source":{"name":"Wire"}}]}')).toMatchObject([{ title: 'T', text: 'C.', outlet: 'Wire' }]);
    expect(await all('{"text":"Alone.","tags":[{"k":1}]}')).toMatchObject([{ text: 'Alone.' }]);
    expect(recordList({ response: { results: [{ a: 1 }] } })).toEqual([{ a: 1 }]);
  });
  it('reads the fields the command line names (dotted paths), and only those', async () => {
    const rec = '[{"uid":"k1","fields":{"bodyText":"Body.","pub":"2031-05-06"},"text":"not this"}]';
    expect(await all(rec, { text: 'fields.bodyText', date: 'fields.pub', id: 'uid' })).toMatchObject([{ id: 'k1', text: 'Body.', date: '2031-05-06' }]);
    expect(await all(rec, { text: 'fields.missing' })).toMatchObject([{ kind: 'error', error: { message: expect.stringMatching(/no "fields.missing" field/) } }]);
  });
  it('reads JSON Lines in a .json file, and refuses what is neither', async () => {
    expect((await all('{"text":"A."}\n{"text":"B."}\n')).map((r) => r.kind)).toEqual(['record', 'record']);
    await expect(all('{oops')).rejects.toThrow(/not valid JSON/);
  });
});

describe('feeds', () => {
  it('gives one HTML record per RSS item, dated, linked and titled by it', () => {
    const rs = feedRecords(RSS, 'f.rss');
    expect(rs).toMatchObject([
      { kind: 'record', path: 'f.rss:1', date: '2025-06-06', title: 'Disaster Recovery Center Opening June 7 in Franklin County', url: expect.stringContaining('franklin-county'), outlet: 'FEMA News Releases', html: true, from: 'feed' },
      { kind: 'record', path: 'f.rss:2', date: '2025-03-26', title: 'FEMA May Contact You by Phone' },
    ]);
  });
  it('reads Atom entries (content, else summary; updated when not published)', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
      <entry><id>urn:1</id><title>A</title><link href="https://x.test/a"/><updated>2031-02-03T10:00:00Z</updated><content type="html">&lt;p&gt;Body A.&lt;/p&gt;</content></entry>
      <entry><id>urn:2</id><title>B</title><published>2031-02-01T10:00:00Z</published><summary>Body B.</summary></entry></feed>`;
    expect(feedRecords(atom, 'a.atom')).toMatchObject([
      { id: 'urn:1', date: '2031-02-03', url: 'https://x.test/a', text: '<p>Body A.</p>', outlet: 'Desk' },
      { id: 'urn:2', date: '2031-02-01', text: 'Body B.' },
    ]);
  });
  it('refuses what is not a feed in one error', () => {
    expect(() => feedRecords('<html><body>x</body></html>', 'p.xml')).toThrow(/p\.xml: not a readable RSS or Atom feed/);
  });
});
