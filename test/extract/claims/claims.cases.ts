/**
 * Claim corpus (invented sentences). Positive cases give the expected source, cue and a piece of
 * content the claim text must contain; negative cases must produce no claim at all.
 */
export interface ClaimCase {
  id: string;
  text: string;
  claims: Array<{ contains: string; source: string | null; cue: string; via?: string | null }>;
}

export const CLAIM_CASES: ClaimCase[] = [
  { id: 'said-that', text: 'Mara Voss said that the mill would reopen in May.', claims: [{ contains: 'the mill would reopen', source: 'Mara Voss', cue: 'said' }] },
  { id: 'announced-title-dropped', text: 'Finance Minister Ana Ruiz announced on Sunday that the budget was balanced.', claims: [{ contains: 'the budget was balanced', source: 'Ana Ruiz', cue: 'announced' }] },
  { id: 'confirmed-compound', text: 'Ana Ruiz confirmed Oakdale and Pine Hill were nearing a deal.', claims: [{ contains: 'nearing a deal', source: 'Ana Ruiz', cue: 'confirmed' }] },
  { id: 'quote-and-said-is-one-claim', text: '"The deal is done," Tom Hale said on Friday.', claims: [{ contains: 'The deal is done', source: 'Tom Hale', cue: 'said' }] },
  { id: 'inverted-said-x', text: 'The vote was rigged, said Tom Hale, a former judge.', claims: [{ contains: 'The vote was rigged', source: 'Tom Hale', cue: 'said' }] },
  { id: 'participle-clause-subject', text: 'Tom Hale attacked the council for the delay, saying the town deserved better.', claims: [{ contains: 'the town deserved better', source: 'Tom Hale', cue: 'attacked' }, { contains: 'the town deserved better', source: 'Tom Hale', cue: 'saying' }] },
  { id: 'according-to-outlet', text: 'The mill will close in June, according to the Daily Ledger.', claims: [{ contains: 'The mill will close', source: 'Daily Ledger', cue: 'according to' }] },
  { id: 'as-reported-by', text: 'Sources familiar with the talks, as reported by the Daily Ledger, say a deal is near.', claims: [{ contains: 'a deal is near', source: 'Daily Ledger', cue: 'as reported by' }] },
  { id: 'per-possessive-role', text: 'Finance Secretary Ana Ruiz spoke on Monday. Fees will fall by half, per the secretary\u2019s comments.', claims: [{ contains: 'Fees will fall by half', source: 'Ana Ruiz', cue: 'per' }] },
  { id: 'outlet-relays-speaker', text: 'According to the Daily Ledger, Ana Ruiz expects "major progress" this week.', claims: [{ contains: 'major progress', source: 'Ana Ruiz', cue: 'expects', via: 'Daily Ledger' }] },
  { id: 'noun-confirmation', text: 'The news followed Ana Ruiz\u2019s confirmation that the two towns were close to a deal.', claims: [{ contains: 'close to a deal', source: 'Ana Ruiz', cue: 'confirmation' }] },
  { id: 'noun-pronoun-assurance', text: 'Tom Hale offered few details, but his assurance of a final agreement calmed investors.', claims: [{ contains: 'assurance of a final agreement', source: 'Tom Hale', cue: 'assurance' }] },
  { id: 'unnamed-officials', text: 'Officials said the bridge would stay closed.', claims: [{ contains: 'the bridge would stay closed', source: 'Officials', cue: 'said' }] },
  { id: 'generic-critics', text: 'Critics argue that the fee is unfair.', claims: [{ contains: 'the fee is unfair', source: 'Critics', cue: 'argue' }] },
  { id: 'group-and-outlet', text: 'Critics argue that audits are needed, a point echoed in reports from the Daily Ledger.', claims: [{ contains: 'audits are needed', source: 'Daily Ledger', cue: 'echoed in reports from' }] },
  { id: 'pronoun-source', text: 'Tom Hale visited the plant. He said the workers were proud.', claims: [{ contains: 'the workers were proud', source: 'Tom Hale', cue: 'said' }] },
  { id: 'spokesperson-org', text: 'A spokesperson for Quillon Systems said the firm would appeal.', claims: [{ contains: 'the firm would appeal', source: 'Quillon Systems', cue: 'said' }] },
  { id: 'told-outlet', text: 'Tom Hale told the Daily Ledger that the plant would close.', claims: [{ contains: 'the plant would close', source: 'Tom Hale', cue: 'told' }] },
  { id: 'according-to-generic', text: 'According to the data, fewer than half of the loans were repaid.', claims: [{ contains: 'fewer than half of the loans', source: null, cue: 'According to' }] },
  { id: 'group-with-place', text: 'Observers in the county say the mayor deserves a second term.', claims: [{ contains: 'the mayor deserves a second term', source: 'Observers in the county', cue: 'say' }] },
  { id: 'split-quote-then-cue', text: 'Ana Ruiz spoke next.\n\n\u201cHow many times must we see this?\u201d Ruiz said. \u201cIt must end.\u201d', claims: [{ contains: 'How many times must we see this', source: 'Ana Ruiz', cue: 'said' }] },
  { id: 'reports-from-outlet', text: 'Reports from the Daily Ledger indicate that the mill will close.', claims: [{ contains: 'the mill will close', source: 'Daily Ledger', cue: 'indicate' }] },
  { id: 'according-to-report-by', text: 'The plant will shut in May, according to a report by the Daily Ledger.', claims: [{ contains: 'The plant will shut', source: 'Daily Ledger', cue: 'according to' }] },
  { id: 'nested-report-is-one-claim', text: 'Mara Voss spoke. She said the agency expected to publish rules by Friday.', claims: [{ contains: 'publish rules by Friday', source: 'Mara Voss', cue: 'said' }] },
  { id: 'asked-participle-is-not-a-claim', text: 'Mara Voss, asked whether the agency would relent, said the rules would stand.', claims: [{ contains: 'the rules would stand', source: 'Mara Voss', cue: 'said' }] },
  { id: 'said-that-x-and-expected', text: 'A spokesperson for Quillon Systems said the company was reading the rule and expected sales to fall.', claims: [{ contains: 'expected sales to fall', source: 'Quillon Systems', cue: 'said' }] },
  { id: 'definite-institution', text: 'The Bureau of Harbor Safety issued a rule. Ships that miss the cutoff face fines, according to a notice the bureau published.', claims: [{ contains: 'Ships that miss the cutoff', source: 'Bureau of Harbor Safety', cue: 'according to' }] },
  { id: 'titled-person-pronoun', text: 'Harbor Minister Elsa Brandt issued the rule. She said ships would be inspected.', claims: [{ contains: 'ships would be inspected', source: 'Elsa Brandt', cue: 'said' }] },
  { id: 'possessive-document', text: "Tom Hale's letter, first reported by the Daily Ledger, argues that the port is unsafe.", claims: [{ contains: 'the port is unsafe', source: 'Tom Hale', cue: 'argues', via: 'Daily Ledger' }] },
  { id: 'pronoun-right-before-verb', text: 'Tom Hale cited delays in Oakdale and Pine Hill that he blamed on the council.', claims: [{ contains: 'cited delays', source: 'Tom Hale', cue: 'cited' }, { contains: 'blamed on the council', source: 'Tom Hale', cue: 'blamed' }] },
  { id: 'hyphenated-surname', text: 'Harbor Minister Lee Jae-won spoke first. Lee Jae-won said the port would reopen.', claims: [{ contains: 'the port would reopen', source: 'Lee Jae-won', cue: 'said' }] },
  { id: 'point-out-phrasal', text: 'Analysts point out that rates are high.', claims: [{ contains: 'rates are high', source: 'Analysts', cue: 'point out' }] },
  // group sources: a qualified group is named by its description; a bare or quantified head by its phrase; a definite one stays null
  { id: 'group-described-adjectives', text: 'Harbor policy analysts said the tolls would rise.', claims: [{ contains: 'the tolls would rise', source: 'Harbor policy analysts', cue: 'said' }] },
  { id: 'group-described-lowercase', text: 'The vote was close. After that, foreign policy experts said the treaty would hold.', claims: [{ contains: 'the treaty would hold', source: 'foreign policy experts', cue: 'said' }] },
  { id: 'group-described-opening-word', text: 'Administration officials said they hoped the ferry would run again.', claims: [{ contains: 'the ferry would run again', source: 'Administration officials', cue: 'said' }] },
  { id: 'group-described-compound', text: 'After campaign aides insisted in May that the rally would go ahead, it was cancelled.', claims: [{ contains: 'the rally would go ahead', source: 'campaign aides', cue: 'insisted' }] },
  { id: 'group-described-coordinated', text: 'Federal and state officials said the two raised $9 million.', claims: [{ contains: 'the two raised', source: 'Federal and state officials', cue: 'said' }] },
  { id: 'group-described-named-pp', text: 'Experts on North Avalon and river trade said the port would close.', claims: [{ contains: 'the port would close', source: 'Experts on North Avalon and river trade', cue: 'said' }] },
  { id: 'group-pp-without-name-is-phrase', text: 'Officials from both parties said the port would close.', claims: [{ contains: 'the port would close', source: 'Officials from both parties', cue: 'said' }] },
  { id: 'group-qualified-keeps-its-pp', text: 'Elected officials from both parties said the port would close.', claims: [{ contains: 'the port would close', source: 'Elected officials from both parties', cue: 'said' }] },
  { id: 'group-quantifier-kept', text: 'Many lawmakers say there are safety concerns.', claims: [{ contains: 'there are safety concerns', source: 'Many lawmakers', cue: 'say' }] },
  // unnamed groups: the phrase is the source ("a" dropped, quantifiers kept); a definite phrase is anaphoric
  { id: 'group-a-source', text: 'A source said the hearing would be delayed.', claims: [{ contains: 'the hearing would be delayed', source: 'source', cue: 'said' }] },
  { id: 'group-several-former', text: 'Several former Harbor staff members have complained that they were ignored.', claims: [{ contains: 'they were ignored', source: 'Several former Harbor staff members', cue: 'complained' }] },
  { id: 'group-definite-is-null', text: 'The mill closed. The critics said the fee was unfair.', claims: [{ contains: 'the fee was unfair', source: null, cue: 'said' }] },
  // an outlet named right after the cue: via of a named speaker, source of an unnamed one
  { id: 'told-outlet-unnamed-speaker', text: 'A third official told the Daily Ledger on Monday that no decision had been made.', claims: [{ contains: 'no decision had been made', source: 'Daily Ledger', cue: 'told' }] },
  { id: 'told-state-broadcaster', text: 'Minister Ana Ruiz told Avalonian state broadcaster Ledger TV that the port would reopen.', claims: [{ contains: 'the port would reopen', source: 'Ana Ruiz', cue: 'told', via: 'Ledger TV' }] },
  { id: 'interview-with-outlet-unnamed', text: 'A senior aide said in an interview with the Daily Ledger that the talks had stalled.', claims: [{ contains: 'the talks had stalled', source: 'Daily Ledger', cue: 'said' }] },
  { id: 'told-person-is-no-outlet', text: 'A senior aide told Ana Ruiz that the talks had stalled.', claims: [{ contains: 'the talks had stalled', source: 'senior aide', cue: 'told' }] },
  // "the company", "the two companies", "the group": the organization in play
  { id: 'company-sentence-final', text: 'Quillon Systems agreed to buy Harbor Cells in May. The Trade Committee has opened a review of the deal, the two companies disclosed on Monday.', claims: [{ contains: 'opened a review', source: 'Harbor Cells', cue: 'disclosed' }] },
  { id: 'company-relative-clause', text: 'Shares of Quillon Systems fell. The company, which makes pumps in Ohio, has said that new rules could cost it $3 million.', claims: [{ contains: 'new rules could cost it', source: 'Quillon Systems', cue: 'said' }] },
  { id: 'company-per', text: 'Quillon Systems sold 400 units last year. Fewer than 20 units failed, per the company.', claims: [{ contains: 'Fewer than 20 units failed', source: 'Quillon Systems', cue: 'per' }] },
  { id: 'company-skips-institution', text: 'Quillon Systems met the Trade Committee on Monday. The company said it would appeal.', claims: [{ contains: 'it would appeal', source: 'Quillon Systems', cue: 'said' }] },
  { id: 'group-any-organization', text: 'The Harbor Traders Council met on Monday. The group has asked for a longer transition period.', claims: [{ contains: 'a longer transition period', source: 'Harbor Traders Council', cue: 'asked' }] },
  { id: 'recalled-person-saying', text: 'Ana Ruiz recalled Tom Hale saying the mill would close.', claims: [{ contains: 'the mill would close', source: 'Ana Ruiz', cue: 'recalled' }, { contains: 'the mill would close', source: 'Tom Hale', cue: 'saying' }] },
  // an unnamed person described by a name and a person head: the phrase is the source
  { id: 'role-phrase-indefinite', text: 'A Harbor County judge has rejected the request to unseal the file.', claims: [{ contains: 'the request to unseal', source: 'Harbor County judge', cue: 'rejected' }] },
  { id: 'role-phrase-former', text: 'A former Harbor Party chairman says the leaders should step aside.', claims: [{ contains: 'the leaders should step aside', source: 'former Harbor Party chairman', cue: 'says' }] },
  { id: 'possessive-lawyer', text: "Tom Hale was subpoenaed. Hale's lawyer has said he will not answer questions.", claims: [{ contains: 'he will not answer', source: "Hale's lawyer", cue: 'said' }] },
  { id: 'possessive-spokesman-is-possessor', text: "Ana Ruiz left early. Ruiz's spokesman said she was ill.", claims: [{ contains: 'she was ill', source: 'Ana Ruiz', cue: 'said' }] },
  { id: 'shared-surname-title-decides', text: 'Sen. Maria Delgado and her brother, Rep. Luis Delgado, spoke. Sen. Delgado said she would bring a companion measure. Rep. Delgado told reporters the bill was good.', claims: [{ contains: 'a companion measure', source: 'Maria Delgado', cue: 'said' }, { contains: 'the bill was good', source: 'Luis Delgado', cue: 'told' }] },
  { id: 'shared-surname-first-names-differ', text: 'Tom Hale and Ruth Hale own the mill. Ruth Hale said the mill would close.', claims: [{ contains: 'the mill would close', source: 'Ruth Hale', cue: 'said' }] },
  { id: 'disputed-as-cue', text: 'Kestrel Labs has disputed the audit and its methods.', claims: [{ contains: 'the audit', source: 'Kestrel Labs', cue: 'disputed' }] },
  { id: 'study-found-that', text: 'A study by the Harbor Institute found that fees had doubled since 2020.', claims: [{ contains: 'fees had doubled', source: 'Harbor Institute', cue: 'found that' }] },
  { id: 'relative-which-antecedent', text: 'The report was released by the Senate Harbor Committee, which estimated that 40 ships had been diverted.', claims: [{ contains: '40 ships had been diverted', source: 'Senate Harbor Committee', cue: 'estimated' }] },
  { id: 'relative-who-antecedent', text: 'The plan came from Tom Hale, who said it would work.', claims: [{ contains: 'it would work', source: 'Tom Hale', cue: 'said' }] },
  { id: 'relative-after-common-noun', text: 'The plan came from a small group, which said it would work.', claims: [{ contains: 'it would work', source: null, cue: 'said' }] },
  { id: 'group-qualifier-actor-wins', text: 'Quillon Systems issued a recall. Quillon Systems officials said the fault was rare.', claims: [{ contains: 'the fault was rare', source: 'Quillon Systems', cue: 'said' }] },
];

