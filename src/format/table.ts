/**
 * Items as flat table rows (one row per item), the shared model of the CSV output: the columns of each
 * item list, and the input columns that every row starts with (so several inputs make one table).
 */
import type { ClaimsDoc } from '../schema/doc.js';

export const ITEM_LISTS = ['claims', 'quotes', 'actors', 'dates', 'deadlines'] as const;
export type ItemList = (typeof ITEM_LISTS)[number];

type Cell = string | number | null;
type Row = Record<string, Cell>;

const INPUT_COLUMNS = ['input', 'inputId', 'url'] as const;
const EVIDENCE_COLUMNS = ['start', 'end', 'sentence', 'rule', 'sentenceText'] as const;

/** The columns of each list, in order (input columns first, evidence last). */
const ITEM_COLUMNS: Record<ItemList, readonly string[]> = {
  claims: ['text', 'source', 'sourceId', 'via', 'viaId', 'cue', 'cueStart', 'cueEnd'],
  quotes: ['text', 'kind', 'speaker', 'speakerId', 'speakerRule'],
  actors: ['id', 'name', 'type', 'role', 'aliases', 'mentions'],
  dates: ['text', 'kind', 'value', 'time'],
  deadlines: ['text', 'value', 'what', 'who', 'consequence', 'cue', 'extendedFrom'],
};

export function columnsOf(list: ItemList): string[] {
  return [...INPUT_COLUMNS, ...ITEM_COLUMNS[list], ...EVIDENCE_COLUMNS];
}

/** One row per item of `list`, cells in `columnsOf(list)` order. Actors: aliases joined with "; ", mentions counted. */
export function rowsOf(doc: ClaimsDoc, list: ItemList): Cell[][] {
  const cols = columnsOf(list);
  const input: Row = { input: doc.input.path, inputId: doc.input.id ?? null, url: doc.input.url ?? null };
  const items = doc[list] as unknown as Record<string, unknown>[];
  return items.map((item) => {
    const row: Row = { ...input, sentenceText: doc.sentences[item.sentence as number]?.text ?? null };
    for (const c of cols) if (!(c in row)) row[c] = cell(c, item[c]);
    return cols.map((c) => row[c] ?? null);
  });
}

function cell(column: string, v: unknown): Cell {
  if (column === 'aliases' && Array.isArray(v)) return v.join('; ');
  if (column === 'mentions' && Array.isArray(v)) return v.length;
  if (v === undefined || v === null) return null;
  return typeof v === 'number' ? v : String(v);
}
