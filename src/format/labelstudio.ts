/**
 * `--format labelstudio`: a JSON list of Label Studio tasks, one per input, with the extraction as a
 * prediction for review: `data.text` is the article; `predictions[0].result` has a `labels` region per
 * span (every actor mention, date, deadline, quote, claim and cue: `value: {start, end, text, labels}`)
 * and a `relation` from each quote or claim to its speaker's or source's mention. The labeling config
 * that these names fit is LABEL_STUDIO_CONFIG (printed by `tiktok-claims schema labelstudio-config`).
 * Offsets follow `--offsets` (Label Studio counts code points since its emoji fix: use codepoint for
 * texts with emoji).
 */
import { withOffsets } from '../schema/offsets.js';
import { annotationsOf, LINK_LABELS, SPAN_LABELS } from './annotations.js';
import type { Formatter } from './types.js';

const FROM = 'label';
const TO = 'text';

export const labelstudio: Formatter = {
  name: 'labelstudio',
  machine: true,
  header: () => '[\n',
  document: (doc, text, ctx, index) => {
    const d = withOffsets(doc, text, ctx.offsets ?? 'utf16');
    const { spans, links } = annotationsOf(d);
    const result = [
      ...spans.map((s) => ({ id: s.id, from_name: FROM, to_name: TO, type: 'labels', value: { start: s.start, end: s.end, text: s.text, labels: [s.label] }, meta: { text: [...s.notes, `rule: ${s.rule}`] } })),
      ...links.map((l) => ({ from_id: l.from, to_id: l.to, type: 'relation', direction: 'right', labels: [l.label] })),
    ];
    const data = { text, path: doc.input.path, ...(doc.input.id ? { id: doc.input.id } : {}), ...(doc.input.url ? { url: doc.input.url } : {}), offsets: d.input.offsets };
    const task = { data, predictions: [{ model_version: ctx.version ?? 'tiktok-claims', result }] };
    return (index > 0 ? ',\n' : '') + JSON.stringify(task, null, 2);
  },
  footer: () => '\n]\n',
};

/** A Label Studio labeling config for these tasks (Settings > Labeling Interface > Code). */
export const LABEL_STUDIO_CONFIG = [
  '<View>',
  '  <Relations>',
  ...LINK_LABELS.map((l) => `    <Relation value="${l}"/>`),
  '  </Relations>',
  `  <Labels name="${FROM}" toName="${TO}">`,
  ...SPAN_LABELS.map((l) => `    <Label value="${l}"/>`),
  '  </Labels>',
  `  <Text name="${TO}" value="$text"/>`,
  '</View>',
  '',
].join('\n');
