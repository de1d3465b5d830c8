// Parsing a long file in pieces. micromark keeps one list of events for the
// whole document, and each line that closes a list or a quote after a blank
// line without opening another ("- a\n\n## GET /x") copies that whole list
// (its lazy-line repair in `initialize/document.js`), so a file of many
// routes, each with its list of labels, costs the square of its length.
// Cut where the document starts afresh, each piece's list stays short.
//
// A cut goes before a line that starts in column 1, follows a blank line, and
// is neither a list item nor a quote (which would continue the list or the
// quote before it): there every container and paragraph of the document is
// closed. What a blank line does not close (a fence or an HTML comment left
// open) shows after parsing: the piece's last block runs into its trailing
// blank line. Then the piece is parsed again with the next one, and if that
// does not end cleanly either, the rest of the file is parsed in one go.
import type { Nodes, Root, RootContent } from 'mdast';

type Position = NonNullable<Root['position']>;
type Point = Position['start'];

/** Pieces are at least this long, so a short file is one piece and the parser's setup is paid rarely. */
export const PIECE_MIN_CHARS = 4096;
/**
 * Link and footnote definitions hold for the whole document, and a piece
 * cannot see another's: a file holding one is parsed in one go unless it is
 * longer than this (then a reference to a definition in another piece reads
 * as its text).
 */
export const DEFINITIONS_WHOLE_MAX_CHARS = 64 * 1024;

/** `[label]: ...` or `[^note]: ...` at the start of a line (up to three spaces in). */
function mayHoldDefinitions(text: string): boolean {
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) {
    let s = i - 1;
    while (s >= 0 && text.charCodeAt(s) === 32 && i - s <= 3) s--;
    if (s >= 0 && text.charCodeAt(s) !== 10 && text.charCodeAt(s) !== 13) continue;
    // One line-start bracket per line: the search to its line's end keeps the whole check linear.
    for (let j = i + 1; j < text.length && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13; j++) {
      if (text.charCodeAt(j) === 93 && text.charCodeAt(j + 1) === 58) return true;
    }
  }
  return false;
}

/** Whether the line at `at` may start a piece: column 1, not blank, not a list item or a quote. */
function startsAfresh(text: string, at: number): boolean {
  const c = text.charAt(at);
  if (c === '' || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '>') return false;
  if (c === '-' || c === '+' || c === '*') {
    const d = text.charAt(at + 1);
    return !(d === ' ' || d === '\t' || d === '\n' || d === '\r' || d === '');
  }
  let j = at;
  while (j - at < 10 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j > at && (text.charAt(j) === '.' || text.charAt(j) === ')')) return false;
  return true;
}

interface Cut {
  offset: number;
  /** How far its offsets move in the file's tree (its offset, less a byte order mark micromark skipped). */
  shift?: number;
  /** Lines before it (line endings as micromark counts them: LF, CRLF, CR). */
  line: number;
}

/** Where the text may be cut, in order, keeping pieces at least `min` long. */
function cuts(text: string, min: number): Cut[] {
  const found: Cut[] = [];
  let line = 0;
  let blankBefore = false;
  let last = 0;
  for (let at = 0; at < text.length; ) {
    let end = at;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    if (blankBefore && at - last >= min && startsAfresh(text, at)) {
      found.push({ offset: at, line });
      last = at;
    }
    let blank = true;
    for (let i = at; i < end && blank; i++) blank = text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9;
    blankBefore = blank;
    if (end >= text.length) break;
    at = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    line++;
  }
  return found;
}

/** Whether a piece's last block ends before the piece's trailing blank lines (nothing was left open). */
function endsCleanly(root: Root, piece: string): boolean {
  const last = root.children[root.children.length - 1];
  if (!last) return true;
  let contentEnd = piece.length;
  while (contentEnd > 0 && /\s/.test(piece.charAt(contentEnd - 1))) contentEnd--;
  return (last.position?.end.offset ?? 0) <= contentEnd;
}

function shifted(p: Point, cut: Cut): Point {
  return { line: p.line + cut.line, column: p.column, offset: (p.offset ?? 0) + (cut.shift ?? cut.offset) };
}

/** Moves every position of a piece's tree to where the piece sits in the file. */
function shift(node: Nodes, cut: Cut): void {
  if (node.position) node.position = { start: shifted(node.position.start, cut), end: shifted(node.position.end, cut) } satisfies Position;
  if ('children' in node) for (const child of node.children as Nodes[]) shift(child, cut);
}

/** The tree of `text`, parsed by `parse` in pieces where the document starts afresh; the same tree `parse(text)` gives. */
export function parseInPieces(text: string, parse: (text: string) => Root, min = PIECE_MIN_CHARS): Root {
  if (text.length < 2 * min || (text.length <= DEFINITIONS_WHOLE_MAX_CHARS && mayHoldDefinitions(text))) return parse(text);
  // micromark skips a byte order mark and counts offsets from after it, so the later pieces are one closer to the start.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const points: Cut[] = [{ offset: 0, line: 0 }, ...cuts(text, min).map((c) => ({ offset: c.offset, line: c.line, shift: c.offset - bom }))];
  if (points.length === 1) return parse(text);
  const children: RootContent[] = [];
  let end: Point = { line: 1, column: 1, offset: 0 };
  for (let i = 0; i < points.length; ) {
    const from = points[i] as Cut;
    let next = i + 1;
    let piece = text.slice(from.offset, points[next]?.offset ?? text.length);
    let root = parse(piece);
    if (next < points.length && !endsCleanly(root, piece)) {
      next++;
      piece = text.slice(from.offset, points[next]?.offset ?? text.length);
      root = parse(piece);
      if (next < points.length && !endsCleanly(root, piece)) {
        next = points.length;
        piece = text.slice(from.offset);
        root = parse(piece);
      }
    }
    for (const child of root.children) {
      shift(child, from);
      children.push(child);
    }
    if (root.position) end = shifted(root.position.end, from);
    i = next;
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}
