// Positions and lines in a spec's text, for building text edits. Offsets are
// UTF-16 code units, like the reader's SourcePosition.
import type { SourcePosition, SourceRange } from '../model';
import { LineMap } from '../references';

// Rules ask for many positions in the same spec: its line starts are found
// once and kept for the last text asked about, so a file with thousands of
// findings costs a binary search per position instead of a scan.
let lastLines: LineMap | undefined;

/** The position of an offset in a text. */
export function positionAt(text: string, offset: number): SourcePosition {
  if (lastLines?.text !== text) lastLines = new LineMap(text);
  return lastLines.position(offset);
}

/** The range between two offsets. */
export function rangeAt(text: string, start: number, end: number): SourceRange {
  return { start: positionAt(text, start), end: positionAt(text, end) };
}

/** The line break the file uses (CRLF files stay CRLF). */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Offset of the end of the line holding `offset` (before its line break). */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl === -1 ? text.length : nl;
  return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
}

/** The range of whole lines from the line of `start` to the line of `end`, including the final line break. */
export function wholeLines(text: string, start: number, end: number): SourceRange {
  const from = lineStart(text, start);
  const nl = text.indexOf('\n', Math.max(start, end - 1));
  return rangeAt(text, from, nl === -1 ? text.length : nl + 1);
}
