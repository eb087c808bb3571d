import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/pipeline.js';

const REF = '2031-03-14';
const run = (text: string) => analyze(text, { referenceDate: REF }).deadlines;

describe('deadline who: the actor bound, when named', () => {
  it('is the subject of the obligation', () => {
    const [d] = run('Harlan Energy must file its plan by May 1, the ministry said.');
    expect(d!.who).toBe('Harlan Energy');
  });
  it('is the grantee after give/grant, not the giver', () => {
    const [d] = run('The Federal Trade Commission gave Harlan Energy until May 1 to respond.');
    expect(d!.who).toBe('Harlan Energy');
  });
  it('is null when no actor is named in the clause (negative)', () => {
    const [d] = run('Ana Ruiz said that landlords must register by May 1.');
    expect(d!.who).toBeNull();
  });
});

describe('deadline extendedFrom: the due date a moved deadline replaces', () => {
  it('links to an earlier deadline of the same sentence', () => {
    const ds = run('The agency will extend the June 1 deadline to July 1.');
    expect(ds.map((d) => [d.text, d.extendedFrom?.text ?? null])).toEqual([['June 1', null], ['July 1', 'June 1']]);
  });
  it('links to a date after "from"', () => {
    const ds = run('The vote was postponed from June 1 to July 1.');
    expect(ds.map((d) => [d.text, d.extendedFrom?.value ?? null])).toEqual([['June 1', null], ['July 1', '2031-06-01']]);
  });
  it('links to a deadline stated in an earlier sentence', () => {
    const ds = run('Firms must file by April 1. On Monday, regulators pushed the deadline back to May 15.');
    expect(ds.map((d) => [d.text, d.extendedFrom?.text ?? null])).toEqual([['April 1', null], ['May 15', 'April 1']]);
  });
  it('does not link to the day the move was announced (negative)', () => {
    const ds = run('On Monday, regulators extended the deadline to May 15.');
    expect(ds.map((d) => [d.text, d.extendedFrom])).toEqual([['May 15', null]]);
  });
  it('does not link without a word that moves the date (negative)', () => {
    const ds = run('Firms must file by April 1. Banks must report by May 15.');
    expect(ds.map((d) => d.extendedFrom)).toEqual([null, null]);
  });
});
