/**
 * Deadline rows in the engine's syntax (src/engine/pattern.ts), tried after the regex cues of cues.ts.
 * The capture `[.+]` is the date (or duration) item; a row that holds makes it a deadline. `then`: where
 * `what` is read ('left': the clause before; 'right': after), whether the clause must not narrate the
 * past ('future'), and which item kinds the row takes.
 */
import { table, type Rule } from '../../engine/rule.js';

export interface RowCue {
  /** 'label': the words right after the item, past a colon or a dash ("May 4: Last day to file claims") */
  what: 'left' | 'right' | 'label';
  when: 'always' | 'future';
  kinds: ReadonlyArray<'date' | 'duration'>;
  /** a duration that counts from the reference date whatever the verbs say ("three weeks left") */
  fromNow?: boolean;
  /** a yearless day that lies ahead of the reference date whatever the verbs say (a list of coming dates) */
  coming?: boolean;
}

/** Up to n tokens of any kind (the engine has no bounded repeat): keeps a cue word near its date. */
const upTo = (n: number): string => Array.from({ length: n }, () => '.?').join(' ');

const D: RowCue = { what: 'left', when: 'always', kinds: ['date'] };
const DF: RowCue = { what: 'left', when: 'future', kinds: ['date'] };
/** The date is the subject and what is due follows the cue ("March 1 is the deadline to apply"). */
const DR: RowCue = { what: 'right', when: 'always', kinds: ['date'] };
/** The date heads a line of a list and what is due is its label ("May 4: Last day to file claims"). */
const DL: RowCue = { what: 'label', when: 'always', kinds: ['date'], coming: true };

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
    id: 'deadlines.row.label-colon', match: '(%date-label% date|(deadline|deadlines) (for !#Verb (of|for)? !#Verb? !#Verb?)?|cutoff) : [.+]', then: D,
    note: 'a label with a colon, also a deadline label naming what is due ("Deadline for Receipt of Bids: October 7, 2032")',
    example: 'Revised Hearing Date: February 19, 2026. Deadline for Receipt of Bids: May 7, 2026.',
    counter: 'Storm date: March 31, 2023',
  },
  {
    id: 'deadlines.row.list-head-due', match: `^[.+] (:|—) ${upTo(6)} (%list-due%|(last|final) (day|date)|closing date)`, then: DL,
    unless: ['^[.+] .* %list-start%'],
    note: 'a line of a list of dates that opens with the day, then a colon or a dash and a short label naming a limit ("May 4: Last day to file a claim", "Oct. 9 — Bid deadline"); a label that names a start ("first day", "signup begins") is no limit. The shape of public-domain county office and election notices (USDA state office lists, 2019-2021, a state election calendar; paraphrased)',
    example: 'May 4: Last day to send in storm relief claims. Oct. 9 — Pasture survey deadline.',
    counter: 'May 5: First day to send in storm relief claims. Oct. 9 — Pasture survey signup begins.',
  },
  {
    id: 'deadlines.row.list-head-window', match: `^{#Date} ${upTo(3)} (to|through|thru) [.+] (:|—) .* (%list-window%|sign up)`, then: DL,
    unless: ['^[.+] .* %list-start%'],
    note: 'a line of a list of dates that opens with a span "<day> to <day>:" before a label naming a signup or an enrollment window: the window ends on the second day (its start is no deadline)',
    example: 'Nov. 4 to Jan. 20: Orchard Replanting Signup Period. March 2 to April 9: Youth Loan Enrollment.',
    counter: 'Nov. 4 to Jan. 20: Winter Market Hours at the county fairground.',
  },
  {
    id: 'deadlines.row.deadline-dash', match: '(deadline|cutoff) — [.+]', then: D,
    example: 'Those who must file by the Oct. 15 deadline – midnight tomorrow – should e-file.',
    counter: 'The deadline passed quietly – on Friday, officials said.',
  },
  {
    id: 'deadlines.row.court-until', match: `%court-hold% ${upTo(4)} (until|till) [.+]`, then: D,
    note: 'a court\'s return date: bail, custody or an adjournment runs until it, told in the past or not',
    example: 'He was released on bail until October, and the judge adjourned the case until Nov. 3.',
    counter: 'He was on bail, but he vanished and nobody saw him until May.',
  },
  {
    id: 'deadlines.row.court-until-hearing', match: `%court-hold% ${upTo(4)} (until|till|pending) ${upTo(3)} %hearing% (on|in|set for|scheduled for)? [.+]`, then: DF,
    note: 'custody or bail that runs until a court date named before the date ("until his next court date on April 2")',
    example: 'The suspect will be held in custody until his next court date on April 2.',
    counter: 'He was held in custody until his trial on April 2, 2019, when he was acquitted.',
  },
  {
    id: 'deadlines.row.in-force-until', match: `(%in-force%|(pay|pays|paying) for) ${upTo(10)} (through|until|till|thru) (at least)? [.+]`, then: DF,
    unless: ['(cover|covers|covering|covered) .* [.+]', '(remain|remains|remained|stay|stays|stayed) (as)? (the|a|an|its|their|his|her)? (#Adjective)? %role% .* [.+]'],
    note: 'also money that pays for a body\'s operations up to a date (a stopgap budget "will pay for agency operations through Sept. 30"); a person who stays in a post until a date ("will remain chief executive until June") is no limit',
    example: 'Harbor passes issued this spring are valid through May 2, 2027, and the stopgap bill will pay for agency operations through Sept. 30.',
    counter: 'The store was closed until Monday, and she will remain chief executive until June.',
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
    id: 'deadlines.row.scheduled-end', match: '(due|set|scheduled|slated|expected) to (%end-verb% (down|out|off)?|(stand|step) down) (in|on|at|by)? [.+]', then: D,
    note: 'also a term of office that ends ("due to step down in May")',
    example: 'The satellite is due to retire in 2033, and the chief judge is due to step down in May.',
    counter: 'The satellite is due to launch in 2033.',
  },
  {
    id: 'deadlines.row.be-to-end', match: '(is|are|was|were) to (%end-verb% (down|out|off)?|(stand|step) down) (in|on|at|by)? [.+]', then: DF,
    note: 'a planned end told with "be to" ("his lease was to end in June", "the hearings were to close on May 4") lies ahead of the telling; a planned start is no deadline',
    example: 'Her term as chair was to end in March, and the hearings are to close on May 4.',
    counter: 'The hearings were to open on May 4.',
  },
  {
    id: 'deadlines.row.end-of-life', match: '(reach|reaches|reached|reaching|hit|hits) (its|their|the)? (end of (life|support|service)|end-of-life|end-of-support) (on|in)? [.+]', then: D,
    example: 'The operating system reaches end of life on October 14.',
    counter: 'The operating system reached a milestone on October 14.',
  },
  {
    id: 'deadlines.row.as-of-will', match: 'as of [.+] ,? .* (will|must|shall|may not|cannot) .', then: DF,
    example: 'As of Sunday, sales of the drug will be prohibited.',
    counter: 'The following information is current as of Nov. 13.',
  },
  {
    id: 'deadlines.row.beginning-must', match: '^(beginning|starting|effective|from) [.+] ,? .* (will|must|shall|may not|cannot|can no longer) (!be|be #Adverb? (#PastTense|%required%))', then: D,
    note: 'a fronted start date of a duty or a measure ("From Friday, screening will be carried out at all airports"); a state that will hold from a date ("Starting Tuesday, the race will be fierce") is no measure',
    example: 'Beginning March 1, carriers must report outages within an hour, and from June 2, passengers will be screened at every gate.',
    counter: 'Beginning March 1, sales fell sharply, and starting Tuesday, the race will be incredibly fierce.',
  },
  {
    id: 'deadlines.row.mandatory-from', match: `%required% ${upTo(6)} (from|on|as of) [.+]`, then: DF,
    note: 'an obligation or a ban that starts on a date ("mandatory ... from June 15"; "will be banned in all city parks on April 2"; a ban "will be enforced on June 1")',
    example: 'Face masks will be mandatory in all shops from July 24, fireworks will be banned in all city parks on May 2, and the curfew will be enforced from May 9.',
    counter: 'Masks were mandatory in shops from March 3, 2020, and smoking was banned in bars on May 2, 2021.',
  },
  {
    id: 'deadlines.row.measure-imposed-on', match: `%measure% ${upTo(6)} (will|would|shall|to) be (imposed|reimposed|implemented|instated|reinstated|introduced|reintroduced|enforced) ${upTo(4)} (on|from|starting|beginning|as of)? [.+]`, then: DF,
    note: 'a restrictive measure that starts on a date ("a curfew will be imposed from Tuesday", "border checks would be reintroduced on Friday") binds from then, as a ban does (deadlines.row.mandatory-from); the shape of pandemic news of 2020 and 2021 (a Wikinews report, two Indian wire reports; paraphrased). A measure told as imposed in the past, or eased, is no limit',
    example: 'A dusk-to-dawn curfew will be enforced from Tuesday in the river towns, and officials said border checks would be reintroduced on Friday.',
    counter: 'A curfew was imposed on Saturday after the riots, and the restrictions will be eased on Monday.',
  },
  {
    id: 'deadlines.row.must-from', match: `(must|required|need|needs|obliged|(has|have) to|ordered|orders|order) (to)? ${upTo(8)} (from|starting|beginning) [.+]`, then: DF,
    unless: ['(was|were|had|did) .* [.+]'],
    note: 'an obligation that starts on a date ("will have to comply with the rules from January 2026")',
    example: 'Companies will have to comply with the rules from January 2026, drivers must carry the new licence from 1 July, and the mayor ordered all bars to close at 10 p.m. starting Friday.',
    counter: 'Drivers had to carry the old licence from 1 July.',
  },
  {
    id: 'deadlines.row.after-sanction', match: `after [.+] ${upTo(6)} (will|shall) (face|be %sanction%)`, then: DF,
    note: 'a ban from a date told by its sanction: who acts after the date faces a penalty ("drivers parking there after April 2 will face heavy fines")',
    example: 'Drivers parking there after April 2 will face heavy fines, and migrants who stay after November 1 will be deported.',
    counter: 'After April 2, prices will rise, and those who stayed after November 1 were deported.',
  },
  {
    id: 'deadlines.row.from-becomes', match: 'from [.+] .* (become|becomes|becoming) %required%', then: DF,
    example: 'The minister said that from July 1, wearing a helmet would become compulsory for riders.',
    counter: 'The minister said that from July 1, the rules would become simpler.',
  },
  {
    id: 'deadlines.row.unless', match: `(will|would|shall) .* [.+] ,? (unless|if no|if . ${upTo(4)} (%fail-words%|(does|do|did) not|doesn't|don't|didn't))`, then: DF,
    note: 'a consequence that follows on a date unless something happens first ("will strike on Monday unless ...", "will quit the truce on Friday if the army fails to pull back")',
    example: 'The union will strike on Monday unless management improves its offer, tariffs will rise on Aug. 1 if no deal is reached, and the rebels will quit the truce on Friday if the army fails to pull back.',
    counter: 'The union will strike on Monday, management will improve its offer unless costs rise, and the fans will march on Friday if the weather holds.',
  },
  {
    id: 'deadlines.row.unless-by', match: `(unless|if (there is|there are|there's|there was|there were)? no) ${upTo(10)} (by|before|no later than) [.+]`, then: DF,
    unless: ['(unless|if) .* , .* [.+]'],
    note: 'a condition that names its limit ("will walk out unless the board agrees before Friday to reopen talks", "will widen its boycott if there is no progress by noon Sunday"); the regex cue deadline.if-not-by needs a negation, which "unless" carries in itself and "no" names (deadline.by takes "unless ... by" first, as "unless" is an obligation word). A comma between the condition and the date leaves a new clause ("Unless it rains, crews will finish by Friday"). The shape of wire reports of ultimatums (a hostage deadline of 1995, a military ultimatum of 2013, a ceasefire ultimatum of 2025, a strike threat of 2023; paraphrased)',
    example: 'The nurses will walk out unless the board agrees before Friday to reopen talks. The league will widen its boycott if there is no progress by noon Sunday.',
    counter: 'Unless the weather turns, road crews will finish by Friday, and if no one objects, the board was to vote on Monday.',
  },
  {
    id: 'deadlines.row.apply-until', match: `(apply|register|enroll|enrol|accepted|submitted|received|file|filed|sign) ${upTo(3)} (through|until|till|thru) [.+]`, then: DF,
    example: 'Eligible residents can apply for aid through Aug. 15; applications will be accepted until July 31.',
    counter: 'Residents can apply for aid, which lasts until Aug. 15.',
  },
  {
    id: 'deadlines.row.accept-window', match: '%accept% .* %submission% .* (from .+ (to|through|until|till|thru)|(through|until|till|thru)) [.+]', then: D,
    unless: ['(was|were|had|been) %accept% .* [.+]', '(last|past|previous) (year|month|week|season|spring|summer|fall|autumn|winter)'],
    note: 'the end of a window in which an office takes applications or bids ("will accept applications from May 3 to June 30"; also two dates with no "from": "will take bids March 2 through April 9"); its start is no deadline; the verbs are present or future ("accepted" is a fact, not a window), a past progressive or a past period ("last year") narrates. The shape of public-domain USDA signup notices (farmers.gov program-deadline pages, 2021 and 2022, paraphrased)',
    example: 'The county will accept grant applications from May 3 to June 30, and the port will take bids March 2 through April 9.',
    counter: 'The county accepted grant applications from May 3 to June 30 last year.',
  },
  {
    id: 'deadlines.row.noun-subject-is', match: '(the|a|an|its|their|this|that)? .? (deadline|deadlines|cutoff|cut-off|(effective|compliance|applicability|expiration|expiry|due) date) (to|for|of) .+ (is|are|will be|remains|was) (also|now|still)? [.+]', then: D,
    unless: [', (and|but|while|whereas|though|although|so|yet) .* [.+]'],
    note: 'a deadline noun or a due-date noun as the subject, with a long complement before its copula ("The deadline to phone the hotline and sign up for state and federal aid is May 2"; "The effective date for the changes to 40 CFR 112.7, which requires ..., is June 1"): the cue regexes read only 60 characters and stop at the period of a section number',
    example: 'The deadline to phone the toll-free hotline and sign up for state and federal storm aid is May 2. The effective date for the changes to 40 CFR 112.7, which requires tank owners to test their valves every year, is June 1.',
    counter: 'The deadline for the first round of grants passed quietly, and the next board meeting is May 2.',
  },
  {
    id: 'deadlines.row.deadline-expires', match: '(deadline|deadlines|ultimatum|ultimatums|cutoff) .* (%window-expired%|%window-end%|(was|were|is|are) (due|set|scheduled|slated)? to %end-verb%) (on|in|at|by)? (late|early)? [.+]', then: D,
    unless: [', (and|but|while|whereas) .* [.+]'],
    note: 'a deadline or an ultimatum that runs out on a date is one even when the story tells it afterwards ("ultimatums from the rebels to the army and to the police ... were to expire late Sunday", "a deadline set earlier expired at midnight"); the cue regexes read only a short subject',
    example: 'Talks went on as ultimatums from the rebels to the army and to the police of the province were to expire late Sunday.',
    counter: 'The deadline passed, and the hearings were to end on Sunday.',
  },
  {
    id: 'deadlines.row.term-runs-until', match: `%window% ${upTo(3)} (runs|run|lasts|last|extends) (through|until|till|thru) (at least)? [.+]`, then: DF,
    example: 'The lease runs until 2030, and the state of emergency will last until at least the end of August.',
    counter: 'The exhibition runs until 2030.',
  },
  {
    id: 'deadlines.row.ends-at-clock-on', match: '(will|to|shall) (%window-end%|run|runs) (at|until|till) [.+ on .+]', then: DF,
    note: 'a period or an activity that ends at a clock time on a day ("will close at 6 p.m., local time, on March 31", "will stay open until 9 a.m. Pacific Standard Time on Monday June 3"); a bare clock ("polls will close at 8 p.m.") is a schedule',
    example: 'The trapping season will close at 6 p.m., local time, on March 31, and the lottery will run until 9 a.m. Pacific Standard Time on Friday, May 3.',
    counter: 'The museum will close at 5 p.m. for the holiday, and the show will end at 9 a.m.',
  },
  {
    id: 'deadlines.row.date-is-deadline', match: '[.+] ,? (also|now|still)? (is|was|remains|will be) (also|now)? (the|a|its|their|your)? .? (deadline|deadlines|cutoff|cut-off)', then: DR,
    note: 'also with the date set off by commas and an adverb before the verb ("Monday, June 4, also is the deadline for ...")',
    example: 'March 1 is the deadline to apply for the grants, and Friday, May 9, also is the final deadline for bids.',
    counter: 'Friday is the day after the deadline.',
  },
  {
    id: 'deadlines.row.date-is-last-day', match: '[.+] ,? (also|now|still)? (is|was|will be) (also|now)? (the|your|their|its) (last|final) (day|chance|opportunity) (to|for)', then: DR,
    note: 'the last day or chance to act, with the date as the subject; a registration shape of public-domain FEMA releases of 2008 and 2011 (paraphrased: "<date> is the final day to send in forms", "<date> is your final chance to sign up")',
    example: 'April 2 is the last day to send in a claim, and Friday is your final chance to apply for a permit.',
    counter: 'June 2 was the last day of the school year.',
  },
  {
    id: 'deadlines.row.date-is-last-day-clause', match: `[.+] ,? (also|now|still)? (is|will be) (also|now)? (the|your|their|its) (last|final) (day|date) (that|when|on which)? !(of|in|on|at|for|to|before|after|since|this|that) ${upTo(5)} (will|can|may|must|shall) .`,
    then: DR,
    note: 'the last day or date told by a clause of what may or will still be done ("June 2 is the last day claims will be taken", "the last date voters can ask for a mail ballot"): the shape of a FEMA registration release (2008) and of a county election notice (2019), paraphrased; a past "was the last day he worked" tells no limit, nor "the last day of the fair"',
    example: 'June 2 is the last day storm claims will be taken at the county office, and Friday is the final date members can vote by mail.',
    counter: 'June 2 was the last day he worked at the mill, and Friday is the last day of the fair.',
  },
  {
    id: 'deadlines.row.expired', match: '%window% .* %window-expired% (on|in|at)? [.+]', then: D,
    note: 'a licence, franchise or permit that ran out: the date a consequence followed, even told in the past',
    example: 'The broadcaster\'s franchise expired on Monday, and its permit lapsed in May.',
    counter: 'The broadcaster\'s franchise was renewed on Monday after the old one expired.',
  },
  {
    id: 'deadlines.row.not-until', match: '%negation% .* (until|till) [.+]', then: DF,
    unless: ['(was|were|had|did) .* [.+]', '(vote|votes|voting|election|elections|primary|primaries|caucus|caucuses) .* [.+]', '(wait|waits|waiting) (until|till) [.+]'],
    note: 'the earliest date something may happen ("will not reconvene until"); a past "did not ... until" narrates; the date of a vote or an election is a schedule',
    example: 'Parliament will not reconvene until October 14, and the rules won\'t take effect until 2027.',
    counter: 'The plant did not reopen until March, and Democrats there won\'t vote until June.',
  },
  {
    id: 'deadlines.row.not-resume-before', match: `%negation% ${upTo(4)} %resume% ${upTo(3)} (before|prior to) [.+]`, then: DF,
    unless: ['(was|were|had|did) .* [.+]', '(could|might|may) .* [.+]'],
    note: 'the earliest date a body or a service comes back ("we do not expect the council to sit again prior to June 3")',
    example: 'We do not expect the council to reconvene prior to June 3, and the pool will not reopen before July 12.',
    counter: 'The plant did not reopen before March, and production could not start before 2029.',
  },
  {
    id: 'deadlines.row.need-by', match: `(need|needs|want|wants|wanted|demand|demands|demanded) ${upTo(6)} by (this)? [.+]`, then: DF,
    unless: ['(was|were|had|did) .* [.+]'],
    note: 'what someone needs or wants done by a date, often in a quote ("We need an answer by Monday")',
    example: '"We need an answer by Monday," the mayor said, and the union wants the contract signed by Friday.',
    counter: 'Analysts said the delegate lead they need had grown by March.',
  },
  {
    id: 'deadlines.row.will-by', match: '(will|shall|would) .* by (this)? [.+]', then: DF,
    unless: ['(will|shall|would) .? %forecast% .* [.+]', 'would have .* [.+]'],
    note: 'what will be done by a date ("will finish the bridge by June"); a forecast quantity ("will reach a record by June") is no deadline',
    example: 'The contractor will finish the bridge by June, and all petitions will be removed by 5 p.m. on Wednesday.',
    counter: 'Analysts say exports will reach a record by June.',
  },
  {
    id: 'deadlines.row.run-out-of', match: `(will|would|to|set|due|expected) ${upTo(1)} (run|runs) out of (money|cash|funds|funding|time) ${upTo(2)} (on|by|in|at)? [.+]`, then: DF,
    note: 'the date money or time runs out ("will run out of money on Oct. 1"); "could run out" is a forecast (deadlines.not.forecast-modal)',
    example: 'The government will run out of money on Oct. 1, the treasury warned.',
    counter: 'The government ran out of money on Oct. 1, 2013.',
  },
  {
    id: 'deadlines.row.due-to-be', match: 'due to be %due-action% (on|by|in|at|before)? [.+]', then: D,
    note: 'what is owed ("due to be paid"); a scheduled event ("due to be published in June") is no deadline',
    example: 'The payment is due to be made on March 3, and the loan is due to be repaid by the end of the month.',
    counter: 'The report is due to be published in June.',
  },
  {
    id: 'deadlines.row.apply-from', match: '(apply|applies) (from|as of|starting|beginning) [.+]', then: DF,
    unless: ['(warning|warnings|alert|alerts|watch|watches|advisory|advisories) .* [.+]'],
    note: 'rules that bind from a date; a weather warning or alert that applies from a time is a forecast, not a limit',
    example: 'The new rules apply from Sept. 1.',
    counter: 'Applicants came from Sept. 1 onward, and the wind warnings apply from Friday night.',
  },
  {
    id: 'deadlines.row.required-starting', match: '(will|must|shall) .* (required|banned|prohibited|mandatory|need|needs) .* (starting|beginning) (in|on)? [.+]', then: DF,
    example: 'Companies will be required to disclose their emissions starting in 2027.',
    counter: 'Companies will disclose their emissions, starting in 2027.',
  },
  {
    id: 'deadlines.row.lifted-on', match: '(be|is|are|being) lifted (on|in|by|at)? [.+]', then: DF,
    note: 'the end of a ban, an embargo or a closure',
    example: 'The embargo will be lifted on July 1.',
    counter: 'The embargo will be discussed on July 1.',
  },
  {
    id: 'deadlines.row.in-the-next', match: '(must|shall|(will|would) (have|need) to|(is|are) to|(pledged|promised|vowed|agreed) to) .* [(in|within) the (next|coming) #Value .*]', then: { what: 'left', when: 'always', kinds: ['duration'], fromNow: true },
    unless: ['(was|were|had|did) .* [.+]'],
    note: 'a duty or a promise to act within the next span; a bare "will" is a plan or a forecast ("ads will hit the airwaves in the next two months"), no limit',
    example: 'The minister said she is to table the new budget in the next three weeks.',
    counter: 'Sales fell sharply in the next two weeks, and new ads will hit the airwaves in the next two months.',
  },
  {
    id: 'deadlines.row.in-the-next-fronted', match: '^[(in|within) the (next|coming) #Value .*] , .* (will|must|shall)', then: { what: 'right', when: 'always', kinds: ['duration'], fromNow: true },
    example: 'Within the next 10 days, the ministry will present its plan.',
    counter: 'Within the next 10 days, the plan was ready.',
  },
  {
    id: 'deadlines.row.effect-in', match: '(take|takes|go|goes|come|comes) (into)? (effect|force) (in|within) [.+]', then: { what: 'left', when: 'always', kinds: ['duration'], fromNow: true },
    example: 'The rules will take effect in nine months.',
    counter: 'The rules took nine months to write.',
  },
  {
    id: 'deadlines.row.has-before', match: '(has|have|get|gets|got|given) (only|just)? [.+] (before|until) .', then: { what: 'right', when: 'always', kinds: ['duration'], fromNow: true },
    example: 'The company has 10 days before the order takes effect.',
    counter: 'The company spent 10 days before the order on talks.',
  },
  {
    id: 'deadlines.row.hold-for', match: '%hold% .* for (another|an additional|a further|up to)? [.+]', then: { what: 'left', when: 'always', kinds: ['duration'] },
    unless: ['(was|were|had) .* for .? [.+] (in|last|ago)', '(was|were|been|being) (recently|also|indefinitely|temporarily)? suspended .* [.+]', '(suspend|suspends|suspended) #Person .* [.+]'],
    note: 'a hold on a rule or a measure; a person suspended for a spell ("was suspended for three weeks") is a sanction, not a limit',
    example: 'Regulators put the rule on hold for 90 days.',
    counter: 'The striker was suspended for three weeks after the match.',
  },
  {
    id: 'deadlines.row.phase-over', match: '(phase|phases|phased|phasing) (out|in) .* (over|within|in)? [.+]', then: { what: 'left', when: 'always', kinds: ['duration'] },
    example: 'The plan phases out the subsidies over five years.',
    counter: 'Prices rose over five years.',
  },
  {
    id: 'deadlines.row.duration-left', match: '[.+] %left-words% to', then: { what: 'right', when: 'always', kinds: ['duration'], fromNow: true },
    example: 'Farmers have just ten days left to claim the drought grant.',
    counter: 'Three weeks later, the storm hit.',
  },
  {
    id: 'deadlines.row.duration-away', match: '(deadline|deadlines) [.+] away', then: { what: 'left', when: 'always', kinds: ['duration'], fromNow: true },
    example: 'Assistance Application Deadline Three Weeks Away',
    counter: 'The town is three weeks away by boat.',
  },
];

