import { describe, expect, it } from 'vitest';
import { contentStems, deadlineFeatures, stem } from '../../src/ledger/features.js';
import { nameKey } from '../../src/ledger/names.js';
import { compatibleValues } from '../../src/ledger/order.js';

const STEMS: [string, string][] = [
  ['divestiture', 'divest'],
  ['divest', 'divest'],
  ['divestment', 'divest'],
  ['plans', 'plan'],
  ['banned', 'ban'],
  ['ban', 'ban'],
  ['sale', 'sal'],
  ['sales', 'sal'],
  ['bus', 'bus'], // negative: too short to strip
];

describe('stem', () => {
  for (const [w, s] of STEMS) it(`${w} -> ${s}`, () => expect(stem(w)).toBe(s));
});

describe('contentStems', () => {
  it('drops function words, deadline words, months and numbers', () => {
    expect(contentStems('must submit the cleanup plan by March 31 2031 or face a deadline')).toEqual(['submit', 'cleanup', 'plan']);
  });
  it('keeps possessive nouns as their stem', () => {
    expect(contentStems("the reservoir's repairs")).toEqual(['reservoir', 'repair']);
  });
});

describe('deadlineFeatures', () => {
  const actors = [{ id: 'L1', forms: ['Dunmore Water', 'Dunmore'] }];
  it('turns an actor named in the what into its id and leaves its words out', () => {
    expect(deadlineFeatures('Dunmore Water must close the pumping station', actors)).toEqual(['@L1', 'clos', 'pump', 'stat']);
  });
  it('adds no actor id when no actor is named (negative)', () => {
    expect(deadlineFeatures('the council must vote on the budget', actors)).toEqual(['council', 'vot', 'budget']);
  });
});

describe('nameKey', () => {
  const SAME: [string, string][] = [
    ['U.N.', 'UN'],
    ['the Harbor Commission', 'Harbor Commission'],
    ['O\u2019Malley', "O'Malley"],
    ['Acme’s', 'Acme'],
    ['MARA  QUINLAN', 'Mara Quinlan'],
    ['Ana M. Ruiz', 'Ana Ruiz'],
  ];
  for (const [a, b] of SAME) it(`${a} = ${b}`, () => expect(nameKey(a)).toBe(nameKey(b)));
  it('keeps different names apart (negative)', () => expect(nameKey('Ana Ruiz')).not.toBe(nameKey('Luis Ruiz')));
});

describe('compatibleValues', () => {
  const CASES: [string, string, boolean][] = [
    ['2031-03-31', '2031-03-31', true],
    ['2031-03', '2031-03-31', true],
    ['XXXX-03-31', '2031-03-31', true],
    ['2031-03-31', '2031-06-30', false],
    ['2031', '2032-01-01', false],
  ];
  for (const [a, b, ok] of CASES) it(`${a} ~ ${b}: ${ok}`, () => expect(compatibleValues(a, b)).toBe(ok));
});
