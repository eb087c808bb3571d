/** Small builders for hand-made gold/prediction pairs (invented names only). */
export function gold(parts: Record<string, unknown>): Record<string, unknown> {
  return { id: 'case', referenceDate: '2024-03-04', actors: [], dates: [], deadlines: [], quotes: [], claims: [], ...parts };
}

export function pred(parts: Record<string, unknown>): Record<string, unknown> {
  return { actors: [], dates: [], deadlines: [], quotes: [], claims: [], ...parts };
}

export const MARA = { name: 'Mara Quillfeather', type: 'person', role: 'Mayor', aliases: ['Quillfeather', 'Mayor Quillfeather'] };
export const ORBEX = { name: 'Orbex Dynamics', type: 'organization', aliases: ['Orbex'] };
export const LEDGER = { name: 'The Harbor Ledger', type: 'media', aliases: ['Ledger'] };
