import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { analyze } from '../../src/pipeline.js';
import { retag } from '../../src/refine/retag.js';
import { Trace } from '../../src/engine/trace.js';

/** The document model after the retag stage. */
function retagged(text: string, trace?: Trace): ReturnType<typeof parse> {
  const doc = parse(text);
  retag(doc, trace);
  return doc;
}

/** A date word after a given name is a surname ("Nora Day"), and so is that word standing alone later ("Day said"). */
describe('date words read as surnames', () => {
  const tagsOf = (text: string, word: string): string[][] => retagged(text).tokens.filter((t) => t.text === word).map((t) => [...t.tags]);

  it('a date word right after a given name is a surname, everywhere it stands alone', () => {
    const text = 'The singer Nora Day was born in 1931. "I never liked the city," Day said. Day\'s band split.';
    for (const tags of tagsOf(text, 'Day')) expect(tags).toContain('LastName');
    expect(tagsOf(text, "Day's")[0]).toContain('LastName');
  });
  it('a holiday after a preposition, a compound holiday and a text with no such name keep the date', () => {
    expect(tagsOf('Shops close on Victoria Day in Ottawa.', 'Day')[0]).toContain('Date');
    expect(tagsOf('Nora Day voted early. On Election Day, lines were long.', 'Day')[1]).toContain('Date');
    expect(tagsOf('Day after day, the rain fell on Oslo.', 'Day')[0]).toContain('Date');
  });
  it('in a text with such a name, a lone date word before a preposition or a number stays a date ("Day after day", "Day two of the trial")', () => {
    const text = 'The singer Nora Day was praised. Day after day, fans came. Day two of the trial began. Day also said so.';
    expect(tagsOf(text, 'Day').map((tags) => tags.includes('Date'))).toEqual([false, true, true, false]);
  });
  it('the lone surname after a quotation names its speaker', () => {
    const doc = analyze('The singer Nora Day was born in 1931. "I never liked the city," Day said in her memoir.', { referenceDate: '2020-01-01' });
    expect(doc.quotes[0]?.speaker).toBe('Nora Day');
    const without = analyze('The singer Nora Lowe was born in 1931. "I never liked the city," Day said in her memoir.', { referenceDate: '2020-01-01' });
    expect(without.quotes[0]?.speaker).toBeNull();
  });
});

/** A capitalized name opening with an elided particle ("D’Souza", "D'Angelo") is a surname, not the determiner compromise reads. */
describe('names with an elided particle', () => {
  it('a lone "D’X" or "D\'X" name is a surname and names the subject of its verb', () => {
    expect([...retagged("D'Angelo said the ferry would run on Sunday.").tokens[0]!.tags]).toContain('LastName');
    const doc = analyze('The architect Lina D’Amico drew the plans. D’Amico told the council that the tower was safe.', { referenceDate: '2020-01-01' });
    expect(doc.claims.map((c) => c.source)).toEqual(['Lina D’Amico']);
  });
  it('a name compromise already reads ("O’Brien") keeps its tags; a lower-case particle is no name', () => {
    expect([...retagged('O’Brien said the ferry would run.').tokens[0]!.tags]).toContain('Person');
    expect([...retagged('The ferry would run, d’après the captain.').tokens[4]!.tags]).not.toContain('LastName');
  });
});

/** Group nouns compromise tags as verbs after a modifier ("Dunmore police say") are the subject nouns; an object after them keeps the verb. */
describe('group nouns read as verbs', () => {
  const tagsOf = (text: string, word: string): string[] => [...retagged(text).tokens.find((t) => t.text === word)!.tags];
  it('before another verb (a day name between), the noun', () => {
    expect(tagsOf('But Dunmore police say they found no one.', 'police')).toContain('Noun');
    expect(tagsOf('Avalonian forces Wednesday said they took the town.', 'forces')).toContain('Plural');
  });
  it('before an object, the verb', () => {
    expect(tagsOf('Dunmore forces a vote on the plan.', 'forces')).toContain('Verb');
  });
});

