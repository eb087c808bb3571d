/**
 * Quote corpus (invented sentences). `quotes` lists the expected quoted texts in order; `none`
 * lists texts that must NOT be reported as quotes.
 */
export interface PairCase {
  id: string;
  text: string;
  quotes: string[];
}

export const PAIR_CASES: PairCase[] = [
  { id: 'single-carried-across-paragraphs', text: "Voss spoke.\n\n'We have no choice,' she said. 'The costs have doubled.\n\n'We will reopen later.'", quotes: ['We have no choice,', 'The costs have doubled.', 'We will reopen later.'] },
  { id: 'single-open-not-carried-without-next-quote', text: "Voss spoke.\n\n'We have no choice,' she said. 'The costs have doubled.\n\nOther news followed.", quotes: ['We have no choice,'] },
  { id: 'curly-double', text: 'Mara Voss said the plan was \u201cdead on arrival\u201d and left.', quotes: ['dead on arrival'] },
  { id: 'straight-double', text: 'Mara Voss called it "a fair deal," then left.', quotes: ['a fair deal,'] },
  { id: 'two-quotes-one-sentence', text: '"We won," Voss said, "and we will win again."', quotes: ['We won,', 'and we will win again.'] },
  { id: 'single-quote-style', text: "Voss said the deal was 'nearly done' on Friday.", quotes: ['nearly done'] },
  { id: 'curly-single-style', text: 'Voss said the deal was \u2018nearly done\u2019 on Friday.', quotes: ['nearly done'] },
  { id: 'apostrophes-are-not-quotes', text: "Voss's aides don't recall the '90s, and Lin's staff won't say.", quotes: [] },
  { id: 'curly-apostrophes', text: 'Voss\u2019s aides don\u2019t know the voters\u2019 mood.', quotes: [] },
  { id: 'nyt-two-apostrophes', text: "''We are ready,'' said Ana Ruiz, the mayor.", quotes: ['We are ready,'] },
  { id: 'backticks', text: "``We are ready,'' said Ana Ruiz.", quotes: ['We are ready,'] },
  { id: 'nested', text: 'Voss said, "He told me, \'Never give up,\' and I did not."', quotes: ['He told me, \'Never give up,\' and I did not.', 'Never give up,'] },
  {
    id: 'across-paragraphs',
    text: 'Ana Ruiz said:\n\n"The first part runs here.\n\n"The second part ends here," she said.',
    quotes: ['The first part runs here.', 'The second part ends here,'],
  },
  { id: 'across-sentences', text: 'Voss said, "It is late. We should go home now." Then she left.', quotes: ['It is late. We should go home now.'] },
  { id: 'unbalanced-straight', text: 'Voss said "the plan is done and left.\n\nA second paragraph has "a quote" in it.', quotes: ['a quote'] },
  { id: 'unbalanced-curly', text: 'Voss said \u201cthe plan is done. Then \u201cnothing\u201d happened.', quotes: ['nothing'] },
  { id: 'stray-closing', text: 'The plan\u201d was done. Voss said \u201cyes\u201d later.', quotes: ['yes'] },
  { id: 'stray-straight-closer', text: 'He reviewed [the] systems" and the notes. The only "records" were thin.', quotes: ['records'] },
  { id: 'opening-mark-as-closer', text: 'Ana Ruiz called the levy \u201cabusive\u201c in a post on Sunday.', quotes: ['abusive'] },
  { id: 'opening-mark-as-closer-after-comma', text: '\u201cIt is unusual,\u201c said Ana Ruiz, a lawyer.', quotes: ['It is unusual,'] },
  { id: 'opening-mark-before-paragraph-end', text: 'Ruiz spoke last. \u201cThey know that. \u201c\n\nThe vote is on Monday.', quotes: ['They know that.'] },
  { id: 'unclosed-sentence-quote-runs-to-paragraph-end', text: 'Ruiz backed the plan. \u201cRealistically, this is our best chance in years.\n\nThe vote is on Monday.', quotes: ['Realistically, this is our best chance in years.'] },
  { id: 'unclosed-mid-sentence-quote-dropped', text: 'Ruiz said \u201cthe plan is done and left.\n\nThe vote is on Monday.', quotes: [] },
  { id: 'empty-quote', text: 'He wrote "" and then "done".', quotes: ['done'] },
];

