/**
 * User lexicon files merged into one UserLexicon: each row gets the id that names its file and place
 * (`user:my.json#reportingVerbs[0]`), and each reporting verb every inflection compromise gives it
 * ("opine": opine, opines, opined, opining).
 */
import nlp from 'compromise';
import { LexiconFile, type UserLexicon } from '../../schema/lexicon.js';

export const EMPTY_LEXICON: UserLexicon = { actors: [], outlets: [], titles: [], reportingVerbs: [], nonActors: [], deadlineCues: [] };

/** The inflections of a verb in its base form: compromise's conjugation, plus the regular forms as a floor. */
export function inflections(verb: string): string[] {
  const base = verb.toLowerCase();
  const forms = new Set([base]);
  const conj = ((nlp(base).tag('Infinitive') as unknown as ReturnType<typeof nlp>).verbs().conjugate()[0] ?? {}) as Record<string, string>; // tagged: 'tweet' alone reads as a noun
  for (const k of ['Infinitive', 'PresentTense', 'PastTense', 'PastParticiple', 'Gerund']) if (conj[k]) forms.add(conj[k].toLowerCase());
  // regular forms as a floor where the tagger gives none ("tweeted"; "quipped", "averred": a final consonant doubled)
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const doubled = /[^aeiou][aeiou][bdgklmnprt]$/.test(base) ? base + base.slice(-1) : null;
  for (const f of [`${stem}ed`, `${stem}ing`, `${base}s`, ...(doubled ? [`${doubled}ed`, `${doubled}ing`] : [])]) forms.add(f);
  return [...forms].filter((f) => /^[a-z-]+$/.test(f));
}

/** Merge validated files, in order. `source` names each file in the row ids. */
export function mergeLexicons(files: readonly { source: string; data: LexiconFile }[]): UserLexicon {
  const out: UserLexicon = { actors: [], outlets: [], titles: [], reportingVerbs: [], nonActors: [], deadlineCues: [] };
  for (const { source, data } of files) {
    const id = (list: string, i: number) => `user:${source}#${list}[${i}]`;
    (data.actors ?? []).forEach((a, i) => out.actors.push({ id: id('actors', i), value: { name: a.name, type: a.type, aliases: a.aliases ?? [], role: a.role ?? null } }));
    (data.outlets ?? []).forEach((o, i) => out.outlets.push({ id: id('outlets', i), value: o }));
    (data.titles ?? []).forEach((t, i) => out.titles.push({ id: id('titles', i), value: t }));
    (data.reportingVerbs ?? []).forEach((v, i) => out.reportingVerbs.push({ id: id('reportingVerbs', i), value: { verb: v, forms: inflections(v) } }));
    (data.nonActors ?? []).forEach((n, i) => out.nonActors.push({ id: id('nonActors', i), value: n }));
    (data.deadlineCues ?? []).forEach((d, i) => out.deadlineCues.push({ id: id('deadlineCues', i), value: d.toLowerCase() }));
  }
  return out;
}

/** Check one lexicon value (a parsed JSON file or a library caller's object); throws the first problem as "field.path: message". */
export function parseLexicon(value: unknown): LexiconFile {
  const r = LexiconFile.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  throw new LexiconError(`${where || 'the lexicon'}: ${issue.message}`);
}

export class LexiconError extends Error {}