/** An acronym that spells a function word ("WHO", "US") in a mixed-case sentence keeps its letters; a line in capitals keeps the word. */
describe('acronyms that spell a function word', () => {
  const tok = (text: string, word: string) => retagged(text).tokens.find((t) => t.text === word)!;
  it('in mixed case: an acronym, its normal form its own letters', () => {
    const t = tok('The agency (WHO) met. WHO said the risk was high.', 'WHO');
    expect(t.norm).toBe('WHO');
    expect([...t.tags]).toContain('Acronym');
    expect([...t.tags]).not.toContain('QuestionWord');
  });
  it('a line written in capitals keeps the word', () => {
    expect(tok('WHO IS TO BLAME FOR THE BLACKOUT?', 'WHO').norm).toBe('who');
  });
  it('the acronym names the source of its report', () => {
    const doc = analyze('The World Health Organization (WHO) met on Monday.\n\nWHO said the risk was high.', { referenceDate: '2020-01-01' });
    expect(doc.claims.find((c) => c.text.startsWith('WHO said'))?.source).toBe('World Health Organization');
  });
});

/** A word of capitals right after a singular lower-case noun in mixed case is the name the noun describes, not the verb it spells ("the treaty body CITES calls"). */
describe('acronyms that spell a verb after the noun that describes them', () => {
  const tok = (text: string, word: string) => retagged(text).tokens.find((t) => t.text === word)!;
  it('after a singular common noun: an acronym, its normal form its own letters', () => {
    const t = tok('A study from the fisheries watchdog SAVES finds stocks are falling.', 'SAVES');
    expect(t.norm).toBe('SAVES');
    expect([...t.tags]).toContain('Acronym');
    expect(tok('The trade union UNITES says pay must rise.', 'UNITES').norm).toBe('UNITES');
  });
  it('after a plural (emphasis) or in a line of capitals, the word stays a verb', () => {
    expect(tok('Refugees COULD be sent back, the mayor said.', 'COULD').norm).toBe('could');
    expect(tok('THE FISHERIES WATCHDOG SAVES THE COD', 'SAVES').norm).toBe('saves');
  });
  it('the acronym is no cue: the report it makes speaks for it', () => {
    const doc = analyze('A report from the fisheries watchdog SAVES came out on Monday.\n\nThe report notes that stocks are falling.', { referenceDate: '2020-01-01' });
    expect(doc.claims.map((c) => c.cue)).toEqual(['notes']);
    expect(doc.claims[0]?.source).toBe('SAVES');
  });
});

describe('the retag stage', () => {
  it('parse alone leaves compromise\'s tags; the stage records each retag in the trace under its row', () => {
    const text = 'The singer Nora Day was born in 1931. Dunmore police say she left.';
    expect([...parse(text).tokens.find((t) => t.text === 'police')!.tags]).toContain('Verb');
    const trace = new Trace(true);
    retagged(text, trace);
    expect(trace.rules()).toEqual(expect.arrayContaining(['retag.surname.after-given', 'retag.surname.before-verb', 'retag.group-noun.before-verb']));
  });
});

