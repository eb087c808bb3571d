import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/parse/index.js';
import { extractActors } from '../../../src/extract/actors/index.js';
import { buildChains, type Chains } from '../../../src/refine/chains/index.js';
import { findClauses } from '../../../src/extract/clauses/index.js';
import { Trace, NO_TRACE } from '../../../src/engine/trace.js';
import { analyze } from '../../../src/pipeline.js';

function chainsOf(text: string, trace: Trace = NO_TRACE): Chains {
  const doc = parse(text);
  const actors = extractActors({ doc, referenceDate: null, trace: NO_TRACE, lexicon: null });
  return buildChains(doc, actors, findClauses(doc), trace);
}

/** The chain name of the n-th occurrence of `word` in the text. */
function nameAt(text: string, word: string, n = 0): string | null {
  const ch = chainsOf(text);
  let at = -1;
  for (let k = 0; k <= n; k++) at = text.indexOf(word, at + 1);
  return ch.chainOf(at, at + word.length)?.name ?? null;
}

describe('chains: mentions and the chains they form', () => {
  it('every actor is a named chain; its mentions are name mentions with its type', () => {
    const ch = chainsOf('Acme Corp. hired Tom Reyes in May. Reyes said Acme Corp. would grow.');
    const reyes = ch.chains.find((c) => c.name === 'Tom Reyes')!;
    expect(reyes.type).toBe('person');
    expect(reyes.actor?.name).toBe('Tom Reyes');
    expect(reyes.mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual(['Tom Reyes', 'Reyes']);
    expect(ch.chains.find((c) => c.name === 'Acme Corp.')?.type).toBe('organization');
  });

  it('a tagged name inside an organization is no person; every named mention is in text order', () => {
    const ch = chainsOf('Commissioner Ilka Marn fined Kestrel Social. Marn spoke. Kestrel Social said no.');
    expect(ch.chains.filter((c) => c.type === 'person').map((c) => c.name)).toEqual(['Ilka Marn']);
    expect(ch.chains.find((c) => c.name === 'Ilka Marn')!.mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual(['Ilka Marn', 'Marn']);
    const starts = ch.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('a title\'s post-modifier is no person\'s name ("Commissioner for Fisheries"), the name after a title is', () => {
    const ch = chainsOf('Nora Quist, the Harbor Council High Commissioner for Fisheries, spoke. After Deputy Mayor for Harbors Ivo Brand left, the Mayor apologised.');
    expect(ch.chains.filter((c) => c.type === 'person').map((c) => c.name).sort()).toEqual(['Ivo Brand', 'Nora Quist']);
    expect(chainsOf('Harbor Commissioner Olek Varn spoke. Varn left.').chains.filter((c) => c.type === 'person').map((c) => c.name)).toEqual(['Olek Varn']); // near miss: the name after the title
  });

  it('a pronoun joins the nearest person of its gender, with type, gender and number', () => {
    const text = 'Maria Lopez met Tom Reyes on Monday. He said the plan had failed, and she agreed.';
    expect(nameAt(text, 'He')).toBe('Tom Reyes');
    expect(nameAt(text, 'she')).toBe('Maria Lopez');
    const he = chainsOf(text).mentions.find((m) => m.text === 'He')!;
    expect([he.kind, he.type, he.gender, he.number, he.rule]).toEqual(['pronoun', 'person', 'm', 'sg', 'chains.link.he']);
  });

  it('a sentence subject is preferred over a later name of the same gender', () => {
    expect(nameAt('Tom Reyes thanked Dan Pell for the vote. He said the plan had failed.', 'He')).toBe('Tom Reyes');
  });

  it('a clause subject is preferred: the subject of the main clause, not the first name of the sentence', () => {
    expect(nameAt('When Dan Pell arrived, Tom Reyes greeted the crowd. He said the plan had failed.', 'He')).toBe('Tom Reyes');
  });

  it('a name inside a quotation is only a fallback for a pronoun outside it: the speaker named before is preferred', () => {
    expect(nameAt('Tom Reyes, a lawyer for Dan Pell, spoke to reporters. "Dan Pell did nothing wrong," he said.', 'he')).toBe('Tom Reyes');
    expect(nameAt('Greta Lund chairs the harbor board. "Anna Berg has kept the ferries running all winter," she added.', 'she')).toBe('Greta Lund'); // a second text: the speaker, not the colleague she praises
    // counter-example: a pronoun inside the quotation still takes the name quoted before it
    expect(nameAt('Greta Lund chairs the harbor board. "Anna Berg kept the ferries running, and she never asked for thanks," Lund added.', 'she')).toBe('Anna Berg');
  });

  it('a linked pronoun is an antecedent: "she" after "she" stays with her, past names in the object', () => {
    const text = 'Kiri Vance met the officers Remy Dusk and Sky Quill at a pub. She said she was robbed by Dusk and Quill. She told the court she was afraid.';
    expect(nameAt(text, 'She', 1)).toBe('Kiri Vance');
    const ch = chainsOf(text);
    expect(ch.chains.find((c) => c.name === 'Kiri Vance')?.gender).toBe('f');
    expect(ch.chains.map((c) => c.name)).not.toContain('Remy Dusk and Sky Quill');
  });

  it('a weekday or a pronoun is never a person a pronoun can join', () => {
    expect(nameAt('Tom Reyes spoke on Thursday. On Friday, he said the plan had failed.', 'he')).toBe('Tom Reyes');
    expect(nameAt('He said the plan had failed.', 'He')).toBeNull();
  });

  it('"the company" joins the last business, "the ministry" the body of that head, "the newspaper" the last outlet', () => {
    expect(nameAt('Acme Corp. cut 200 jobs. The company said the plan had failed.', 'company')).toBe('Acme Corp.');
    expect(nameAt('The Ministry of Health met. The ministry said the plan had failed.', 'ministry')).toBe('Ministry of Health');
    expect(nameAt('The Harbor Ledger reported the deal. The newspaper said the plan had failed.', 'newspaper')).toBe('Harbor Ledger');
  });

  it('a role noun joins the person last given that title; an abbreviated title counts', () => {
    expect(nameAt('Sen. Tom Reyes spoke. Later the senator said the plan had failed.', 'senator')).toBe('Tom Reyes');
    expect(nameAt('Gov. Tom Reyes spoke. Later the senator said the plan had failed.', 'senator')).toBeNull();
    // a title of MORE_TITLES that TITLE_WORDS also lists still makes an untagged name a person (PERSON_TITLES)
    expect(nameAt('Inspector Orvik Tamsel led the raid. Later the inspector said the gang had fled.', 'inspector')).toBe('Orvik Tamsel');
    expect(nameAt('Coach Tarnavik Quaspel praised the squad. Later the coach said the pitch was poor.', 'coach')).toBe('Tarnavik Quaspel');
  });

  it('a head of state or government is "the leader" too, and a title inside a run before the name counts ("Avalonian Prime Minister ...")', () => {
    const text = 'Avalonian Prime Minister Meles Quorvani dismissed the ultimatum. Later the Avalonian leader said the threat was "nothing new."';
    expect(nameAt(text, 'leader')).toBe('Meles Quorvani');
    expect(analyze(text).quotes[0]?.speaker).toBe('Meles Quorvani');
    expect(nameAt('Avalonian Finance Minister Meles Quorvani dismissed the ultimatum. Later the Avalonian leader said the threat was small.', 'leader')).toBeNull();
  });

  it('a title gives its name only right before it: "a spokeswoman for Acme" makes Acme no spokesman', () => {
    expect(nameAt('Treasury Secretary Mara Voss spoke. The secretary said taxes would rise.', 'secretary')).toBe('Mara Voss');
    expect(nameAt('Dana Whitlow, a spokeswoman for Acme, spoke. The spokesman said the talks would resume.', 'spokesman')).toBeNull();
  });

  it('an indefinite description refers to no one named', () => {
    expect(nameAt('Acme Corp. cut 200 jobs. A company in Ohio said the plan had failed.', 'company', 0)).toBeNull();
  });

  it('"the study", "the researchers" join the body last named that ran it; "a study" and no body named join none', () => {
    const text = 'Researchers from the Kells Institute tracked 90 whales. According to the study, most swam north. The researchers said the tags held.';
    expect(nameAt(text, 'study')).toBe('Kells Institute');
    expect(nameAt(text, 'researchers')).toBe('Kells Institute');
    expect(nameAt('Mara Voss tracked 90 whales. According to the study, most swam north.', 'study')).toBeNull(); // near miss: no body named
    expect(nameAt('The Kells Institute tracked 90 whales. According to a study, most swam north.', 'study')).toBeNull(); // near miss: an indefinite study is new
  });

  it('"the research", "the research paper", "the research team" are that study too; "the paper" alone is no research noun', () => {
    const text = 'Researchers from the Kells Institute tracked 90 whales. Food was short, the research reported. The research paper noted that most swam north. The research team said the tags held.';
    expect(nameAt(text, 'research', 0)).toBe('Kells Institute');
    expect(nameAt(text, 'paper')).toBe('Kells Institute');
    expect(nameAt(text, 'team')).toBe('Kells Institute');
    expect(nameAt('Researchers from the Kells Institute tracked 90 whales. A research paper noted that most swam north.', 'paper')).toBeNull(); // near miss: an indefinite paper is new
  });

  it('"the study" joins the body that ran it, not a body whose data it used, named later (the most named, the first on a tie)', () => {
    const text = 'Researchers from the Kells Institute compared tide records from the Harbor Weather Service with fishing logs. According to the study, most boats left early.';
    expect(nameAt(text, 'study')).toBe('Kells Institute');
  });

  it('each link is in the trace under its row, and a source resolved through a chain shows it', () => {
    const trace = new Trace(true);
    chainsOf('Tom Reyes spoke on Monday. He said the plan had failed.', trace);
    expect(trace.events.filter((e) => e.stage === 'chains').map((e) => [e.rule, e.text])).toEqual([['chains.link.he', 'He = Tom Reyes']]);
    const doc = analyze('Tom Reyes spoke on Monday. He said the plan had failed.', { referenceDate: '2025-06-15', explain: true });
    expect(doc.claims[0]?.source).toBe('Tom Reyes');
    expect(doc.claims[0]?.explain).toContainEqual({ rule: 'chains.link.he', stage: 'chains' });
  });

  it('a pronoun opening a sentence continues the one person named as subject before it, over a first name\'s guessed gender', () => {
    const text = 'Nikita Orlov told reporters the plan had failed. He said the vote would wait. Later he left.';
    expect(nameAt(text, 'He')).toBe('Nikita Orlov');
    expect(nameAt(text, 'he left')).toBe('Nikita Orlov'); // the pronoun stated the gender: later "he" agrees
    expect(chainsOf(text).chains.find((c) => c.name === 'Nikita Orlov')).toMatchObject({ gender: 'm', guessed: false });
  });

  it('a sentence opening with a definite role no one was given continues the one subject before it, unless its own sentence names that person', () => {
    const text = '"The reef is coming back," said marine biologist Oona Brisk. The Kell College professor added that the work would take years.';
    expect(nameAt(text, 'professor')).toBe('Oona Brisk');
    expect(chainsOf(text).mentions.find((m) => m.text.includes('professor'))?.rule).toBe('chains.link.role-continues');
    expect(nameAt('Oona Brisk asked the court for more time. The judge agreed with Oona Brisk that the case was complex.', 'judge')).toBeNull();
    expect(nameAt('Oona Brisk and Tam Hollis run the reef lab. The professor said the work would take years.', 'professor')).toBeNull();
    expect(nameAt('Oona Brisk declined to comment on the reef. The spokeswoman said the work would take years.', 'spokeswoman')).toBeNull(); // speaks for someone else
  });

  it('an honorific states the gender: no continuation against it; two people named before: none either', () => {
    expect(nameAt('Ms. Nikita Orlov told reporters the plan had failed. He said the vote would wait.', 'He')).toBeNull();
    expect(nameAt('Nikita Orlov and Sasha Petrov told reporters the plan had failed. He said the vote would wait.', 'He')).toBeNull();
  });

  it('a running description keeps its referent: a body named in passing between two "the network" is not the network', () => {
    const text = 'Harbor Broadcasting Corp. lost its licence. The network appealed. The Senate Harbor Committee met and Kestrel Media Corp. bid. The network said it would fight.';
    expect(nameAt(text, 'network', 1)).toBe('Harbor Broadcasting Corp.');
    expect(nameAt('Harbor Broadcasting Corp. lost its licence. Kestrel Media Corp. bid. The network said it would fight.', 'network')).toBe('Kestrel Media Corp.');
    expect(nameAt('Harbor Broadcasting Corp. lost its licence. The Senate Harbor Committee met. The network said it would fight.', 'network')).toBe('Harbor Broadcasting Corp.');
  });

  it('a subject pronoun skips the names of its own sentence that no clause has as subject; a possessor inside the subject counts', () => {
    expect(nameAt('Mara Voss met the press on Monday. Speaking to Tom Reyes of the Ledger, she said the plan had failed.', 'she')).toBe('Mara Voss');
    expect(nameAt('Dan Pell met the press on Monday. Speaking to Tom Reyes of the Ledger, he said the plan had failed.', 'he said')).toBe('Dan Pell');
    expect(nameAt('Dan Pell met the press on Monday. Tom Reyes\'s advice earned him praise, where he said the plan had failed.', 'he said')).toBe('Tom Reyes');
  });

  it('a role introduced with "a" and no name is its own participant: a pronoun after it is that role, as its own frame resolved it', () => {
    const text = 'Tom Reyes lost the vote. A spokesman for the city council said the budget was short. "We will not give up," he said.';
    expect(nameAt(text, 'he said')).toBe('spokesman for the city council');
    expect(analyze(text).quotes.map((q) => q.speaker)).toEqual(['spokesman for the city council']);
    const owned = analyze('Tom Reyes lost the vote. A spokeswoman for the Harbor Ministry said the talks had stalled. She added that no date was set.');
    expect(owned.claims.map((c) => c.source)).toEqual(['Harbor Ministry', 'Harbor Ministry']); // the role speaks for its body, and so does "she"
    expect(nameAt('Tom Reyes lost the vote. The spokesman for the city council said the budget was short. He said no more.', 'He said')).toBe('Tom Reyes'); // "the ...": maybe an epithet of someone named
    expect(nameAt('The mayor of Lyon told reporters the budget was short. "We will not give up," he said.', 'he said')).toBe('mayor of Lyon'); // no one named before: no epithet
  });
});