export const NO_CLAIM_CASES: Array<{ id: string; text: string }> = [
  { id: 'passive-expected', text: 'The bridge is expected to reopen in May.' },
  { id: 'no-say-noun', text: 'The towns had no say in the matter.' },
  { id: 'product-recall', text: 'Harbor Cells must recall 4,000 scooters within 30 days.' },
  { id: 'agreed-to-act', text: 'Oakdale and Pine Hill agreed to extend the ferry contract.' },
  { id: 'participle-adjective', text: 'The proposed plan would cut fees for the town.' },
  { id: 'per-rate', text: 'The tax is five dollars per year for each house.' },
  { id: 'inanimate-suggests', text: 'The timing of the vote suggests careful planning.' },
  { id: 'noun-without-content', text: 'His comments on the radio drew a crowd.' },
  { id: 'verb-inside-quote-only', text: 'A banner read "they said it would never happen" all week.' },
  { id: 'infinitive', text: 'Tom Hale refused to say where he was.' },
  { id: 'possessive-participle', text: "The council reviewed the firm's proposed purchase of the port." },
  { id: 'state-as-noun', text: 'Battleground state Ohio is nearly 3% Polish American.' },
  { id: 'claims-as-noun-after-possessive', text: "Tom Hale's claims were rejected by the court." },
  { id: 'found-without-that', text: 'Divers found the wreck near the harbor.' },
  { id: 'demonym-noun', text: 'However, the Canadian demand for lumber remains high.' },
];
