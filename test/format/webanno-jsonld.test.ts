import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { EMOJI_ARTICLE } from './articles.js';

/**
 * The Web Annotation output read by a JSON-LD processor (jsonld.js): expanded against the W3C context
 * (test/format/anno.jsonld, the W3C's file, served locally: no network), every annotation keeps its
 * selectors and their values under the Web Annotation vocabulary's IRIs, not dropped as unknown terms.
 */
const CONTEXT_URL = 'http://www.w3.org/ns/anno.jsonld';
const context = JSON.parse(readFileSync(new URL('./anno.jsonld', import.meta.url), 'utf8'));
const documentLoader = async (url: string) => {
  if (url !== CONTEXT_URL) throw new Error(`no network in tests: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: context };
};
const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';

type Node = Record<string, unknown[]>;
const one = (n: Node, iri: string): unknown => (n[iri] as { '@value'?: unknown; '@id'?: string }[] | undefined)?.[0];

describe('--format webanno as JSON-LD', () => {
  it('expands to oa:Annotation nodes with a TextPositionSelector and a TextQuoteSelector each', async () => {
    const r = await runCli(['extract', '-', '--format', 'webanno', '--date', '2024-05-02', '-q'], { input: EMOJI_ARTICLE });
    expect(r.code).toBe(0);
    const expanded = (await jsonld.expand(JSON.parse(r.stdout), { documentLoader: documentLoader as never })) as Node[];
    expect(expanded[0]!['@type']).toEqual([`${AS}OrderedCollection`]);
    const page = (expanded[0]![`${AS}first`] as Node[])[0]!;
    const items = (page[`${AS}items`] as { '@list': Node[] }[])[0]!['@list'];
    expect(items.length).toBeGreaterThan(3);
    for (const a of items) {
      expect(a['@type']).toEqual([`${OA}Annotation`]);
      const target = (a[`${OA}hasTarget`] as Node[])[0]!;
      const selectors = target[`${OA}hasSelector`] as Node[];
      const pos = selectors.find((s) => (s['@type'] as unknown as string[])[0] === `${OA}TextPositionSelector`)!;
      const quote = selectors.find((s) => (s['@type'] as unknown as string[])[0] === `${OA}TextQuoteSelector`)!;
      const start = (one(pos, `${OA}start`) as { '@value': number })['@value'];
      const end = (one(pos, `${OA}end`) as { '@value': number })['@value'];
      const exact = (one(quote, `${OA}exact`) as { '@value': string })['@value'];
      expect([...EMOJI_ARTICLE].slice(start, end).join('')).toBe(exact);
      expect((a[`${OA}hasBody`] as Node[]).length).toBeGreaterThan(1);
    }
  });
});
