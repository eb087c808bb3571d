import type { Change, DeadlineThread } from '../schema/ledger.js';
import { THREAD_MATCH } from '../rules/ledger.js';
import { compatibleValues, byTime, type Position } from './order.js';

/** One deadline as the thread sees it (the same object is the deadline's timeline entry). */
export interface ThreadMember extends Position {
  value: string;
  text: string;
  article: string;
  sentence: number;
  refersTo: string;
  thread: string | null;
  change: Change | null;
  previous: string | null;
}

interface Thread {
  id: string;
  members: ThreadMember[];
  features: Map<string, number>;
}

/**
 * Deadline threads: a deadline joins the thread of the earlier deadline it shares most features with
 * (THREAD_MATCH), found through an inverted index, so each deadline costs its postings, not all threads.
 */
export class ThreadLedger {
  private threads: Thread[] = [];
  private postings = new Map<string, { entry: number; thread: number; size: number }[]>();
  private entries = 0;

  /**
   * Adds a deadline to the thread of the most similar earlier one, or to `joins`'s thread when the
   * article says this deadline replaces that one (`extendedFrom`).
   */
  add(member: ThreadMember, features: string[], joins?: ThreadMember): void {
    let t = joins?.thread ? this.threads.findIndex((x) => x.id === joins.thread) : this.match(features);
    if (t < 0) {
      t = this.threads.length;
      this.threads.push({ id: `T${t + 1}`, members: [], features: new Map() });
    }
    const thread = this.threads[t]!;
    thread.members.push(member);
    member.thread = thread.id;
    const entry = this.entries++;
    for (const f of features) {
      thread.features.set(f, (thread.features.get(f) ?? 0) + 1);
      const list = this.postings.get(f) ?? [];
      if (list.length <= THREAD_MATCH.maxPosting) list.push({ entry, thread: t, size: features.length });
      this.postings.set(f, list);
    }
  }

  /** The thread of the most similar earlier deadline (shared features, THREAD_MATCH), or -1. */
  private match(features: string[]): number {
    const shared = new Map<number, { thread: number; size: number; n: number; words: number }>();
    for (const f of features) {
      const list = this.postings.get(f);
      if (!list || list.length > THREAD_MATCH.maxPosting) continue;
      for (const p of list) {
        const s = shared.get(p.entry) ?? { thread: p.thread, size: p.size, n: 0, words: 0 };
        s.n++;
        if (!f.startsWith('@')) s.words++;
        shared.set(p.entry, s);
      }
    }
    let best = -1;
    let bestScore = 0;
    for (const s of shared.values()) {
      const overlap = s.n / Math.max(1, Math.min(s.size, features.length));
      if (s.n < THREAD_MATCH.minShared || s.words < THREAD_MATCH.minSharedWords || overlap < THREAD_MATCH.minOverlap) continue;
      const score = overlap + s.n / 100;
      if (score > bestScore) [best, bestScore] = [s.thread, score];
    }
    return best;
  }

  finish(): DeadlineThread[] {
    return this.threads.map(finishThread).sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id, 'en', { numeric: true }));
  }
}

function rank(t: DeadlineThread): number {
  return t.status === 'single' ? 2 : t.status === 'stable' ? 1 : 0;
}

/** Steps in time order; each step's change against the thread's current value. */
function finishThread(t: Thread): DeadlineThread {
  const steps = [...t.members].sort(byTime);
  const seen: string[] = [];
  let current: string | null = null;
  for (const m of steps) {
    const back = seen.some((v) => compatibleValues(v, m.value));
    if (current === null) m.change = 'first';
    else if (compatibleValues(current, m.value) || back) m.change = 'same';
    else {
      m.change = m.value > current ? 'extended' : 'advanced';
      m.previous = current;
    }
    if (m.change !== 'same') current = m.value;
    if (!back) seen.push(m.value);
  }
  const changes = new Set(steps.map((m) => m.change));
  const status = steps.length === 1 ? 'single' : changes.has('extended') && changes.has('advanced') ? 'moved' : changes.has('extended') ? 'extended' : changes.has('advanced') ? 'advanced' : 'stable';
  const keywords = [...t.features].filter(([, n]) => n > 1 || steps.length === 1).sort((a, b) => b[1] - a[1]).map(([f]) => f);
  return {
    id: t.id,
    what: steps[0]!.refersTo,
    keywords,
    status,
    values: seen,
    steps: steps.map((m) => ({ value: m.value, text: m.text, article: m.article, articleDate: m.articleDate, sentence: m.sentence, what: m.refersTo, change: m.change! })),
  };
}
