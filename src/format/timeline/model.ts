/** What a timeline picture shows, independent of where the data came from (a ledger or one article). */
export interface TlItem {
  /** the item's span in days (see days.ts) */
  from: number;
  to: number;
  precise: boolean;
  /** hover text: the item's text, value, article and sentence */
  title: string;
  /** the table row it links to ("#tl-3"), or null */
  href: string | null;
}

export interface TlLane {
  id: 'articles' | 'dates' | 'deadlines';
  label: string;
  items: TlItem[];
}

/** A deadline that moved: an arrow from the old due date to the new one. */
export interface TlArrow {
  from: number;
  to: number;
  label: string;
  title: string;
  href: string | null;
}

/** Who spoke when: one dot per quote or claim of one source. */
export interface TlStrip {
  label: string;
  items: TlItem[];
}

export interface TlModel {
  lanes: TlLane[];
  arrows: TlArrow[];
  strips: TlStrip[];
  /** a day to mark with a vertical rule (an article's publication date) */
  reference: number | null;
  /** items whose value cannot be placed (unknown parts such as XXXX-09-17) */
  undated: number;
  /** the drawing's size: 'full' for the ledger, 'compact' for one article */
  size: 'full' | 'compact';
}
