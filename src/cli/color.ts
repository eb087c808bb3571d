import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Colors: off with --no-color or NO_COLOR (any non-empty value); forced with FORCE_COLOR (0 turns
 * them off, 1-3 set the level); otherwise on only when writing to a terminal. JSON is never colored.
 */
export function colorLevel(opts: { color?: boolean }, env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (opts.color === false) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1;
  }
  if (env.NO_COLOR) return 0;
  if (!isTTY) return 0;
  if (env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' ? 3 : /256/.test(env.TERM ?? '') ? 2 : 1;
}

export function makeChalk(level: 0 | 1 | 2 | 3): ChalkInstance {
  return new Chalk({ level });
}
