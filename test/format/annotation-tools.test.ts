import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { CSV_ARTICLE, EMOJI_ARTICLE } from './articles.js';

const dir = mkdtempSync(join(tmpdir(), 'tc-annot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const a = join(dir, 'a.txt');
const b = join(dir, 'b.txt');
writeFileSync(a, CSV_ARTICLE);
writeFileSync(b, EMOJI_ARTICLE);
const DATE = '2024-05-02';

interface LsRegion { id: string; from_name: string; to_name: string; type: 'labels'; value: { start: number; end: number; text: string; labels: string[] } }
interface LsRelation { from_id: string; to_id: string; type: 'relation'; labels: string[] }
interface LsTask { data: { text: string }; predictions: { model_version: string; result: (LsRegion | LsRelation)[] }[] }

describe('--format labelstudio', () => {
  it('a task per input: data.text, labels regions whose text is data.text.slice(start, end), relations to speakers', async () => {
    const r = await runCli(['extract', a, b, '--format', 'labelstudio', '--date', DATE, '-q', '--jobs', '1']);
    expect(r.code).toBe(0);
    const tasks = JSON.parse(r.stdout) as LsTask[];
    expect(tasks).toHaveLength(2);
    expect(tasks.map((t) => t.data.text)).toEqual([CSV_ARTICLE, EMOJI_ARTICLE]);
    for (const task of tasks) {
      expect(task.predictions).toHaveLength(1);
      const result = task.predictions[0]!.result;
      const regions = result.filter((x): x is LsRegion => x.type === 'labels');
      const relations = result.filter((x): x is LsRelation => x.type === 'relation');
      expect(regions.length).toBeGreaterThan(3);
      for (const s of regions) {
        expect(s).toMatchObject({ from_name: 'label', to_name: 'text', type: 'labels' });
        expect(s.value.labels).toHaveLength(1);
        expect(s.value.text).toBe(task.data.text.slice(s.value.start, s.value.end));
      }
      expect(relations.length).toBeGreaterThan(0);
      const ids = new Map(regions.map((s) => [s.id, s]));
      expect(ids.size).toBe(regions.length);
      for (const rel of relations) {
        expect(['Quote', 'Claim']).toContain(ids.get(rel.from_id)?.value.labels[0]);
        expect(['Person', 'Organization', 'Country', 'Media', 'Place']).toContain(ids.get(rel.to_id)?.value.labels[0]);
      }
    }
  });

  it('the labeling config names every label the tasks use', async () => {
    const cfg = (await runCli(['schema', 'labelstudio-config'])).stdout;
    const tasks = JSON.parse((await runCli(['extract', b, '--format', 'labelstudio', '--date', DATE, '-q'])).stdout) as LsTask[];
    for (const x of tasks[0]!.predictions[0]!.result) for (const l of 'value' in x ? x.value.labels : x.labels) expect(cfg).toContain(`value="${l}"`);
  });
});

interface Selector { type: string; start?: number; end?: number; exact?: string; prefix?: string; suffix?: string }
interface Annotation { id: string; type: string; motivation: string; body: { type: string; purpose: string; value?: string; source?: string }[]; target: { source: string; selector: Selector[] } }

describe('--format webanno', () => {
  it('one AnnotationCollection (JSON-LD): every annotation has a TextPositionSelector in code points and a TextQuoteSelector', async () => {
    const r = await runCli(['extract', a, b, '--format', 'webanno', '--date', DATE, '-q', '--jobs', '1']);
    expect(r.code).toBe(0);
    const coll = JSON.parse(r.stdout) as { '@context': string; type: string; first: { type: string; items: Annotation[] } };
    expect(coll['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(coll.type).toBe('AnnotationCollection');
    expect(coll.first.type).toBe('AnnotationPage');
    const items = coll.first.items;
    expect(new Set(items.map((x) => x.target.source)).size).toBe(2);
    expect(new Set(items.map((x) => x.id)).size).toBe(items.length);
    const texts = new Map([[a, CSV_ARTICLE], [b, EMOJI_ARTICLE]]);
    for (const an of items) {
      expect(an.type).toBe('Annotation');
      const text = texts.get(decodeURI(an.target.source.replace(/^file:/, '')))!;
      const pos = an.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      const quote = an.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      expect([...text].slice(pos.start, pos.end).join('')).toBe(quote.exact);
      expect(text).toContain(`${quote.prefix}${quote.exact}${quote.suffix}`);
      expect(an.body.find((x) => x.purpose === 'tagging')?.value).toMatch(/^[A-Z]/);
    }
    const ids = new Set(items.map((x) => x.id));
    const links = items.flatMap((x) => x.body.filter((y) => y.purpose === 'linking'));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(ids.has(l.source!)).toBe(true);
  });
});
