/**
 * Deadline rows in the engine's syntax (src/engine/pattern.ts), tried after the regex cues of cues.ts.
 * The capture `[.+]` is the date (or duration) item; a row that holds makes it a deadline. `then`: where
 * `what` is read ('left': the clause before; 'right': after), whether the clause must not narrate the
 * past ('future'), and which item kinds the row takes.
 */
import { table, type Rule } from '../../engine/rule.js';

export interface RowCue {
  what: 'left' | 'right';
  when: 'always' | 'future';
  kinds: ReadonlyArray<'date' | 'duration'>;
  /** a duration that counts from the reference date whatever the verbs say ("three weeks left") */
  fromNow?: boolean;
}

/** Up to n tokens of any kind (the engine has no bounded repeat): keeps a cue word near its date. */
const upTo = (n: number): string => Array.from({ length: n }, () => '.?').join(' ');

const D: RowCue = { what: 'left', when: 'always', kinds: ['date'] };
const DF: RowCue = { what: 'left', when: 'future', kinds: ['date'] };

const rows: Rule<RowCue>[] = [
  {
    id: 'deadlines.row.window-closes', match: '%window% .* %window-end% (on|at|by)? [.+]', then: D,
    example: 'The comment period, which opened in April, is scheduled to close on June 9.',
    counter: 'The review period ended on Friday without objections.',
  },
  {
    id: 'deadlines.row.on-or-before', match: 'on or before [.+]', then: DF,
    example: 'Reply comments are due on or before December 17.',
    counter: 'Shipments that had arrived on or before May 1 were exempt.',
  },
  {
    id: 'deadlines.row.label-colon', match: '(%date-label% date|deadline|deadlines|cutoff) : [.+]', then: D,
    example: 'New Reply Comment Date: February 19, 2026',
    counter: 'Storm date: March 31, 2023',
  },
  {
    id: 'deadlines.row.deadline-dash', match: '(deadline|cutoff) — [.+]', then: D,
    example: 'Those who must file by the Oct. 15 deadline – midnight tomorrow – should e-file.',
    counter: 'The deadline passed quietly – on Friday, officials said.',
  },
  {
    id: 'deadlines.row.in-force-until', match: `%in-force% ${upTo(10)} (through|until|till|thru) [.+]`, then: DF,
    unless: ['(cover|covers|covering|covered) .* [.+]'],
    example: 'These permits are currently valid through March 9, 2027.',
    counter: 'The store was closed until Monday.',
  },
  {
    id: 'deadlines.row.span-start', match: '%span-start% .* from [.+] ,? (through|until|till|to) .', then: D,
    unless: ['(was|were|had|did) .* from [.+]', '(cover|covers|covering|covered) .* [.+]'],
    example: 'The Coast Guard will enforce the safety zone from 5 p.m. on July 4 through 1 a.m. on July 5.',
    counter: 'The report covers activity from April 1 through June 30.',
  },
  {
    id: 'deadlines.row.span-end', match: '%span-start% .* from .+ (through|until|till) [.+]', then: D,
    unless: ['(was|were|had|did) .* from .+ [.+]', '(cover|covers|covering|covered) .* [.+]'],
    example: 'The Coast Guard will enforce the zone, which lies near the old bridge on the river, from 5 p.m. on July 4 through 1 a.m. on July 5.',
    counter: 'The report covers activity from April 1 through June 30 for the committees that were enforced.',
  },
  {
    id: 'deadlines.row.moved-from', match: '%move% .* from [.+] ,? (to|until|through|till) .', then: D,
    unless: ['(cover|covers|covering|covered) .* [.+]'],
    example: 'This rule delays the applicability date of the regulations from July 1, 2026 to October 1, 2026.',
    counter: 'The report covers activity that moved from July 1 to October 1.',
  },
  {
    id: 'deadlines.row.imperative-by', match: '^%imperative% .* (by|before) [.+]', then: DF,
    unless: ['^%imperative% .* (was|were|had|did) .* (by|before) [.+]'],
    example: 'Submit electronic or written comments by January 24, 2027.',
    counter: 'File cabinets were moved by January 24.',
  },
  {
    id: 'deadlines.row.closes-on', match: '(closes|will close|to close) .* (on|effective) [.+]', then: DF,
    example: 'The agency closes the recreational sector for the fish on June 20, 2026.',
    counter: 'The mill closed its doors on June 20.',
  },
  {
    id: 'deadlines.row.duration-left', match: '[.+] %left-words% to', then: { what: 'right', when: 'always', kinds: ['duration'], fromNow: true },
    example: 'There are only three weeks left to apply for assistance.',
    counter: 'Three weeks later, the storm hit.',
  },
  {
    id: 'deadlines.row.duration-away', match: '(deadline|deadlines) [.+] away', then: { what: 'left', when: 'always', kinds: ['duration'], fromNow: true },
    example: 'Assistance Application Deadline Three Weeks Away',
    counter: 'The town is three weeks away by boat.',
  },
];

export const DEADLINE_ROWS = table('deadlines.rows', 'deadlines', rows);
