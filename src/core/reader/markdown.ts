// Parsing and the place helpers of the reader: mdast with GFM tables, ranges
// as offsets into the original text (CRLF-safe: mdast offsets count every byte).
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Root } from 'mdast';
import { defuseLinks } from './defuseLinks';
import { parseInPieces } from './pieces';

/**
 * The mdast tree of a markdown text. Flooded link syntax and absurd nesting are
 * defused first (offsets kept), and a long text is parsed in pieces, so the
 * parser's superlinear shapes stay linear.
 */
export function parseMarkdown(text: string): Root {
  return parseInPieces(defuseLinks(defuseDeepNesting(text)), parseWhole);
}

function parseWhole(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

const MAX_DEPTH = 32;

/**
 * Lines nested deeper than any real spec (quotes or lists inside each other
 * 32 times) make the markdown parser slow or overflow its stack. Their
 * container markers are blanked with spaces of the same length, so offsets
 * stay exact and the line reads as plain text the reader reports as unplaced.
 */
export function defuseDeepNesting(text: string): string {
  let out: string[] | undefined;
  let last = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let i = lineStart;
    let depth = 0;
    for (;;) {
      while (text[i] === ' ' || text[i] === '\t') i++;
      const c = text[i];
      if (c === '>') i++;
      else if ((c === '-' || c === '*' || c === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) i += 2;
      else if (c !== undefined && c >= '0' && c <= '9') {
        let j = i;
        while (j - i < 9 && (text[j] ?? '') >= '0' && (text[j] ?? '') <= '9') j++;
        if ((text[j] === '.' || text[j] === ')') && (text[j + 1] === ' ' || text[j + 1] === '\t')) i = j + 2;
        else break;
      } else break;
      depth++;
    }
    if (depth > MAX_DEPTH) {
      out ??= [];
      out.push(text.slice(last, lineStart), ' '.repeat(i - lineStart));
      last = i;
    }
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return out ? out.join('') + text.slice(last) : text;
}

/** Line starts of a text, for offset to line/character. */
/** Start and end offsets of a node. */
export function offsets(node: Nodes): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

/** The plain text of inline content: text values when only text, else the source slice (keeps `code` and links as written). */
export function inlineText(node: Nodes, text: string): string {
  const children = 'children' in node ? (node.children as Nodes[]) : [];
  // A paragraph wrapped over several lines is one line of the model (descriptions are one line).
  if (children.every((c) => c.type === 'text')) return children.map((c) => (c as { value: string }).value).join('').replace(/\s*\r?\n\s*/g, ' ').trim();
  const [a, b] = offsets(node);
  return text.slice(a, b).replace(/\s*\r?\n\s*/g, ' ').trim();
}

/** The text of a node with inline code kept as its bare value. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** A fenced block inside a list item or a quote, with its place. */
export interface NestedFence {
  a: number;
  b: number;
  lang: string;
  value: string;
}

/** The code blocks nested in a list or quote, in document order (a stack walk: nesting depth is bounded by the parser's budget, not by the call stack). */
export function nestedFences(node: Nodes): NestedFence[] {
  const out: NestedFence[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Nodes;
    if (n.type === 'code') {
      const [a, b] = offsets(n);
      out.push({ a, b, lang: n.lang ?? '', value: n.value });
      continue;
    }
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out;
}
