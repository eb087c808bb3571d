import { z } from 'zod';
import { validDate } from '../refine/reference-date.js';
import { CliError } from '../io/errors.js';

/** --date: a real calendar date as YYYY-MM-DD. */
export const DateOption = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => validDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))));

/** A whole number within bounds, written in decimal. */
export const IntOption = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,12}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export function parseDateOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  const r = DateOption.safeParse(value);
  if (!r.success) throw new CliError('E_BAD_DATE', { value });
  return r.data;
}

export function parseIntOption(option: string, value: string | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const r = IntOption(min, max).safeParse(value);
  if (!r.success) throw new CliError('E_BAD_NUMBER', { option, value, expected: `a whole number from ${min} to ${max}` });
  return r.data;
}

export function parseChoice(value: string, choices: string[]): string {
  const r = z.enum(choices as [string, ...string[]]).safeParse(value);
  if (!r.success) throw new CliError('E_BAD_FORMAT', { value, choices: choices.join(', ') });
  return r.data;
}
