import type { SaidItem, SourceGroup } from '../schema/ledger.js';
import { nameKey } from './names.js';
import { byTime, type Position } from './order.js';

type Item = SaidItem & Position;

interface Group {
  actor: string | null;
  name: string | null;
  items: Item[];
}

/** Who said what: quotes and claims grouped by source (a ledger actor, else the source's name key). */
export class SaidLedger {
  private groups = new Map<string, Group>();

  add(item: Item, actor: string | null, source: string | null): void {
    const key = actor ? actor : source ? 'name:' + nameKey(source) : '';
    let g = this.groups.get(key);
    if (!g) {
      g = { actor, name: source, items: [] };
      this.groups.set(key, g);
    }
    g.items.push(item);
  }

  /** Named sources by number of items, the unattributed group last; items in time order. */
  finish(nameOf: (actor: string) => string): SourceGroup[] {
    const out: SourceGroup[] = [];
    for (const g of this.groups.values()) {
      const items = [...g.items].sort(byTime);
      out.push({
        source: g.actor ? nameOf(g.actor) : g.name,
        actor: g.actor,
        articles: new Set(items.map((i) => i.article)).size,
        items: items.map(({ arrival: _a, ...rest }) => rest),
      });
    }
    return out.sort((a, b) => (a.source === null ? 1 : b.source === null ? -1 : b.items.length - a.items.length || a.source.localeCompare(b.source)));
  }
}
