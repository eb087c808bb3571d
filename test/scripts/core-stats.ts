/**
 * Counts for issue 13's closing note: `npx tsx test/scripts/core-stats.ts [--json] [--root DIR]`.
 * - the rules registry (src/rules/registry.ts): tables, rows the generic test runs, and construction rules
 *   as rows (an engine `match` pattern, which may name a predicate, or a regex `pattern`);
 * - in the stage code (src/extract, src/refine, and src/stages when present): `if` statements, regex
 *   literals, comparisons of a value with a word literal (`x === 'said'`, `!==` too), word-set look-ups
 *   (`.has(` calls) and word-list look-ups (`.includes(` on an array literal of words, `['of', 'for'].includes(w)`,
 *   or on a name this file binds to one, `const LINKS = ['of', 'for']; LINKS.includes(w)`: a word set by
 *   another spelling) and conditional expressions (`a ? b : c`: a decision written as an expression, which
 *   the `if` count does not see). Read from the TypeScript syntax tree, so comments and strings never count.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const rootArg = process.argv.indexOf('--root');
/** The checkout to count (default: this one; `--root DIR` for another, e.g. a baseline). */
const ROOT = rootArg > 0 ? process.argv[rootArg + 1]! : join(import.meta.dirname, '..', '..');
const STAGE_DIRS = ['src/extract', 'src/refine', 'src/stages'];
/** Counted and shown, but not in the stage total (kept comparable with earlier sessions): the parse layer, where a tag fix can hide stage decisions (tag fixes belong to the retag stage, src/refine/retag.ts). */
const ALSO_DIRS = ['src/parse'];
const WORD = /^[\p{L}][\p{L}' .-]*$/u;

interface Counts {
  files: number;
  ifs: number;
  regexLiterals: number;
  wordComparisons: number;
  setLookups: number;
  listLookups: number;
  /** conditional expressions `a ? b : c` */
  ternaries: number;
}

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The counts of one source file, from its syntax tree. */
export function countSource(code: string, name = 'x.ts'): Counts {
  const c: Counts = { files: 1, ifs: 0, regexLiterals: 0, wordComparisons: 0, setLookups: 0, listLookups: 0, ternaries: 0 };
  const sf = ts.createSourceFile(name, code, ts.ScriptTarget.ES2022, true);
  const lists = wordListNames(sf);
  const visit = (n: ts.Node): void => {
    if (ts.isIfStatement(n)) c.ifs++;
    else if (ts.isConditionalExpression(n)) c.ternaries++;
    else if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) c.regexLiterals++;
    else if (ts.isBinaryExpression(n) && isEquality(n.operatorToken.kind) && (isWord(n.left) || isWord(n.right))) c.wordComparisons++;
    else if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'has') c.setLookups++;
    else if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'includes' && isWordList(n.expression.expression, lists)) c.listLookups++;
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return c;
}

function isEquality(k: ts.SyntaxKind): boolean {
  return k === ts.SyntaxKind.EqualsEqualsEqualsToken || k === ts.SyntaxKind.ExclamationEqualsEqualsToken || k === ts.SyntaxKind.EqualsEqualsToken || k === ts.SyntaxKind.ExclamationEqualsToken;
}

