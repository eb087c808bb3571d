import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A new temp folder holding a tiny annotated article (invented): pier.txt and its gold. The gold holds
 * one claim no extractor can find, so claims recall is below 1. Shared by the check and report tests.
 */
export function pierGoldDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, 'pier.txt'), 'Mayor Mara Quillfeather said on Monday that the pier will reopen in May.\n');
  writeFileSync(
    join(dir, 'pier.gold.json'),
    JSON.stringify({
      id: 'pier',
      referenceDate: '2024-03-06',
      actors: [{ name: 'Mara Quillfeather', type: 'person', aliases: ['Mayor Mara Quillfeather'] }],
      dates: [{ text: 'Monday', value: '2024-03-04' }, { text: 'May', value: '2024-05' }],
      claims: [
        { anchor: 'the pier will reopen', source: 'Mara Quillfeather', cue: 'said' },
        { anchor: 'an anchor that is not in the text', source: null, cue: 'said' },
      ],
    }),
  );
  return dir;
}