export interface KindCase {
  id: string;
  text: string;
  quote: string;
  kind: 'statement' | 'title' | 'scare';
}

export const KIND_CASES: KindCase[] = [
  { id: 'naming-participle-after-noun', text: 'Ana Ruiz moved people out of danger zones, a process called "extraction." She did it for years.', quote: 'extraction.', kind: 'scare' },
  { id: 'naming-participle-after-adverb', text: 'Ana Ruiz said the fever was commonly called "harbor flu." It spread fast.', quote: 'harbor flu.', kind: 'scare' },
  { id: 'naming-passive', text: 'The events were nicknamed "the Harbor Caper" later that year.', quote: 'the Harbor Caper', kind: 'scare' },
  { id: 'naming-identified-only-as', text: 'Ana Ruiz said harbor guards questioned a dock worker identified only as "K. Lund," on Friday.', quote: 'K. Lund,', kind: 'scare' },
  { id: 'naming-mention-the-word', text: 'Ana Ruiz said the harbor rules never use the word "tariffs," and left.', quote: 'tariffs,', kind: 'scare' },
  { id: 'naming-mention-the-term', text: 'Although the term "gale" only tells how strong the wind is, Ana Ruiz closed the pier.', quote: 'gale', kind: 'scare' },
  { id: 'naming-mention-inside-speech-stays-speech', text: 'Ana Ruiz said, "Sailors here never use the word \'gale\' for it."', quote: 'gale', kind: 'statement' },
  { id: 'naming-word-from-someone-is-speech', text: 'The word from Ana Ruiz on Monday was "We will rebuild the pier."', quote: 'We will rebuild the pier.', kind: 'statement' },
  { id: 'naming-with-subject-is-speech', text: 'Ana Ruiz said the levy was what she called "a plain robbery of the fishermen."', quote: 'a plain robbery of the fishermen.', kind: 'statement' },
  { id: 'naming-subject-with-aside-is-speech', text: 'Ana Ruiz, the harbor mayor, called "a plain robbery of the fishermen" the worst of it.', quote: 'a plain robbery of the fishermen', kind: 'statement' },
  { id: 'naming-what-someone-has-dubbed-is-speech', text: 'The levy is what one harbor pilot has dubbed "the yuca tax," Ana Ruiz said.', quote: 'the yuca tax,', kind: 'statement' },
  { id: 'title-cue-only-in-own-sentence', text: 'The show aired in\n\n"That Is Jeb Hale and Mara Voss." Ann Roe said that on Monday.', quote: 'That Is Jeb Hale and Mara Voss.', kind: 'statement' },
  { id: 'title-program-after-possessive', text: 'Voss spoke on Channel 9\u2019s \u201cMorning Desk\u201d on Sunday.', quote: 'Morning Desk', kind: 'title' },
  { id: 'title.document-head', text: 'Tom Hale backed the "Clean Ports Rule" last year.', quote: 'Clean Ports Rule', kind: 'title' },
  { id: 'title.document-head-act', text: 'The bill, the \u201cSafe Harbors Act,\u201d passed on Monday.', quote: 'Safe Harbors Act,', kind: 'title' },
  { id: 'document-head-after-a-is-no-title', text: 'The strike led the union leader Ana Ruiz to fear a \u201cHarbor-Mill Pact.\u201d', quote: 'Harbor-Mill Pact.', kind: 'statement' },
  { id: 'title-after-on', text: 'Ana Ruiz said the deal was close, speaking on "Meet the Voters" on Sunday.', quote: 'Meet the Voters', kind: 'title' },
  { id: 'short-term-of-a-body-is-scare', text: 'The agency designated the mill a "protected site" in May.', quote: 'protected site', kind: 'scare' },
  { id: 'title-case-appositive-is-no-fragment', text: 'A 2025 study by the Harbor Council, "Tides of Change", found that the pier was failing.', quote: 'Tides of Change', kind: 'scare' },
  { id: 'title-book', text: 'Her book "Rivers of Gold" sold well.', quote: 'Rivers of Gold', kind: 'title' },
  { id: 'title-study-appositive', text: 'The letter cites a 2025 study, "Harbors at Risk," which found gaps.', quote: 'Harbors at Risk,', kind: 'title' },
  { id: 'title-hashtag', text: 'Fans posted "#SaveTheMill" all week.', quote: '#SaveTheMill', kind: 'title' },
  { id: 'scare-so-called', text: 'The so-called "reform" raised fees.', quote: 'reform', kind: 'scare' },
  { id: 'scare-short-unattributed', text: 'Oakland has made its own "bold ask" in the talks.', quote: 'bold ask', kind: 'scare' },
  { id: 'statement-one-word', text: 'Mara Voss said the sale would be \u201cconsummated\u201d soon.', quote: 'consummated', kind: 'statement' },
  { id: 'statement-long-unattributed', text: 'A sign read "we will not leave this square until the mill reopens".', quote: 'we will not leave this square until the mill reopens', kind: 'statement' },
  { id: 'statement-short-utterance', text: 'Her message was simple: "It is mine."', quote: 'It is mine.', kind: 'statement' },
  { id: 'name-given-is-scare', text: 'The army began its advance on Monday. Its commander named it "Operation Clear Sky" in a short address.', quote: 'Operation Clear Sky', kind: 'scare' },
  { id: 'course-called-is-scare', text: 'The college ran a course on prison reform at the old guild hall called "Second Chances Together" for years.', quote: 'Second Chances Together', kind: 'scare' },
  { id: 'song-called-is-title', text: 'Her stage name came from a song called "Night after Night," a hit that year.', quote: 'Night after Night,', kind: 'title' },
  { id: 'not-title-lowercase-after-on', text: 'The film dwells on "how hard it was" to win.', quote: 'how hard it was', kind: 'scare' },
];

