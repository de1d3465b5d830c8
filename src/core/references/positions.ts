// Offsets to line/character positions, computed once per text. Line breaks
// are LF, CRLF and a lone CR, as in the editor, so a file saved with old Mac
// line endings reports the same line numbers in the CLI and in VS Code.
import type { SourcePosition, SourceRange } from '../model';

/** Maps offsets of one text to positions; line starts are found once. */
export class LineMap {
  readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    // Most texts have no CR that is not part of CRLF: the fast path looks for LF only.
    if (!/\r(?!\n)/.test(text)) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  position(offset: number): SourcePosition {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - (this.lineStarts[lo] ?? 0), offset };
  }

  range(start: number, end: number): SourceRange {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The offset of a line/character position (clamped to the text). */
  offsetAt(line: number, character: number): number {
    const start = this.lineStarts[Math.min(Math.max(line, 0), this.lineStarts.length - 1)] ?? 0;
    return Math.min(start + character, this.text.length);
  }

  lineText(line: number): string {
    const start = this.lineStarts[line] ?? this.text.length;
    const next = this.lineStarts[line + 1];
    return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
  }
}
