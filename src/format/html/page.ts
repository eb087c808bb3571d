import { escapeHtml as h } from './escape.js';
import { STYLES } from './styles.js';

/** No scripts, no remote loads: even a failure of escaping could not run anything. */
export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The opening of a self-contained page (up to and including <body> and its header); `intro` is escaped. */
export function pageOpen(title: string, intro: string, extraCss = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${STYLES}${extraCss}</style>
</head>
<body>
<header><h1>${h(title)}</h1><p>${h(intro)}</p></header>`;
}
