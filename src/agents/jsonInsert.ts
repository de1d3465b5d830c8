// Inserts one member into a JSON (or JSONC) document as a single contiguous
// piece of text, so every byte that was there stays: a property into an
// object, or an element at the end of an array, creating the containers on
// the way when they are missing. The new text is indented like its siblings.
// (jsonc-parser's modify reformats the whole line it edits, which rewrites a
// sibling written on one line.)
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

/** The indentation unit of a document: the first indented line's, else two spaces. */
export function indentUnit(text: string): string {
  return /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
}

function render(value: unknown, unit: string, indent: string): string {
  return JSON.stringify(value, null, unit).replace(/\n/g, `\n${indent}`);
}

/**
 * `text` with `value` added under `path`: as property `key` when `key` is a
 * string, or appended to the array at `path` when it is undefined. The
 * containers on `path` are created when missing (objects, or the array).
 */
export function insertMember(text: string, path: string[], key: string | undefined, value: unknown): string {
  const root = parseTree(text);
  if (!root || root.type !== 'object') throw new Error('the document is not a JSON object');
  // Walk down to the deepest container that exists; what is missing below it is part of the value.
  let depth = path.length;
  let container: Node | undefined = depth === 0 ? root : findNodeAtLocation(root, path);
  while (!container) {
    depth--;
    container = depth === 0 ? root : findNodeAtLocation(root, path.slice(0, depth));
  }
  let member: unknown = value;
  let memberKey = key;
  for (let i = path.length - 1; i >= depth; i--) {
    member = memberKey === undefined ? [member] : { [memberKey]: member };
    memberKey = path[i];
  }
  if (depth < path.length) memberKey = path[depth];
  const isArray = container.type === 'array';
  if (isArray ? memberKey !== undefined : container.type !== 'object' || memberKey === undefined) throw new Error(`${path.slice(0, depth).join('.') || 'the document'} is not ${isArray ? 'an object' : 'a list'}`);
  const unit = indentUnit(text);
  const children = container.children ?? [];
  const last = children[children.length - 1];
  const head = memberKey !== undefined && !isArray ? `${JSON.stringify(memberKey)}: ` : '';
  if (last) {
    // Siblings on their own lines set the indentation; a one-line container gets one level more than its own line.
    const before = text.slice(text.lastIndexOf('\n', last.offset - 1) + 1, last.offset);
    const indent = /^[ \t]*$/.test(before) ? before : lineIndent(text, container.offset) + unit;
    const at = last.offset + last.length;
    return `${text.slice(0, at)},\n${indent}${head}${render(member, unit, indent)}${text.slice(at)}`;
  }
  const outer = lineIndent(text, container.offset);
  const at = container.offset + 1;
  const close = text.slice(at, container.offset + container.length - 1).includes('\n') ? '' : `\n${outer}`;
  return `${text.slice(0, at)}\n${outer}${unit}${head}${render(member, unit, outer + unit)}${close}${text.slice(at)}`;
}
