/**
 * The merging index: each candidate joins an existing group or starts one. Lexicon keys (U.S. =
 * Washington), person names (Jane Doe = Doe = Ms. Doe; choose.ts picks one of two namesakes),
 * relatives (Ana Doe beside Jane Doe), acronyms, short forms with a suffix, and equal texts.
 */
import { bracketed, initials, isAcronym } from './acronyms.js';
import { isRelative, pickPerson } from './choose.js';
import { addMember, type Group, MultiMap, newGroup } from './group.js';
import { coreWords, nameGender, surname } from './names.js';
import type { Candidate, Word } from './types.js';
import { bare, ORG_SUFFIX } from './wordsets.js';

export type { Group } from './group.js';

/** Mentions typed only by compromise's tags or by default: their last word may name them later. */
const WEAK: ReadonlySet<Candidate['basis']> = new Set(['tagged', 'guess', 'tags']);

export class Clusterer {
  readonly groups: Group[] = [];
  private readonly byKey = new Map<string, Group>();
  private readonly byEnds = new Map<string, Group>();
  private readonly byCore = new Map<string, Group>();
  private readonly byNamePart = new MultiMap();
  private readonly singles = new Map<string, Group>();
  private readonly byText = new Map<string, Group>();
  private readonly byShort = new Map<string, Group>();
  private readonly byInitials = new Map<string, Group>();
  private readonly byWeakLast = new Map<string, Group>();
  private readonly groupOf = new Map<Candidate, Group>();

  constructor(private readonly text: string, private readonly words: readonly Word[]) {}

  keyed(c: Candidate): void {
    const g = this.byKey.get(c.key!);
    if (g) this.join(g, c);
    else this.byKey.set(c.key!, this.create(c));
  }

  fullName(c: Candidate): void {
    const core = coreWords(c, this.words);
    const ends = `${core[0]}|${core.at(-1)}`;
    const g = this.byEnds.get(ends);
    if (g) {
      this.join(g, c);
      if (core.length > g.core.length) g.core = core;
      g.gender ??= nameGender(c, this.words);
      return;
    }
    const n = this.create(c, core);
    n.gender = nameGender(c, this.words);
    this.byEnds.set(ends, n);
    this.byCore.set(core.join(' '), n);
    this.byNamePart.add(`first:${core[0]}`, n);
    // a relative's bare surname stays with the person who brought the name in
    if (!isRelative(n)) this.byNamePart.add(`last:${surname(core)}`, n);
  }

  /** "Ana Doe" typed by default while "Jane Doe" is a person: a two-word name sharing a person's surname. */
  relative(c: Candidate): boolean {
    const core = coreWords(c, this.words);
    return (c.basis === 'guess' || c.basis === 'shape') && core.length === 2 && this.byNamePart.get(`last:${core[1]}`).length > 0;
  }

  singleName(c: Candidate): void {
    const name = coreWords(c, this.words)[0]!;
    const g = this.pickPerson(name, c) ?? this.singles.get(name);
    if (g) {
      this.join(g, c);
      g.gender ??= c.gender;
      return;
    }
    const n = this.create(c, [name]);
    n.gender = c.gender;
    this.singles.set(name, n);
  }

  other(c: Candidate, prev: Candidate | null): void {
    const core = coreWords(c, this.words);
    if (core.length === 1 && c.basis !== 'suffix' && c.basis !== 'show') {
      const p = this.pickPerson(core[0]!, c) ?? this.singles.get(core[0]!) ?? this.laterSurname(core[0]!, c);
      // a name typed by default that is a known person's surname is that person's mention
      if (p) return this.join(p, p.type === 'person' && !c.sure ? { ...c, type: 'person', rule: 'actors.person.surname', basis: 'other' } : c);
    }
    if (core.length === 1 && c.to - c.from === 1 && this.adoptSurname(c)) return;
    // a country is no short form of the body named after it ("Doeland" beside "Doeland Senate"); a town may be ("at Kells" for Kells University)
    const short = c.type === 'country' ? undefined : this.byShort.get(c.text);
    const target =
      (core.length > 1 ? this.byCore.get(core.join(' ')) : undefined) ??
      this.acronymOf(c, prev) ?? short ?? this.byText.get(c.text.toLowerCase());
    if (target) return this.join(target, c);
    const g = this.create(c);
    const last = this.words[c.to - 1]!;
    if (c.to - c.from > 1 && c.to - c.from <= 3 && WEAK.has(c.basis)) this.byWeakLast.set(last.text, g);
    if (c.type === 'organization' && c.to - c.from > 1 && ORG_SUFFIX.has(bare(last))) this.byShort.set(this.text.slice(c.start, this.words[c.to - 2]!.end), g);
    // "University of Doeland, Kells" / "... at Kells": the name without its campus is the same body
    const campus = c.type === 'organization' ? Math.max(c.text.lastIndexOf(', '), c.text.lastIndexOf(' at ')) : -1;
    if (campus > 0) this.byShort.set(c.text.slice(0, campus), g);
  }

  private pickPerson(name: string, c: Candidate): Group | null {
    return pickPerson(this.words, this.byNamePart, name, c);
  }

  /** "Marsh wins (headline) ... Lena Marsh": an untyped word before the one full name with that surname. */
  private laterSurname(name: string, c: Candidate): Group | undefined {
    const found = this.byNamePart.get(`last:${name}`);
    return !c.sure && found.length === 1 ? found[0] : undefined;
  }

  /** "Lena Marsh ... Marsh said": a weakly typed two- or three-word name used by its last word is a person. */
  private adoptSurname(c: Candidate): boolean {
    const g = this.byWeakLast.get(c.text);
    if (!g || g.key || g.core.length > 0) return false;
    const full = g.members.find((m) => m.to - m.from > 1)!;
    [g.type, g.core, g.sure] = ['person', coreWords(full, this.words), true];
    this.byNamePart.add(`first:${g.core[0]}`, g);
    this.byNamePart.add(`last:${surname(g.core)}`, g);
    this.join(g, c);
    return true;
  }

  /** An acronym in brackets right after a name, or the initials of a known name. */
  private acronymOf(c: Candidate, prev: Candidate | null): Group | undefined {
    if (!isAcronym(c.text)) return undefined;
    return bracketed(this.text, prev, c) ? this.groupOf.get(prev!) : this.byInitials.get(c.text);
  }

  private create(c: Candidate, core: string[] = []): Group {
    const g = newGroup(c, core);
    this.groups.push(g);
    this.index(g, c);
    return g;
  }

  private join(g: Group, c: Candidate): void {
    addMember(g, c);
    this.index(g, c);
  }

  private index(g: Group, c: Candidate): void {
    this.groupOf.set(c, g);
    if (g.core.length > 0) return;
    if (!this.byText.has(c.text.toLowerCase())) this.byText.set(c.text.toLowerCase(), g);
    const ini = initials(c.text);
    if (ini.length > 1 && c.to - c.from > 1 && !this.byInitials.has(ini)) this.byInitials.set(ini, g);
  }
}
