import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/parse/index.js';
import { participleForm } from '../../../src/refine/attribution/tokens.js';
import { PARTICIPLE_ENDING } from '../../../src/rules/attribution/verbs.js';

const tokenOf = (text: string, word: string) => parse(text).tokens.find((t) => t.normal === word)!;

describe('participleForm (row cue.form.participle)', () => {
  it('reads the participle from the word, its example yes, its counter no', () => {
    expect(participleForm(tokenOf(PARTICIPLE_ENDING.example, 'arguing'))).toBe(true);
    expect(participleForm(tokenOf(PARTICIPLE_ENDING.counter, 'argued'))).toBe(false);
  });
  it('a participle after a comma is one, the past form is not', () => {
    const t = tokenOf('The ministers left the hall, saying the vote was rigged.', 'saying');
    expect(participleForm(t)).toBe(true);
    expect(participleForm(tokenOf('The ministers said the vote was rigged.', 'said'))).toBe(false);
  });
});
