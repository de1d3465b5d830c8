// Small mdast builders and the one stringifier every spec file goes through.
// The options are fixed so the same tree always gives the same bytes.
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';

const processor = unified()
  .use(remarkGfm, { tablePipeAlign: false, tableCellPadding: true })
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fence: '`', fences: true, listItemIndent: 'one', rule: '-', incrementListMarker: true });

/** Markdown text of a tree, LF line endings, ending in one newline. */
export function stringify(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  return processor.stringify(root).replace(/\r\n?/g, '\n');
}

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
export const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });

export function heading(depth: 1 | 2 | 3 | 4, value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] };
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

/** `- **Label:** rest...` */
export function labelItem(label: string, ...rest: PhrasingContent[]): ListItem {
  return { type: 'listItem', spread: false, children: [paragraph(strong(`${label}:`), text(' '), ...rest)] };
}

export function list(items: ListItem[]): List {
  return { type: 'list', ordered: false, spread: false, children: items };
}

export function item(...children: PhrasingContent[]): ListItem {
  return { type: 'listItem', spread: false, children: [paragraph(...children)] as BlockContent[] };
}

/** A GFM table of plain-text cells. */
export function table(header: string[], rows: string[][]): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map((c): TableCell => ({ type: 'tableCell', children: c })) });
  return {
    type: 'table',
    align: header.map(() => null),
    children: [row(header.map((h) => [text(h)])), ...rows.map((r) => row(r.map((c) => (c === '' ? [] : [text(c)]))))],
  };
}