/** Title Case text: an adverb, negation, modal or auxiliary between capitalized words is no part of a name ("Quell Just Said"). */
describe('Title Case function words', () => {
  const capOf = (text: string, word: string): boolean => retagged(text).tokens.find((t) => t.text === word)!.cap;
  it('between two capitalized words, the capital is no name evidence', () => {
    expect(capOf('Mara Quell Just Said Something Odd About the Vote', 'Just')).toBe(false);
    expect(capOf('Governor Tom Brandt May Not Have Meant It', 'May')).toBe(false);
    expect(capOf('Governor Tom Brandt May Not Have Meant It', 'Not')).toBe(false);
    expect(capOf('Governor Tom Brandt May Not Have Meant It', 'Have')).toBe(false); // a run of them
    expect(capOf('Tom Brandt To Voters Worried About the Plan', 'To')).toBe(false); // an article or "to" too
  });
  it('a name word, a sentence opener and a lower-case neighbour keep the capital', () => {
    expect(capOf('Theresa May Said She Will Stay', 'May')).toBe(true);
    expect(capOf('Just Said Something Odd', 'Just')).toBe(true);
    expect(capOf('Mara Quell Just said so.', 'Just')).toBe(true);
  });
  it('only in a Title Case line: running text keeps the capital of a name word ("The Still Water Trust", "Class A Shares")', () => {
    expect(capOf('The Still Water Trust said prices rose sharply this year.', 'Still')).toBe(true);
    expect(capOf('Holders of Class A Shares voted against the merger.', 'A')).toBe(true);
    const doc = analyze('The Still Water Trust said prices rose sharply this year.', { referenceDate: '2020-01-01' });
    expect(doc.claims[0]?.source).toBe('Still Water Trust');
  });
  it('the source of a Title Case line ends before the function word', () => {
    const doc = analyze('Mara Quell Just Said Something Odd About Tom Brandt\n\nMara Quell spoke in Doeville on Monday.', { referenceDate: '2020-01-01' });
    expect(doc.claims[0]?.source).toBe('Mara Quell');
  });
});

/** A noun compromise tags as a verb after a possessive, a name, an adjective or a role ("his campaign manager", "the Voss campaign said") is the noun; after "to", a modal or a pronoun it stays the verb. */
describe('nouns read as verbs after a modifier', () => {
  const tagsOf = (text: string): string[][] => retagged(text).tokens.filter((t) => t.normal === 'campaign').map((t) => [...t.tags]);
  it('is the noun after a possessive pronoun, a name or a role, and names its speaker', () => {
    for (const tags of tagsOf('Her campaign has said little. The Voss campaign manager Ed Ruiz said no.')) expect(tags).toContain('Noun');
    const doc = analyze('"We treat the month as one long vote," said the mayor\'s deputy campaign manager, Rich Bello, who ran the 2012 race.', { referenceDate: '2020-01-01' });
    expect(doc.quotes[0]?.speaker).toBe('Rich Bello');
  });
  it('stays the verb after a modal, "to" or a coordinated subject', () => {
    for (const tags of tagsOf('Both Voss and Ruiz will campaign hard. They plan to campaign in Ohio.')) expect(tags).toContain('Verb');
  });
});

/** After "according to", compromise reads the phrase's first word as an infinitive ("to exit") and a plural head as a verb ("reports"). */
describe('credit phrases read as verbs after "according to"', () => {
  const tagsOf = (text: string, word: string): string[] => [...(retagged(text).tokens.find((t) => t.text === word)?.tags ?? [])];

  it('the first word before another word of the phrase is a noun; a plural head after lower-case modifiers is a plural noun', () => {
    expect(tagsOf('The dam leaked, according to exit polls.', 'exit')).toContain('Noun');
    expect(tagsOf('The dam leaked, according to campaign finance reports.', 'reports')).toEqual(expect.arrayContaining(['Noun', 'Plural']));
  });
  it('a name after the credit, and a verb after a comma, keep their tags', () => {
    expect(tagsOf('According to Ann Roe, Bo Li expects a vote.', 'expects')).toContain('Verb');
    expect(tagsOf('The dam leaked, according to plan.', 'plan')).not.toContain('Singular');
  });
});

/** "top" before a noun or a name ranks it, as an adjective: a source phrase skips it as it skips "senior". */
describe('"top" as a modifier', () => {
  const tagsOf = (text: string): string[] => [...(retagged(text).tokens.find((t) => t.text === 'top')?.tags ?? [])];
  it('before a noun or a name it is an adjective; before "of" it stays a noun', () => {
    expect(tagsOf('A top aide to the mayor resigned.')).toContain('Adjective');
    expect(tagsOf('A top Mara Voss adviser says the plan will pass.')).toContain('Adjective');
    expect(tagsOf('The flag flew from the top of the mast.')).not.toContain('Adjective');
  });
  it('the described source keeps it', () => {
    expect(analyze('A top Mara Voss adviser says the harbor plan will pass.').claims[0]?.source).toBe('top Mara Voss adviser');
  });
});
