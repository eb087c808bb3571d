/** Finding gold files and their articles on disk. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseGold, type Gold } from './gold-schema.js';

export interface GoldEntry {
  /** NAME of NAME.gold.json */
  id: string;
  goldPath: string;
  /** NAME.txt beside it (or the gold's `article`), when it exists */
  textPath: string | null;
  gold: Gold;
}

const GOLD_SUFFIX = '.gold.json';

/** Every NAME.gold.json in a directory (not recursive), sorted by name, parsed and validated. */
export function loadGoldDir(dir: string): GoldEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(GOLD_SUFFIX))
    .sort()
    .map((f) => {
      const id = f.slice(0, -GOLD_SUFFIX.length);
      const goldPath = resolve(dir, f);
      const gold = readGold(goldPath);
      const candidates = [join(dir, `${id}.txt`), ...(gold.article ? [join(dir, gold.article)] : [])];
      const textPath = candidates.find((p) => existsSync(p)) ?? null;
      return { id, goldPath, textPath: textPath ? resolve(textPath) : null, gold };
    });
}

export function readGold(path: string): Gold {
  try {
    return parseGold(JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')));
  } catch (err) {
    throw new Error(`${path}: not a valid gold file (${(err as Error).message.split('\n')[0]})`);
  }
}
