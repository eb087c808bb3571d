/**
 * Actor errors by class: `npx tsx test/scripts/actor-errors.ts DIR [--list CLASS] [--json]`.
 * Runs analyze() on every article of DIR that has gold, matches actors as the scorer does, and prints
 * each false positive, miss and wrong type with the rule that produced it, a context snippet and a
 * rough error class (boundary, work/award/event, subject/degree, language/religion/demonym, ...).
 * A development aid: the classes are coarse heuristics over the error text, not rules of the product.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/pipeline.js';
import { loadGoldDir, matchOneToOne, normalizeName } from '../../src/score/index.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/bench/gum';
const listClass = args.includes('--list') ? args[args.indexOf('--list') + 1] : null;

const forms = (name: string, aliases: readonly string[]): Set<string> => new Set([name, ...aliases].map(normalizeName));
const meets = (a: Set<string>, b: Set<string>): boolean => [...a].some((x) => x !== '' && b.has(x));
const overlaps = (a: Set<string>, b: Set<string>): boolean =>
  [...a].some((x) => x.length > 2 && [...b].some((y) => y.length > 2 && (x.includes(y) || y.includes(x))));

const WORKISH = /\b(award|awards|prize|medal|cup|series|championship|festival|war|revolution|games|olympics|tour|oscar|grammy|emmy|carnival)\b/iu;
const SUBJECT = /^(ph\.?d\.?|ma|ba|bsc|msc|mba|psychology|linguistics|philosophy|history|art|music|physics|chemistry|mathematics|biology|law|medicine|science|economics|literature)$/iu;
const LANGREL = /^(english|latin|french|german|greek|hebrew|arabic|spanish|italian|russian|chinese|japanese|christian|christianity|muslim|islam|islamic|hindu|buddhist|buddhism|jewish|catholic|protestant|orthodox|bible)$/iu;

interface Row { cls: string; doc: string; kind: string; text: string; type: string; rule: string; ctx: string }

function classify(kind: string, text: string, rule: string, goldNear: boolean): string {
  if (kind === 'wrong') return `type:${rule}`;
  if (kind === 'miss') return goldNear ? 'miss:boundary' : 'miss:none';
  if (goldNear) return 'fp:boundary/part';
  if (LANGREL.test(text)) return 'fp:language/religion';
  if (SUBJECT.test(text.replace(/\.$/, ''))) return 'fp:subject/degree';
  if (WORKISH.test(text)) return 'fp:award/event';
  if (!/\s/u.test(text)) return `fp:single:${rule}`;
  return `fp:multi:${rule}`;
}

const rows: Row[] = [];
for (const entry of loadGoldDir(dir)) {
  if (!entry.textPath) continue;
  const text = readFileSync(entry.textPath, 'utf8');
  const pred = analyze(text, { referenceDate: entry.gold.referenceDate });
  const gold = entry.gold.actors;
  const req = gold.filter((g) => !g.optional);
  const opt = gold.filter((g) => g.optional).map((g) => forms(g.name, g.aliases));
  const all = gold.map((g) => forms(g.name, g.aliases));
  const gF = req.map((g) => forms(g.name, g.aliases));
  const pF = pred.actors.map((p) => forms(p.name, p.aliases));
  const m = matchOneToOne(req.length, pred.actors.length, [
    (g, p) => normalizeName(req[g]!.name) === normalizeName(pred.actors[p]!.name),
    (g, p) => meets(pF[p]!, gF[g]!),
  ]);
  const ctx = (s: number, e: number): string => text.slice(Math.max(0, s - 40), e + 40).replace(/\s+/gu, ' ');
  m.goldToPred.forEach((p, g) => {
    const ga = req[g]!;
    if (p === -1) {
      const near = pred.actors.find((a, k) => overlaps(pF[k]!, gF[g]!));
      rows.push({ cls: classify('miss', ga.name, '', !!near), doc: entry.id, kind: 'miss', text: ga.name, type: ga.type, rule: near ? `near:${near.name}` : '', ctx: '' });
      return;
    }
    const a = pred.actors[p]!;
    rows.push({ cls: 'tp', doc: entry.id, kind: 'tp', text: a.name, type: `${ga.type}<-${a.type}`, rule: a.rule, ctx: ctx(a.start, a.end) });
    if (a.type !== ga.type) rows.push({ cls: classify('wrong', a.name, `${ga.type}<-${a.type}:${a.rule}`, false), doc: entry.id, kind: 'wrong', text: a.name, type: `${ga.type}<-${a.type}`, rule: a.rule, ctx: ctx(a.start, a.end) });
  });
  m.predToGold.forEach((g, p) => {
    if (g !== -1) return;
    if (opt.some((o) => meets(pF[p]!, o))) return;
    const a = pred.actors[p]!;
    const near = all.some((f) => overlaps(pF[p]!, f));
    rows.push({ cls: classify('fp', a.name, a.rule, near), doc: entry.id, kind: 'fp', text: a.name, type: a.type, rule: a.rule, ctx: ctx(a.start, a.end) });
  });
}

if (args.includes('--json')) {
  console.log(JSON.stringify(rows, null, 1));
} else if (listClass) {
  for (const r of rows.filter((x) => x.cls.startsWith(listClass))) console.log(`${r.doc}\t${r.kind}\t${r.type}\t${r.rule}\t${r.text}\t| ${r.ctx}`);
} else {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.cls, (counts.get(r.cls) ?? 0) + 1);
  for (const [c, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${c}`);
}