export interface SpeakerCase {
  id: string;
  text: string;
  quote: string;
  speaker: string | null;
}

export const SPEAKER_CASES: SpeakerCase[] = [
  { id: 'speaker.continued', text: "Mara Voss spoke on Monday.\n\n'We have no choice,' she said. 'The costs have doubled.\n\n'We will reopen when trade comes back.'", quote: 'We will reopen when trade comes back.', speaker: 'Mara Voss' },
  { id: 'speaker.not-continued-after-closed-quote', text: "Mara Voss spoke on Monday. 'We have no choice,' she said.\n\n'Nobody believes that anymore,' the mayor's rival replied.\n\n'The port will close for good one day.'", quote: 'The port will close for good one day.', speaker: null },
  { id: 'x-said', text: '"We will win," Mara Voss said.', quote: 'We will win,', speaker: 'Mara Voss' },
  { id: 'speaker-and-claim-one-decision', text: 'Treasury Secretary Jane Doe said on Monday that "the deal is done," according to Reuters.', quote: 'the deal is done,', speaker: 'Jane Doe' },
  { id: 'clause-verb-after-quote', text: "''It kept the crew busy,'' Mr. Hale recalled last week.", quote: 'It kept the crew busy,', speaker: 'Hale' },
  { id: 'label-tagged-as-expression', text: 'Mara Voss spoke on Monday. Voss: "We are going to fix every road."', quote: 'We are going to fix every road.', speaker: 'Mara Voss' },
  { id: 'wordnet-quipped', text: '"Not bad for a Monday," quipped Mara Voss.', quote: 'Not bad for a Monday,', speaker: 'Mara Voss' },
  { id: 'participle-after-quote', text: 'Mara Voss went on the attack, saying, "Is the mayor going to resign?"', quote: 'Is the mayor going to resign?', speaker: 'Mara Voss' },
  { id: 'outer-report-over-nested', text: 'Ana Ruiz told state broadcaster Ledger TV that Oakdale expected Pine Hill to \u201chonor its commitments in full.\u201d', quote: 'honor its commitments in full.', speaker: 'Ana Ruiz' },
  { id: 'nested-alone-keeps-its-speaker', text: 'Oakdale officials met. Tom Hale expected the vote to be \u201ca formality.\u201d', quote: 'a formality.', speaker: 'Tom Hale' },
  { id: 'said-x', text: '"We will win," said Mara Voss, the mayor.', quote: 'We will win,', speaker: 'Mara Voss' },
  { id: 'x-appositive-said', text: '"We will win," Mara Voss, the mayor of Oakdale, said.', quote: 'We will win,', speaker: 'Mara Voss' },
  { id: 'title-dropped', text: 'Finance Minister Ana Ruiz said the deal was "almost final."', quote: 'almost final.', speaker: 'Ana Ruiz' },
  { id: 'according-to', text: 'The sale will be "wrapped up" soon, according to Ana Ruiz.', quote: 'wrapped up', speaker: 'Ana Ruiz' },
  { id: 'told-outlet', text: 'Ana Ruiz told the Daily Ledger the talks were "very productive."', quote: 'very productive.', speaker: 'Ana Ruiz' },
  { id: 'colon-lead-in', text: 'Ana Ruiz said: "We are done with this."', quote: 'We are done with this.', speaker: 'Ana Ruiz' },
  { id: 'pronoun-he', text: 'Tom Hale met Ana Ruiz on Monday. "It went well," he said.', quote: 'It went well,', speaker: 'Tom Hale' },
  { id: 'pronoun-she', text: 'Tom Hale met Ana Ruiz on Monday. "It went well," she said.', quote: 'It went well,', speaker: 'Ana Ruiz' },
  { id: 'surname-to-full-name', text: 'Mara Voss spoke first. "We are ready," Voss said.', quote: 'We are ready,', speaker: 'Mara Voss' },
  { id: 'previous-sentence', text: 'Ana Ruiz said the talks went well. "We are close to a deal."', quote: 'We are close to a deal.', speaker: 'Ana Ruiz' },
  { id: 'next-sentence', text: '"We are close to a deal." Ana Ruiz said that on Monday.', quote: 'We are close to a deal.', speaker: 'Ana Ruiz' },
  { id: 'role-noun', text: 'Finance Secretary Ana Ruiz met donors. The secretary said the plan was "on track."', quote: 'on track.', speaker: 'Ana Ruiz' },
  { id: 'spokesperson-for-org', text: '"We do not comment on rumors," a spokesperson for Quillon Systems said.', quote: 'We do not comment on rumors,', speaker: 'Quillon Systems' },
  { id: 'section-heading-is-no-speaker', text: 'SUMMARY: "The rule takes effect in June," the notice says nothing more.', quote: 'The rule takes effect in June,', speaker: null },
  { id: 'transcript-label', text: '"HALE: We will not sell the mill. Not now."', quote: 'HALE: We will not sell the mill. Not now.', speaker: 'HALE' },
  { id: 'colon-after-subject', text: 'Mara Voss has a new campaign message: "It is our time."', quote: 'It is our time.', speaker: 'Mara Voss' },
  { id: 'colon-after-headline-name', text: 'Ana Ruiz heckles the harbor crew: "You are all being silly today."\n\nRuiz later left the pier.', quote: 'You are all being silly today.', speaker: 'Ana Ruiz' },
  { id: 'colon-after-name-on-topic', text: 'Mayor Ana Ruiz spoke on Monday.\n\nRuiz on the pier vote: "We lost, and we lost fairly."', quote: 'We lost, and we lost fairly.', speaker: 'Ana Ruiz' },
  { id: 'colon-after-crowd-booing-name', text: 'The harbor crew booed Ana Ruiz for an hour: "You are all being silly today."', quote: 'You are all being silly today.', speaker: null },
  { id: 'headline-title-case-quote', text: 'Ruiz Sees Ferry Deal As "A Real Win For The Town."\n\nMayor Ana Ruiz spoke to the harbor crew on Monday.', quote: 'A Real Win For The Town.', speaker: 'Ana Ruiz' },
  { id: 'headline-opened-by-a-board', text: 'Harbor Board Sees Ferry Deal As "A Real Win For The Town."\n\nMayor Ana Ruiz spoke to the Harbor Board on Monday.', quote: 'A Real Win For The Town.', speaker: null },
  { id: 'colon-after-thing', text: 'The sign on the door read: "Closed until further notice."', quote: 'Closed until further notice.', speaker: null },
  { id: 'no-speaker', text: 'The crowd chanted "open the mill now, open it today" for hours.', quote: 'open the mill now, open it today', speaker: null },
  { id: 'speaker.continued-sentence', text: 'Mara Voss spoke at the pier on Monday.\n\n"The dam held," Voss said. "We were lucky." "Next year we build higher."', quote: 'Next year we build higher.', speaker: 'Mara Voss' },
  { id: 'speaker.continued-paragraph-run', text: 'Mara Voss spoke at the pier on Monday.\n\n"The dam held," Voss said.\n\n"We were lucky this time."\n\n"Next year we build higher."', quote: 'Next year we build higher.', speaker: 'Mara Voss' },
  { id: 'speaker.not-continued-after-narration', text: 'Mara Voss spoke at the pier on Monday.\n\n"The dam held," Voss said. The crowd then left the pier.\n\n"Next year we build higher."', quote: 'Next year we build higher.', speaker: null },
  { id: 'continued-after-question-split', text: 'Mara Voss spoke at the pier on Monday.\n\n"Who pays for the dam?" Voss continued.', quote: 'Who pays for the dam?', speaker: 'Mara Voss' },
  { id: 'clause-subject-fragment', text: 'Tom Hale pondered who, after the vote, might "speak up for the workers in this town."', quote: 'speak up for the workers in this town.', speaker: 'Tom Hale' },
  { id: 'colon-after-coordinated-clause', text: 'The crowd cheered, and then Ana Ruiz went on: "We will rebuild the pier."', quote: 'We will rebuild the pier.', speaker: 'Ana Ruiz' },
  { id: 'quote-then-any-verb', text: '"Not this year, not ever," Ana Ruiz shrugged.', quote: 'Not this year, not ever,', speaker: 'Ana Ruiz' },
  { id: 'quote-then-inverted-verb', text: '"This is fantastic!" beamed Ana Ruiz of Oakdale, who had waited all day.', quote: 'This is fantastic!', speaker: 'Ana Ruiz' },
  { id: 'quote-then-inverted-thing', text: '"Meltdown!" blared the top headline of the Kells Courier.', quote: 'Meltdown!', speaker: null },
  { id: 'quote-then-thing', text: '"Not this year, not ever," the banner read.', quote: 'Not this year, not ever,', speaker: null },
  { id: 'short-term-of-person', text: 'Tom Hale mocked the mill as "a museum piece" in May.', quote: 'a museum piece', speaker: 'Tom Hale' },
  { id: 'colon-line-introduces-paragraph', text: 'When the mill closed, Mayor Ana Ruiz released the following statement:\n\n"Our town will rebuild, as it always has."', quote: 'Our town will rebuild, as it always has.', speaker: 'Ana Ruiz' },
  { id: 'colon-line-frame-first', text: 'As the Harbor Ledger reported, the mill owners had kept quiet for weeks:\n\n"Nobody at the mill would talk to us."', quote: 'Nobody at the mill would talk to us.', speaker: 'Harbor Ledger' },
  { id: 'dash-credit-line', text: 'Tom Hale spoke at the pier.\n\n"We will rebuild the pier before the winter storms."\n\n\u2014 Hale', quote: 'We will rebuild the pier before the winter storms.', speaker: 'Tom Hale' },
  { id: 'caps-credit-line', text: 'Talks on the pier went on all week. Mara Voss runs the ferry line.\nMARA VOSS,HEAD OF THE FERRY LINE\n"We will not raise the fares before the spring."', quote: 'We will not raise the fares before the spring.', speaker: 'Mara Voss' },
  { id: 'caps-line-naming-no-one', text: 'Talks on the pier went on all week. Mara Voss runs the ferry line.\nFERRY LINE TALKS GO ON\n"We will not raise the fares before the spring."', quote: 'We will not raise the fares before the spring.', speaker: null },
  { id: 'no-dash-no-credit', text: 'Tom Hale walked to the pier.\n\n"We will rebuild the pier before the winter storms."\n\nHale left early.', quote: 'We will rebuild the pier before the winter storms.', speaker: null },
  { id: 'inverted-cue-after-determiner-adjective-in-quote', text: '"You cannot build a port like that overnight," said Ana Ruiz, the director.', quote: 'You cannot build a port like that overnight,', speaker: 'Ana Ruiz' },
  { id: 'paragraph-carries-speaker-past-narration', text: '"The dam held," Mara Voss said. She has run the harbor board for ten years. "Next year we build higher."', quote: 'Next year we build higher.', speaker: 'Mara Voss' },
  { id: 'paragraph-stops-at-another-person', text: '"The dam held," Mara Voss said. Then Tom Hale took the stage. "Next year we build higher."', quote: 'Next year we build higher.', speaker: null },
  { id: 'outer-report-when-inner-source-unresolved', text: 'Mara Voss spoke at the pier on Monday. Voss at the time said she\'d asked her "people" to "look into" the fees.', quote: 'look into', speaker: 'Mara Voss' },
  { id: 'outer-report-over-and-i-quote', text: 'Mara Voss spoke at the pier. Voss said, and I quote, "The pier stays open."', quote: 'The pier stays open.', speaker: 'Mara Voss' },
  { id: 'inner-report-named-keeps-its-speaker', text: 'Voss said Tom Hale had told her the pier was "safe for now, at least until spring."', quote: 'safe for now, at least until spring.', speaker: 'Tom Hale' },
  { id: 'after-cry-split-sentence', text: 'Tom Hale spoke at the pier.\n\n"Will the pier hold?" Hale wondered aloud.', quote: 'Will the pier hold?', speaker: 'Tom Hale' },
  { id: 'after-cry-thing-speaks-nothing', text: 'Tom Hale walked to the pier.\n\n"Will the pier hold?" The storm will decide.', quote: 'Will the pier hold?', speaker: null },
  { id: 'quote-paragraph-goes-on-with-previous-paragraph', text: 'Mara Voss spoke at the pier.\n\nVoss walked the crowd through "the finest harbor in the whole state" on Friday.\n\n"We have to be a lot more careful with the money this time."', quote: 'We have to be a lot more careful with the money this time.', speaker: 'Mara Voss' },
  { id: 'quote-paragraph-not-after-narration', text: 'Mara Voss spoke at the pier.\n\nVoss walked the crowd through "the finest harbor in the whole state" on Friday. Then Tom Hale took the stage.\n\n"We have to be a lot more careful with the money this time."', quote: 'We have to be a lot more careful with the money this time.', speaker: null },
  { id: 'carry-stops-at-a-group-answering', text: 'Mara Voss spoke at the pier.\n\n"Who pays for the new dam?" Voss asked the crowd. "The city pays!" the crowd shouted back.', quote: 'The city pays!', speaker: null },
  { id: 'fragment-in-complement-is-governing-subjects', text: 'Ann Roe made the point that Tom Hale was "a plain robber of the fishermen" this year.', quote: 'a plain robber of the fishermen', speaker: 'Ann Roe' },
  { id: 'fragment-in-complement-past-an-aside', text: 'Ann Roe made the point in May that, after the vote, Tom Hale was "a plain robber of the fishermen" at heart.', quote: 'a plain robber of the fishermen', speaker: 'Ann Roe' },
  { id: 'quote-paragraph-before-attributed-quote', text: 'The storm passed over the harbor on Monday.\n\n"We have to be a lot more careful with the money this time."\n\n"The dam held, but only just," Mara Voss said.', quote: 'We have to be a lot more careful with the money this time.', speaker: 'Mara Voss' },
  { id: 'quote-paragraph-before-narration', text: 'The storm passed over the harbor on Monday.\n\n"We have to be a lot more careful with the money this time."\n\nMara Voss said the dam held, but only just.', quote: 'We have to be a lot more careful with the money this time.', speaker: null },
  { id: 'speech-line-leads-quote-paragraph', text: 'Tom Hale, the harbor master, met the press.\n\nHale went on with his remarks about the storm.\n\n"Ten winters back the pier was new, and then the water came."', quote: 'Ten winters back the pier was new, and then the water came.', speaker: 'Tom Hale' },
  { id: 'no-speech-line-no-lead', text: 'Tom Hale, the harbor master, met the press.\n\nHale walked along the pier after the storm.\n\n"Ten winters back the pier was new, and then the water came."', quote: 'Ten winters back the pier was new, and then the water came.', speaker: null },
  { id: 'fragment-in-complement-of-a-thing-is-its-subjects', text: 'The old map made it plain that Tom Hale was "a plain robber of the fishermen" back then.', quote: 'a plain robber of the fishermen', speaker: 'Tom Hale' },
  { id: 'mid-sentence-quote-then-inverted-said', text: 'The harbor board stressed the need to act at once: "Every town can still turn back the flood, if it builds now," said Tom Hale, the chair of the board.', quote: 'Every town can still turn back the flood, if it builds now,', speaker: 'Tom Hale' },
  { id: 'mid-sentence-quote-then-subject-said', text: 'After the vote the ferry crews were angry, and "nobody asked us at all," Ann Roe, their spokeswoman for ten years, said on Friday.', quote: 'nobody asked us at all,', speaker: 'Ann Roe' },
  { id: 'mid-sentence-quote-then-said-colon-reports-the-next', text: 'After Tom Hale said the pier was "a danger to children," Ann Roe said: "I do not like what he said, not one bit."', quote: 'a danger to children,', speaker: 'Tom Hale' },
  { id: 'reporting-verb-inside-quote-ignored', text: '"They said it was over," Ana Ruiz said.', quote: 'They said it was over,', speaker: 'Ana Ruiz' },
  { id: 'work-noun-modifies-a-titled-name', text: '"The ice is thinning from below," said study co-author Mara Tellen.', quote: 'The ice is thinning from below,', speaker: 'Mara Tellen' },
  { id: 'work-noun-before-a-role-and-name', text: '"Most riders want a later ferry," said survey director Ann Vesk.', quote: 'Most riders want a later ferry,', speaker: 'Ann Vesk' },
  { id: 'sourceless-frame-leaves-it-to-the-clause', text: 'The pier reopened on Monday. Saying "the pier is safe again," harbor chief Tom Hale elaborated, "We will keep it open all winter."', quote: 'We will keep it open all winter.', speaker: 'Tom Hale' },
  { id: 'unnamed-source-keeps-its-frame', text: 'The pier reopened on Monday. Officials said Tom Hale had "lied to the board" about the repairs.', quote: 'lied to the board', speaker: null },
  { id: 'title-opening-a-subject-is-no-utterance', text: '"Harbor Lights" star Ann Roe turned the tables at her audition on Monday.', quote: 'Harbor Lights', speaker: null },
  { id: 'work-noun-alone-is-no-name', text: 'Ann Vesk ran the count. "Most riders want a later ferry," said the survey.', quote: 'Most riders want a later ferry,', speaker: null },
];
