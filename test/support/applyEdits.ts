// Applies TextEdits to texts, as a WorkspaceEdit would: by offsets, edits at
// the same position in the order given.
import type { TextEdit } from '../../src/core/diagnostics/finding';

/** The text after applying the edits that target `file`. */
export function applyEdits(file: string, text: string, edits: TextEdit[]): string {
  const mine = edits.map((e, i) => ({ e, i })).filter((x) => x.e.file === file);
  mine.sort((a, b) => a.e.range.start.offset - b.e.range.start.offset || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of mine) {
    if (e.range.start.offset < at) throw new Error('overlapping edits');
    out += text.slice(at, e.range.start.offset) + e.newText;
    at = e.range.end.offset;
  }
  return out + text.slice(at);
}
