// Prose fields (purposes, descriptions) may hold inline markdown such as
// `code` or links, as hand-written specs do. The writer keeps such markup as
// written instead of escaping it, when it re-renders to the same bytes.
import type { PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { stringify, text } from './markdown';

/** Phrasing nodes for a one-line prose value. */
export function inline(value: string): PhrasingContent[] {
  const root = fromMarkdown(value);
  const para = root.children[0];
  if (root.children.length !== 1 || para?.type !== 'paragraph') return [text(value)];
  // Text-only values are escaped as usual (the reader takes their text back);
  // values with markup stay as written when the markup re-renders unchanged.
  if (para.children.every((c) => c.type === 'text')) return [text(value)];
  if (stringify([para]).trimEnd() !== value) return [text(value)];
  return para.children;
}
