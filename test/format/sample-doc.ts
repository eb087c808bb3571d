/**
 * A small hand-written ClaimsDoc (invented names, not live extraction) so the view snapshots only
 * change when the views change. Offsets are computed from the text, so they are always right.
 */
import type { ClaimsDoc } from '../../src/schema/doc.js';

export const SAMPLE_TEXT = [
  'LISBON, May 2, 2024 - Harbor Council chair Mara Quell said on Friday that the ferry levy "will be cut by June 30," a promise the Daily Ledger called bold.',
  '"We are done waiting," said Tomas Eberle of the Dock Workers Union, adding that members would strike <b>soon</b> | maybe *never*.',
  'According to the Daily Ledger, Quell expects a vote within two weeks. Analysts say the plan is "fragile".',
].join('\n');

/** Offsets of the nth occurrence of `needle`. */
export function at(needle: string, nth = 0, text = SAMPLE_TEXT): { text: string; start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`sample text has no occurrence ${nth} of ${needle}`);
  }
  return { text: needle, start: i, end: i + needle.length };
}

const SENTENCES = [
  SAMPLE_TEXT.split('\n')[0]!,
  '"We are done waiting," said Tomas Eberle of the Dock Workers Union, adding that members would strike <b>soon</b> | maybe *never*.',
  'According to the Daily Ledger, Quell expects a vote within two weeks.',
  'Analysts say the plan is "fragile".',
];

const sentenceOf = (start: number): number => SENTENCES.findIndex((s) => at(s).start <= start && start < at(s).end);
const ev = (needle: string, rule: string, nth = 0) => {
  const s = at(needle, nth);
  return { ...s, sentence: sentenceOf(s.start), rule };
};
const mention = (needle: string, nth = 0) => ev(needle, 'actor.test', nth);

function actor(id: string, name: string, type: ClaimsDoc['actors'][number]['type'], role: string | null, forms: [string, number][]) {
  const mentions = forms.map(([f, n]) => mention(f, n)).sort((a, b) => a.start - b.start);
  const first = mentions[0]!;
  const aliases = [...new Set(mentions.map((m) => m.text))].filter((t) => t !== name);
  return { id, name, type, role, aliases, mentions, start: first.start, end: first.end, sentence: first.sentence, rule: 'actor.test' };
}


export function sampleDoc(): ClaimsDoc {
  const cue1 = at('said', 0);
  const cue2 = at('According to');
  const cue3 = at('say');
  return {
    schemaVersion: '1.0.0',
    input: { path: 'sample.txt', id: null, url: null, title: null, outlet: null, byline: null, bytes: Buffer.byteLength(SAMPLE_TEXT), chars: SAMPLE_TEXT.length, offsets: 'utf16', referenceDate: '2024-05-02', referenceDateSource: 'text', referenceDateEvidence: at('May 2, 2024') },
    stats: { paragraphs: 3, sentences: SENTENCES.length, tokens: 80, ms: 1 },
    sentences: SENTENCES.map((s, index) => ({ index, paragraph: Math.min(index, 2), ...at(s) })),
    actors: [
      actor('a1', 'Mara Quell', 'person', 'chair', [['Mara Quell', 0], ['Quell', 1]]),
      actor('a2', 'Harbor Council', 'organization', null, [['Harbor Council', 0]]),
      actor('a3', 'Daily Ledger', 'media', null, [['the Daily Ledger', 0], ['the Daily Ledger', 1]]),
      actor('a4', 'Tomas Eberle', 'person', null, [['Tomas Eberle', 0]]),
      actor('a5', 'Dock Workers Union', 'organization', null, [['Dock Workers Union', 0]]),
      actor('a6', 'Lisbon', 'place', null, [['LISBON', 0]]),
    ],
    dates: [
      { ...ev('May 2, 2024', 'date.month-day-year'), value: '2024-05-02', kind: 'date' },
      { ...ev('Friday', 'date.weekday'), value: '2024-05-03', kind: 'date' },
      { ...ev('June 30', 'date.month-day'), value: '2024-06-30', kind: 'date' },
      { ...ev('within two weeks', 'date.within'), value: 'P2W', kind: 'duration' },
    ],
    deadlines: [{ ...ev('June 30', 'deadline.by'), value: '2024-06-30', what: 'the ferry levy will be cut', consequence: null, cue: 'by', who: null, extendedFrom: null }],
    quotes: [
      { ...ev('will be cut by June 30,', 'quote.straight'), kind: 'statement', speaker: 'Mara Quell', speakerId: 'a1', speakerRule: 'speaker.said-before' },
      { ...ev('We are done waiting,', 'quote.straight'), kind: 'statement', speaker: 'Tomas Eberle', speakerId: 'a4', speakerRule: 'speaker.said-after' },
      { ...ev('fragile', 'quote.straight'), kind: 'scare', speaker: null, speakerId: null, speakerRule: null },
    ],
    claims: [
      { ...ev('the ferry levy "will be cut by June 30,"', 'claim.said-that'), source: 'Mara Quell', sourceId: 'a1', via: null, viaId: null, cue: 'said', cueStart: cue1.start, cueEnd: cue1.end },
      { ...ev('Quell expects a vote within two weeks', 'claim.according-to'), source: 'Mara Quell', sourceId: 'a1', via: 'Daily Ledger', viaId: 'a3', cue: 'According to', cueStart: cue2.start, cueEnd: cue2.end },
      { ...ev('the plan is "fragile"', 'claim.say'), source: null, sourceId: null, via: null, viaId: null, cue: 'say', cueStart: cue3.start, cueEnd: cue3.end },
    ],
  } as ClaimsDoc;
}

