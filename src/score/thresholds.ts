/**
 * Minimum scores for `check`/`score`: `--min FIELD.METRIC=VALUE` specs and `--thresholds FILE`.
 * The file is JSON, flat ({"quotes.f1": 0.9}) or nested ({"quotes": {"f1": 0.9}}); "_comment" keys are skipped.
 */
import { readFileSync } from 'node:fs';
import { isMetricName, metricNames } from './metric.js';

export type Minimums = Record<string, number>;

const SPEC = /^(?<metric>[a-z]{1,12}\.[A-Za-z0-9]{1,20})=(?<value>\d{1,3}(?:\.\d{1,9})?|\.\d{1,9})$/;

function checked(metric: string, value: number, where: string): [string, number] {
  if (!isMetricName(metric)) throw new Error(`${where}: unknown metric "${metric}" (one of ${metricNames().join(', ')})`);
  if (!(value >= 0 && value <= 1)) throw new Error(`${where}: ${metric} must be a number from 0 to 1`);
  return [metric, value];
}

/** Parse `--min` specs such as "quotes.f1=0.9". Throws an Error naming the bad spec. */
export function parseMinSpecs(specs: readonly string[]): Minimums {
  const out: Minimums = {};
  for (const spec of specs) {
    const m = SPEC.exec(spec.trim());
    if (!m?.groups) throw new Error(`bad --min "${spec}": expected FIELD.METRIC=VALUE, e.g. quotes.f1=0.9`);
    const [metric, value] = checked(m.groups.metric!, Number(m.groups.value), `bad --min "${spec}"`);
    out[metric] = value;
  }
  return out;
}

/** Flatten a thresholds object (flat or nested) into minimums. */
export function parseThresholds(json: unknown, where = 'thresholds'): Minimums {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${where}: expected a JSON object`);
  const out: Minimums = {};
  for (const [key, v] of Object.entries(json)) {
    if (key.startsWith('_')) continue;
    if (typeof v === 'number') {
      const [metric, value] = checked(key, v, where);
      out[metric] = value;
    } else if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      for (const [sub, n] of Object.entries(v)) {
        if (sub.startsWith('_')) continue;
        const [metric, value] = checked(`${key}.${sub}`, typeof n === 'number' ? n : NaN, where);
        out[metric] = value;
      }
    } else throw new Error(`${where}: "${key}" must be a number or an object of numbers`);
  }
  return out;
}

export function loadThresholdsFile(path: string): Minimums {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read thresholds ${path}: ${(err as Error).message.split('\n')[0]}`);
  }
  return parseThresholds(json, path);
}
