/**
 * A rule is a row of data: an id, a token pattern (`match`), patterns that veto it (`unless`), the
 * decision it makes (`then`), an example in which it fires and a counter-example in which it must not.
 * Rows live in src/rules/<area>/ and are registered in src/rules/registry.ts; one generic test runs
 * every registered row on its example and counter-example (test/rules.test.ts).
 */
export interface Rule<V = true> {
  /** '<stage>.<group>.<name>', unique across the project; items and --explain name it */
  id: string;
  /** a token pattern (src/engine/pattern.ts); its first capture `[...]` aligns with the candidate */
  match: string;
  /** patterns any one of which vetoes the row (aligned with the candidate the same way) */
  unless?: readonly string[];
  /** what the row decides: a type, a verdict, a cue kind, ... */
  then: V;
  /** an invented or licence-clean sentence in which the row fires */
  example: string;
  /** a near miss in which it must not fire */
  counter?: string;
  /** why the row exists, when the id does not say it */
  note?: string;
}

/** A named, ordered list of rows: a decision list (the first row that holds wins) or a set of proposers. */
export interface RuleTable<V = unknown> {
  /** unique name, e.g. 'actors.type' */
  name: string;
  /** the pipeline stage that applies it (for --explain and the docs) */
  stage: string;
  rows: readonly Rule<V>[];
}

/** Build a table, checking that ids are unique and well-formed (a typo fails at load, not silently). */
export function table<V>(name: string, stage: string, rows: readonly Rule<V>[]): RuleTable<V> {
  const seen = new Set<string>();
  for (const r of rows) {
    if (!/^[a-z0-9]+(?:[.-][a-z0-9]+)+$/u.test(r.id)) throw new Error(`rule table ${name}: bad id "${r.id}"`);
    if (seen.has(r.id)) throw new Error(`rule table ${name}: duplicate id "${r.id}"`);
    seen.add(r.id);
  }
  return { name, stage, rows };
}
