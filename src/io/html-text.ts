/**
 * The text of a DOM subtree as article lines: one line per block (paragraph, heading, list item,
 * table row...), inline markup joined into its line, runs of white space collapsed. Scripts, styles,
 * templates and form controls never contribute text. Linear in the number of nodes (an explicit stack,
 * no recursion: a deeply nested page cannot overflow the call stack).
 */

/** The few DOM members this module reads (linkedom's nodes have them; no DOM lib in tsconfig). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Never text of the article, wherever they are. */
export const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const BREAK = '\n';

/** The lines of `root`'s text, trimmed, without empty lines, joined with "\n". */
export function blockText(root: DomNode, skip: ReadonlySet<string> = NEVER_TEXT): string {
  const parts: string[] = [];
  const stack: (DomNode | typeof BREAK)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === BREAK) {
      parts.push(BREAK);
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' ')); // a line break in the source is a space
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (skip.has(name)) continue;
    const block = BLOCK.has(name);
    if (block) {
      parts.push(BREAK);
      stack.push(BREAK);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts
    .join('')
    .split(BREAK)
    .map((line) => line.replace(/[\s\u00a0]+/gu, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
