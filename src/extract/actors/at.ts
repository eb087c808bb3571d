/** Which actor is mentioned at a span: for speaker and source resolution by other extractors. */
import type { Actor } from '../../schema/doc.js';

/**
 * The actor one of whose mentions covers [start, end); else the actor with the longest mention
 * inside [start, end); else null.
 */
export function actorAt(actors: readonly Actor[], start: number, end: number): Actor | null {
  let inside: Actor | null = null;
  let insideLen = 0;
  for (const a of actors) {
    for (const m of a.mentions) {
      if (m.start <= start && m.end >= end) return a;
      if (m.start >= start && m.end <= end && m.end - m.start > insideLen) [inside, insideLen] = [a, m.end - m.start];
    }
  }
  return inside;
}