export const DEADLINE_ROWS = table('deadlines.rows', 'deadlines', rows);

/**
 * Not deadlines (reject rows, tried before every cue): forecasts of an outcome ("supplies could run out
 * within a year", "landings will reach the target by June 20" after "projects that").
 */
const notRows: Rule<'reject'>[] = [
  {
    id: 'deadlines.not.forecast-modal', match: '(could|might|may|would) (run|reach|hit|exceed|double|triple|fall|rise|grow|surpass|top|peak|collapse) .* [.+]', then: 'reject',
    example: 'Supplies could run out within a year, analysts said.',
    counter: 'Suppliers must restock within a year.',
  },
  {
    id: 'deadlines.not.forecast-verb', match: '(projects|projected|forecasts|forecast|predicts|predicted|estimates|estimated|determined|determines) (that)? .* (reach|reached|hit|exceed|exceeded|surpass|top|run) .* [.+]', then: 'reject',
    unless: ['(must|shall|required|ordered|orders|(has|have|had) to) .* [.+]'],
    note: 'a projection of when a quota or a catch is reached ("projects that landings will reach the target by June 20", "has determined the harvest cap will be hit by May 3"), also where the same day is a closure\'s deadline (deadlines.coref.same-day leaves it out)',
    example: 'The agency projects that landings will reach the catch target by June 20, 2031, and its biologists have determined the crab allowance will run dry by July 2, 2031.',
    counter: 'The agency must close the fishery by June 20, 2031.',
  },
  {
    id: 'deadlines.not.expected-forecast', match: '(expected|projected|likely|forecast|predicted|poised) to .? (%forecast%|generate|generates|earn|earns) .* [.+]', then: 'reject',
    note: 'a quantity forecast for a date ("is expected to earn more than $4 billion by 2030")',
    example: 'The merged group is expected to earn more than $4 billion in profit by 2030.',
    counter: 'The merged group is expected to file its plan by May 1.',
  },
  {
    id: 'deadlines.not.over-span-to', match: '[(over|in) the (next|coming) .+] to', then: 'reject',
    unless: ['(must|required|ordered|orders|(has|have|had) to) .* [.+]'],
    note: 'a span something goes on over or is expected in, with a purpose after it ("meet the board over the next few days to resolve it", "is expected in the next six weeks to name a coach"), is no window to act in; a duty keeps it ("must act in the next 30 days to avoid")',
    example: 'He will meet the board over the next few days to resolve the dispute, and the league is expected in the next six weeks to name a coach.',
    counter: 'He has the next few days to resolve the dispute, and the league must act in the next six weeks to keep its licence.',
  },
  {
    id: 'deadlines.not.period-after-noun', match: '(date|dates|deadline|deadlines|cutoff) [(this|last|that) (year|month|week|quarter|season)]', then: 'reject',
    note: 'a period written right after the due-date noun frames the clause ("met the due date this year"); it is not the due date',
    example: 'Most filers met the extended due date this year, the agency said.',
    counter: 'The deadline is this month, the agency said.',
  },
  {
    id: 'deadlines.not.effective-fronted-past', match: '^(effective|beginning|starting) [.+] , (#Determiner|#Possessive)? (#Adjective|#Noun)+ #PastTense', then: 'reject',
    note: 'a fronted "Effective <date>," before a main clause in the past tense narrates what happened then',
    example: 'Effective January 1, the city raised bus fares by a quarter.',
    counter: 'Effective January 1, the city will raise bus fares by a quarter.',
  },
  {
    id: 'deadlines.not.effective-aside-past', match: '#Noun , effective [.+] , #PastTense', then: 'reject',
    note: 'an aside ", effective <date>," inside a past-tense clause narrates a past change',
    example: 'The surcharge, effective January 1, raised prices by 4 percent.',
    counter: 'The surcharge, effective January 1, will raise prices by 4 percent.',
  },
  {
    id: 'deadlines.not.span-back', match: '[.* (past|last|previous) .* #Duration]', then: 'reject',
    unless: ['[(past|last|previous) #Duration]'],
    note: 'a span that looks back ("over the past 18 months") is no window that runs out; "last week" alone is a date ("the deadline was last week")',
    example: 'The firm used the past 18 months to rebuild, and spent the last two weeks to close the plant.',
    counter: 'The firm has the next 18 months to rebuild.',
  },
  {
    id: 'deadlines.not.within-narrated', match: '^!%forward-words%* (#PastTense|was|were) !%forward-words%* within [.+]', then: 'reject',
    note: 'how fast something happened in a narrated past ("there were a million tweets within 24 hours"); an infinitive, a modal or an order before it keeps the limit ("ordered the state to file within 21 days")',
    example: 'Organizers said there were a million messages with the tag within 24 hours.',
    counter: 'Organizers said the firms would have to answer within 24 hours.',
  },
  {
    id: 'deadlines.not.by-fronted-past', match: '^by [.+] , !%forward-words%* (#PastTense|was|were|had)', then: 'reject',
    note: 'a fronted "By the end of the day," before a clause that narrates the past tells what had happened by then, no limit',
    example: 'By the end of the day, the road crews had cleared both lanes.',
    counter: 'By the end of the day, the road crews must clear both lanes.',
  },
  {
    id: 'deadlines.not.ultimatum-issued-day', match: '((ultimatum|ultimatums|deadline|deadlines) (given|issued|delivered|announced|sent|handed) (to {!until !by !before !of !for !on !at !till !through} {!until !by !before !of !for !on !at !till !through}? {!until !by !before !of !for !on !at !till !through}?)?|(issue|issues|issued|issuing|deliver|delivers|delivered|announce|announces|announced) (a|an|the|its|their)? .? .? .? (ultimatum|ultimatums|deadline|deadlines)) [.+]', then: 'reject',
    note: 'the day an ultimatum or a deadline was issued, written right after it ("a deadline handed to the two camps Monday", "the junta announced its ultimatum Friday"), is not the day it runs out; "a deadline of Friday", "until Friday" name that day',
    example: 'Under a deadline handed to the rival camps Tuesday, talks resumed; the junta then announced its ultimatum Sunday.',
    counter: 'The envoys gave the militia a deadline of Tuesday to leave.',
  },
  {
    id: 'deadlines.not.within-of-narrated', match: 'within [.+] of', then: 'reject',
    unless: ['(must|shall|should|will|would|required|require|requires|ordered|orders|order|need|needs|needed|can|could|may|might|allowed|given|gave|told|asked|deadline|deadlines|if|unless|to #Verb) .* [.+]'],
    note: 'how near something came to an event, told as a fact ("the flood came within a day of the tax cutoff", "the ferry got within two miles of port before it turned back", where deadlines.not.within-narrated does not reach: "hit" read as a present, a "to" before the verb); a span that closes on a named event is a limit only under a duty, a modal or an infinitive',
    example: 'The ferry sailed out to the island, then came within an hour of the harbor. As the blizzard hit within a day of the count, turnout fell.',
    counter: 'The convoy was ordered to leave within an hour of the vote.',
  },
  {
    id: 'deadlines.not.within-fronted-past', match: '^within [.+] !%forward-words%* (#PastTense|was|were)', then: 'reject',
    unless: ['^within [.+] .* %forward-words%'],
    note: 'a fronted "Within a year," before a clause that narrates the past',
    example: 'Within a month, however, the scheme was facing criticism from parents.',
    counter: 'Within a year, the program will be reviewed by the board.',
  },
  {
    id: 'deadlines.not.event-date', match: '[.+] (%vote-kind%)* (%event-day%|%event-day% day)', then: 'reject',
    unless: ['(must|deadline|deadlines|due|required|requires|order|ordered|postmarked|received) .* [.+]'],
    note: 'a date that names a scheduled vote ("before the Oct. 3 election", "the May 2 special general election deadlines") is a schedule, not a limit, unless a duty is tied to it',
    example: 'The new radio ads will likely not air until days before the Oct. 3 election.',
    counter: 'Mail ballots must be received by the Oct. 3 election.',
  },
  {
    id: 'deadlines.not.incident-named-by-date', match: '[.+] (#Adjective|straight-line)* %incident%', then: 'reject',
    note: 'a date (or a span of days) right before an incident noun names the incident ("survivors of the May 3-9 floods", "the Dec. 2 attack"): it is not when something is due, even inside a deadline\'s sentence. FEMA registration releases of 2011 (two Mississippi and Kentucky storm texts, paraphrased)',
    example: 'The deadline for survivors of the May 3-9 floods and landslides to apply is June 30.',
    counter: 'Survivors must apply for aid by May 9 after the floods.',
  },
  {
    id: 'deadlines.not.event-moved', match: '%moved-event% .* %move% (back|up|forward)? (to|until|till|for) [.+]', then: 'reject',
    unless: ['(deadline|deadlines|cutoff|must|required) .* [.+]'],
    note: 'a launch, a briefing or a ceremony moved to a day is a schedule, not a limit (NASA launch advisories, a Wikinews launch story); a moved deadline or election keeps its row',
    example: 'The prelaunch briefings have moved to Tuesday, and the rocket launch was pushed back to Friday.',
    counter: 'The filing deadline for the launch grants was pushed back to Friday.',
  },
  {
    id: 'deadlines.not.possessive-vote', match: '[.+] @poss (%vote-kind%)* %event-day%', then: 'reject',
    note: 'a date in the possessive before a vote ("for next month\'s runoff", "in next year\'s general elections") names the vote, also in a sentence about a registration deadline (where deadlines.not.event-date yields to the duty); the possessive word lies partly outside the item, so it follows the capture',
    example: 'The deadline for nurses to renew their licences before next month\'s runoff is Monday.',
    counter: 'Mail ballots must reach the clerk by Friday\'s cutoff.',
  },
  {
    id: 'deadlines.not.holding-votes', match: '(hold|holds|holding|held) (%event-day% .? (on or before|on|by|before)|(a|an|the|its|their)? (%vote-kind%)* %event-day% .* on) [.+]', then: 'reject',
    unless: ['(hold|holds|holding|held) .* %event-day% .* (must|deadline|deadlines|due|required|postmarked|received) .* [.+]'],
    note: 'the states or parties that hold their votes on or before a date, or a state that will hold a special election in a district on a date: a calendar of contests, not a limit (deadlines.coref.same-day leaves it out when a postmark limit falls on the same day)',
    example: 'The senator counts on the provinces holding primaries on or before June 4; and the district holds a special general election for the empty seat on Tuesday, May 6.',
    counter: 'States must certify their results on or before March 1.',
  },
  {
    id: 'deadlines.not.forecast-within', match: '%forecast-noun% .* within [.+]', then: 'reject',
    unless: ['(must|required|requires|ordered|orders|deadline|(has|have|had) to) .* within [.+]'],
    note: 'a forecast or a prediction of an outcome within a span ("forecasters expect the storm to weaken within a day", "her prediction that prices would fall within a year", "a slim chance that the river floods within a week") sets no limit',
    example: 'Forecasters expect the storm to weaken to a depression within a day.',
    counter: 'The forecast office must issue its warnings within 24 hours.',
  },
  {
    id: 'deadlines.not.every', match: 'every (other)? [.+]', then: 'reject',
    note: 'a recurring period ("reviewed every two years to keep up") is no due date',
    example: 'The fee will be reviewed every two years to keep up with costs.',
    counter: 'The rule gives firms two years to keep up with costs.',
  },
  {
    id: 'deadlines.not.as-long-as', match: 'as (long|much) as [.+]', then: 'reject',
    note: 'how long something took ("queued as long as six hours to enter")',
    example: 'Fans queued as long as six hours to enter.',
    counter: 'Fans have six hours to enter.',
  },
  {
    id: 'deadlines.not.range-start', match: '[.+] (to|or) #Value', then: 'reject',
    note: 'the first end of a range ("one-quarter to one-half", "five to ten years") is no window',
    example: 'She guessed that one-quarter to one-half of tenants would move.',
    counter: 'She gave tenants one week to move.',
  },
  {
    id: 'deadlines.not.between-start', match: 'between [.+] and .', then: 'reject',
    note: 'the first end of a span between two dates ("deadlines between April 1 and July 15") starts it; the span is not due then',
    example: 'The waiver covers all tenants who have a rent deadline between May 1 and August 31.',
    counter: 'Payments must be made by April 1 and July 15.',
  },
  {
    id: 'deadlines.not.at-the-earliest', match: '[.+] at the earliest', then: 'reject',
    note: 'the earliest a thing may happen ("won\'t reach the states before September at the earliest") is an estimate, not a limit',
    example: 'Much of the money would not reach the states before September at the earliest.',
    counter: 'The money must reach the states before September.',
  },
  {
    id: 'deadlines.not.goal-by', match: '(goal|goals|target|targets|attempt|effort|bid) ((of|for|to) .*)? by [.+]', then: 'reject',
    unless: ['(must|required|requires|ordered|orders|deadline|deadlines|(has|have|had) to) .* [.+]'],
    note: 'a goal, a target or an attempt someone sets for itself ("a national goal of vaccinating every child by Christmas", "its target of a 60 percent cut by 2040", "in an attempt to wipe out the pest by 2045"; also reached by a date: "can meet that goal by 2040", "to hit the target by 2035") binds no one to act by the date',
    example: 'The ministry has set a goal of vaccinating every child by Christmas, and it says the country can meet that target by 2040.',
    counter: 'The goal is clear: every clinic must file its figures by Christmas.',
  },
  {
    id: 'deadlines.not.hedged-forecast', match: '(possibly|potentially|perhaps|maybe) .* by [.+]', then: 'reject',
    unless: ['(must|required|requires|ordered|orders|deadline|deadlines|(has|have|had) to|if|unless) .* [.+]'],
    note: 'what may come about by a date, hedged ("possibly sending a bill to the governor by the end of the month", "potentially opening the new bridge by the end of the year"): a forecast, no limit',
    example: 'Lawmakers may wrap up the talks soon, possibly sending a bill to the governor by the end of the month.',
    counter: 'The app faces a ban, potentially within weeks, if a sale is not finalized by the end of the month.',
  },
  {
    id: 'deadlines.not.list-head-year', match: '^#Date+ (:|—) [#Value]', then: 'reject',
    note: 'a year that opens the label of a line of a list of dates ("Jan. 9: 2032 Honey Acreage Reporting Deadline") names the programme year; the day that heads the line is the limit (deadlines.row.list-head-due)',
    example: 'Jan. 9: 2032 Orchard Acreage Reporting Deadline.',
    counter: 'Reporting deadline: 2032.',
  },
  {
    id: 'deadlines.not.look-back', match: '(go|goes|going|went|look|looks|looking|looked) back (only|just)? [.+]', then: 'reject',
    note: 'a span counted back into the past ("you need to go back only 15 years to find")',
    example: 'You need to go back only 15 years to find such a verdict.',
    counter: 'You have only 15 years to find such a verdict.',
  },
];

export const NOT_DEADLINE_ROWS = table('deadlines.not', 'deadlines', notRows);
