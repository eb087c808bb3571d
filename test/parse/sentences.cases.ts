/**
 * Sentence-splitting corpus: each case is a paragraph of news text and the sentences it must give.
 * Positive cases (must split) and negative cases (must not split) side by side.
 */
export interface SplitCase {
  id: string;
  text: string;
  sentences: string[];
}

export const SPLIT_CASES: SplitCase[] = [
  { id: 'plain', text: 'The vote failed. The bill returns next week.', sentences: ['The vote failed.', 'The bill returns next week.'] },
  { id: 'us-abbrev', text: 'The U.S. Senate voted on Friday.', sentences: ['The U.S. Senate voted on Friday.'] },
  { id: 'us-at-end', text: 'The firm sells in the U.S. The deal closed.', sentences: ['The firm sells in the U.S.', 'The deal closed.'] },
  { id: 'titles', text: 'Sen. Mara Voss and Rep. Lee Tran met Gov. Ada Pike.', sentences: ['Sen. Mara Voss and Rep. Lee Tran met Gov. Ada Pike.'] },
  { id: 'mr-mrs-dr', text: 'Mr. Hale thanked Mrs. Hale and Dr. Oduya.', sentences: ['Mr. Hale thanked Mrs. Hale and Dr. Oduya.'] },
  { id: 'month-abbrev', text: 'The law took effect Jan. 19 and expires Sept. 17, 2026.', sentences: ['The law took effect Jan. 19 and expires Sept. 17, 2026.'] },
  { id: 'number', text: 'It was the No. 1 app. It fell to No. 3.', sentences: ['It was the No. 1 app.', 'It fell to No. 3.'] },
  { id: 'initials', text: 'J.D. Ranford spoke first. George W. Blake followed.', sentences: ['J.D. Ranford spoke first.', 'George W. Blake followed.'] },
  { id: 'initial-p', text: 'They met Robert P. Lanvin on Monday. It is on p. 12 of the report.', sentences: ['They met Robert P. Lanvin on Monday.', 'It is on p. 12 of the report.'] },
  { id: 'money', text: 'The company paid $1.5 billion. Shares rose 2.3 percent.', sentences: ['The company paid $1.5 billion.', 'Shares rose 2.3 percent.'] },
  {
    id: 'quote-then-said',
    text: '"We will not," he said. "Never."',
    sentences: ['"We will not," he said.', '"Never."'],
  },
  {
    id: 'quote-ends-sentence',
    text: '“It is over.” The minister left.',
    sentences: ['“It is over.”', 'The minister left.'],
  },
  {
    id: 'quote-period-inside-said',
    text: '“It is over.” he said, walking away.',
    sentences: ['“It is over.” he said, walking away.'],
  },
  {
    id: 'multi-sentence-quote-held',
    text: '“Trade is on the table. Security is not,” Voss said. Talks resume Monday.',
    sentences: ['“Trade is on the table. Security is not,” Voss said.', 'Talks resume Monday.'],
  },
  { id: 'ellipsis-inside', text: 'He said it was…very much wanted by voters.', sentences: ['He said it was…very much wanted by voters.'] },
  { id: 'ellipsis-end', text: 'The talks stalled... Then a deal came.', sentences: ['The talks stalled...', 'Then a deal came.'] },
  { id: 'question', text: 'Will the firm sell? Nobody knows.', sentences: ['Will the firm sell?', 'Nobody knows.'] },
  {
    id: 'dateline',
    text: 'WASHINGTON (Reuters) - Officials met on Monday. They agreed.',
    sentences: ['WASHINGTON (Reuters) - Officials met on Monday.', 'They agreed.'],
  },
  { id: 'cnn-dateline', text: '(CNN Business) The app was sold. Buyers cheered.', sentences: ['(CNN Business) The app was sold.', 'Buyers cheered.'] },
  { id: 'inc-then-name', text: 'Acme Inc. Chief Executive Ana Ruiz spoke.', sentences: ['Acme Inc. Chief Executive Ana Ruiz spoke.'] },
  { id: 'inc-at-end', text: 'She works for Acme Inc. The firm is private.', sentences: ['She works for Acme Inc.', 'The firm is private.'] },
  { id: 'nbsp', text: 'The vote failed.\u00a0The bill returns.', sentences: ['The vote failed.', 'The bill returns.'] },
  { id: 'lowercase-after-period', text: 'The app, valued at approx. $50 billion, was sold.', sentences: ['The app, valued at approx. $50 billion, was sold.'] },
  { id: 'am-pm', text: 'The meeting starts at 9 a.m. Friday in Geneva.', sentences: ['The meeting starts at 9 a.m. Friday in Geneva.'] },
  {
    id: 'guillemets-hold',
    text: 'Mara Voss said: \u00abWe won. We will win again,\u00bb on Monday. Talks resume.',
    sentences: ['Mara Voss said: \u00abWe won. We will win again,\u00bb on Monday.', 'Talks resume.'],
  },
  {
    id: 'low-double-hold',
    text: '\u201eWe won. We will win again,\u201c Voss said. Talks resume.',
    sentences: ['\u201eWe won. We will win again,\u201c Voss said.', 'Talks resume.'],
  },
  {
    id: 'straight-open-curly-close-hold',
    text: '"We won. We will win again,\u201d Voss said. Talks resume.',
    sentences: ['"We won. We will win again,\u201d Voss said.', 'Talks resume.'],
  },
  { id: 'stray-closing-mark-holds-nothing', text: 'Voss called it a disgrace" at once. The only "plan" failed.', sentences: ['Voss called it a disgrace" at once.', 'The only "plan" failed.'] },
  { id: 'unbalanced-quote', text: 'He called it "a disgrace. Then he left.', sentences: ['He called it "a disgrace.', 'Then he left.'] },
];

/** Paragraph-level cases: the whole text and the paragraphs it must give. */
export const PARAGRAPH_CASES: { id: string; text: string; paragraphs: string[] }[] = [
  { id: 'lines', text: 'Headline Without Stop\nFirst paragraph. Still first.\nSecond.', paragraphs: ['Headline Without Stop', 'First paragraph. Still first.', 'Second.'] },
  { id: 'crlf', text: 'One.\r\n\r\nTwo.\r\n', paragraphs: ['One.', 'Two.'] },
  { id: 'wrapped', text: 'The senator said the bill\nwould pass next week.\n\nNew paragraph.', paragraphs: ['The senator said the bill\nwould pass next week.', 'New paragraph.'] },
  { id: 'bullets', text: 'Key points:\n- Sale by March\n- Ban otherwise', paragraphs: ['Key points:', '- Sale by March', '- Ban otherwise'] },
];
