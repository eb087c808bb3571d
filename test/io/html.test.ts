import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../src/io/html.js';
import { dateOf } from '../../src/io/html-meta.js';
import { sniff } from '../../src/io/sniff.js';

const PAGE = readFileSync(new URL('../../fixtures/pages/epa-2018-05-24.html', import.meta.url), 'utf8');
const TXT = readFileSync(new URL('../../fixtures/real/real-001.txt', import.meta.url), 'utf8').trim();

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const LONG = '<p>The council met on Tuesday and voted to keep the library open through the winter months, after a long debate.</p>';

describe('htmlArticle', () => {
  it('gives the saved page the same text as the .txt of the same article, with its metadata', () => {
    const a = htmlArticle(PAGE);
    expect(a.text).toBe(TXT);
    expect(a).toMatchObject({ siteName: 'US EPA', date: '2018-05-24', dateFrom: 'meta article:published_time', url: expect.stringMatching(/^https:\/\/www\.epa\.gov\/newsreleases\//) });
  });
  it('never lets scripts, styles, navigation, asides or footers through', () => {
    const text = htmlArticle(PAGE).text;
    for (const w of ['Mark Example', 'Lena Ortiz', 'Alma Reyes', 'Jane Roe', 'Dana Whitfield', 'Paul Hartman', 'Inspector General', 'Marlow Finch', 'White House', 'Newsroom']) expect(text).not.toContain(w);
  });
  it('keeps paragraphs as lines and joins inline markup into them', () => {
    expect(htmlArticle(page('', `<article><h1>Head</h1><p>One <b>bold</b>\n  word.</p><ul><li>Two.</li></ul>${LONG}</article>`)).text).toBe(
      `Head\nOne bold word.\nTwo.\n${LONG.slice(3, -4)}`,
    );
  });
  it('reads a fragment (a feed item) with its headline first', () => {
    expect(htmlArticle('<p>First.</p><p>Second.</p>', 'The headline').text).toBe('The headline\nFirst.\nSecond.');
  });
  it('reads the text of a page Readability finds no article in', () => {
    expect(htmlArticle(page('<title>T</title>', '<div>Short note.</div><nav>Menu</nav>')).text).toBe('T\nShort note.');
  });
  const DATES: [string, string, string | null][] = [
    ['JSON-LD datePublished, in a @graph', '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2031-04-02T08:00:00+02:00","author":{"name":"Ann Lee"}}]}</script>', '2031-04-02'],
    ['<time datetime>', '', '2031-04-03'],
    ['date meta', '<meta name="date" content="2031-04-04">', '2031-04-04'],
    ['none (negative)', '<meta name="description" content="2031-04-05">', null],
  ];
  for (const [what, head, want] of DATES) {
    it(`dates a page by ${what}`, () => {
      const body = what === '<time datetime>' ? `<article><time datetime="2031-04-03T10:00">April 3</time>${LONG}</article>` : `<article>${LONG}</article>`;
      expect(htmlArticle(page(head, body)).date).toBe(want);
    });
  }
  it('takes the byline from JSON-LD author', () => {
    expect(htmlArticle(page(DATES[0]![1], `<article>${LONG}</article>`)).byline).toBe('Ann Lee');
  });
});

describe('dateOf', () => {
  for (const [v, want] of [
    ['2018-05-24T12:00:00-04:00', '2018-05-24'],
    ['Thu, 24 May 2018 10:00:00 GMT', '2018-05-24'],
    ['May 24, 2018', '2018-05-24'],
    ['2018-02-30', null],
    ['yesterday', null],
  ] as const) it(`${v} -> ${want}`, () => expect(dateOf(v)).toBe(want));
});

describe('sniff', () => {
  for (const [head, want] of [
    ['<!DOCTYPE html>\n<html>', 'html'],
    ['\uFEFF  <!-- saved --> <html lang="en">', 'html'],
    ['<?xml version="1.0"?>\n<rss version="2.0">', 'feed'],
    ['<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['<?xml version="1.0"?><doc><p/></doc>', 'xml'],
    ['{"id": 1, "text": "x"}', 'json'],
    ['[{"text": "x"}]', 'json'],
    ['The minister said <b> is a tag.', 'text'],
    ['[Updated] The minister said on Monday.', 'text'],
  ] as const) it(`${JSON.stringify(head.slice(0, 30))} is ${want}`, () => expect(sniff(head)).toBe(want));
});