function isWord(n: ts.Node): boolean {
  return (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && WORD.test(n.text);
}

/** An array literal whose elements are all word literals (`['the', 'a', 'an']`). */
function isWordArray(n: ts.Node): boolean {
  const e = ts.isAsExpression(n) ? n.expression : n;
  return ts.isArrayLiteralExpression(e) && e.elements.length > 0 && e.elements.every(isWord);
}

/** The names this file binds to a word-list literal (`const PARTY = ['R', 'D']`). */
function wordListNames(sf: ts.SourceFile): Set<string> {
  const out = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && isWordArray(n.initializer)) out.add(n.name.text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const isWordList = (n: ts.Node, lists: ReadonlySet<string>): boolean => isWordArray(n) || (ts.isIdentifier(n) && lists.has(n.text));

function add(a: Counts, b: Counts): Counts {
  return { files: a.files + b.files, ifs: a.ifs + b.ifs, regexLiterals: a.regexLiterals + b.regexLiterals, wordComparisons: a.wordComparisons + b.wordComparisons, setLookups: a.setLookups + b.setLookups, listLookups: a.listLookups + b.listLookups, ternaries: a.ternaries + b.ternaries };
}

const ZERO: Counts = { files: 0, ifs: 0, regexLiterals: 0, wordComparisons: 0, setLookups: 0, listLookups: 0, ternaries: 0 };

interface RegistryCounts {
  tables: number;
  /** every registered row: the generic rows test (test/rules.test.ts) runs each one */
  rows: number;
  /** rows that decide by an engine token pattern (`match`, which may name a @predicate) */
  matchRows: number;
  /** older rows that decide by a regular expression (`pattern`) */
  regexRows: number;
  /** rows with a counter-example */
  withCounter: number;
}

/** The rules registry's tables (src/rules/registry.ts: RULE_TABLES), or null when there is none. */
async function registryCounts(): Promise<RegistryCounts | null> {
  const path = join(ROOT, 'src/rules/registry.ts');
  if (!existsSync(path)) return null;
  const mod = (await import(pathToFileURL(path).href)) as { RULE_TABLES?: readonly { rows: readonly Record<string, unknown>[] }[] };
  const tables = mod.RULE_TABLES ?? [];
  const rows = tables.flatMap((t) => t.rows);
  return {
    tables: tables.length,
    rows: rows.length,
    matchRows: rows.filter((r) => typeof r.match === 'string').length,
    regexRows: rows.filter((r) => typeof r.match !== 'string' && r.pattern !== undefined).length,
    withCounter: rows.filter((r) => typeof r.counter === 'string').length,
  };
}

async function main(): Promise<void> {
  const perDir: Record<string, Counts> = {};
  let total = ZERO;
  for (const d of STAGE_DIRS) {
    let sum = ZERO;
    for (const f of tsFiles(join(ROOT, d))) sum = add(sum, countSource(readFileSync(f, 'utf8'), relative(ROOT, f)));
    if (sum.files === 0) continue;
    perDir[d] = sum;
    total = add(total, sum);
  }
  const also: Record<string, Counts> = {};
  for (const d of ALSO_DIRS) {
    let sum = ZERO;
    for (const f of tsFiles(join(ROOT, d))) sum = add(sum, countSource(readFileSync(f, 'utf8'), relative(ROOT, f)));
    if (sum.files > 0) also[d] = sum;
  }
  const registry = await registryCounts();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ registry, stageCode: total, perDir, notInTotal: also }, null, 2));
    return;
  }
  console.log(
    registry
      ? `rules registry: ${registry.tables} tables, ${registry.rows} rows run by the generic test (${registry.withCounter} with a counter-example); construction rules as rows: ${registry.matchRows} engine-pattern rows + ${registry.regexRows} regex rows`
      : 'rules registry: none yet (src/rules/registry.ts)',
  );
  console.log('stage code           files    ifs  regex  word ==  .has(  list.includes(     ?:');
  for (const [d, c] of [...Object.entries(perDir), ['total', total] as const, ...Object.entries(also).map(([d, c]) => [`${d} (extra)`, c] as const)]) {
    console.log(`${d.padEnd(20)} ${String(c.files).padStart(5)} ${String(c.ifs).padStart(6)} ${String(c.regexLiterals).padStart(6)} ${String(c.wordComparisons).padStart(8)} ${String(c.setLookups).padStart(6)} ${String(c.listLookups).padStart(15)} ${String(c.ternaries).padStart(6)}`);
  }
  if (Object.keys(also).length > 0) console.log('(extra): counted, not in the total');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
