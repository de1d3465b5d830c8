// The edits to one existing file, by offsets into its text, rendered in the
// file's own line endings. Every helper touches only the bytes it names, so a
// partial update leaves the rest of the file as it was.
import type { TextEdit } from '../diagnostics';
import { LineMap } from '../references';

const eolOf = (text: string): string => (/\r\n/.test(text) ? '\r\n' : '\n');

interface Pending {
  from: number;
  to: number;
  newText: string;
  order: number;
}

export class FilePlan {
  private readonly pending: Pending[] = [];
  readonly eol: string;

  constructor(readonly file: string, readonly text: string) {
    this.eol = eolOf(text);
  }

  /** LF text in the file's line endings. */
  private native(lf: string): string {
    return lf.replace(/\r\n/g, '\n').replace(/\n/g, this.eol);
  }

  private push(from: number, to: number, newText: string): void {
    this.pending.push({ from, to, newText, order: this.pending.length });
  }

  /** True when an edit already touches bytes inside [from, to). */
  covers(from: number, to: number): boolean {
    return this.pending.some((p) => p.from < to && from < p.to && p.from !== p.to);
  }

  /** Replaces [from, to) with LF text. */
  replace(from: number, to: number, lf: string): void {
    if (this.text.slice(from, to).replace(/\r\n/g, '\n') === lf.replace(/\r\n/g, '\n')) return;
    this.push(from, to, this.native(lf));
  }

  /** Inserts a block after `offset` (the end of a block), separated by `gap` line breaks. */
  insertAfter(offset: number, lf: string, gap = 2): void {
    if (offset >= this.text.length) return this.append(lf);
    this.push(offset, offset, this.native('\n'.repeat(gap) + lf));
  }

  /** Inserts a block before `offset` (the start of a block), separated by `gap` line breaks. */
  insertBefore(offset: number, lf: string, gap = 2): void {
    this.push(offset, offset, this.native(lf + '\n'.repeat(gap)));
  }

  /** Appends a block at the end of the file, after one blank line, ending in a line break. */
  append(lf: string): void {
    const t = this.text;
    const lead = t.length === 0 ? '' : t.endsWith('\n\n') || t.endsWith('\r\n\r\n') ? '' : t.endsWith('\n') ? '\n' : '\n\n';
    this.push(t.length, t.length, this.native(lead + lf.replace(/\n*$/, '') + '\n'));
  }

  /**
   * Removes the block [from, to) with its line: a list marker before it and
   * the blank lines that separated it from the block before go too, so the
   * blocks around it close up as if it had never been written.
   */
  remove(from: number, to: number): void {
    const t = this.text;
    let a = from;
    const lineStart = t.lastIndexOf('\n', a - 1) + 1;
    if (/^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?$/.test(t.slice(lineStart, a))) a = lineStart;
    let b = to;
    let lineEnd = t.indexOf('\n', b);
    if (lineEnd < 0) lineEnd = t.length;
    if (t.slice(b, lineEnd).trim() === '') b = lineEnd;
    if (a > 0) while (a > 0 && /\s/.test(t[a - 1] ?? '')) a--;
    else while (b < t.length && /\s/.test(t[b] ?? '')) b++;
    this.push(a, b, '');
  }

  /**
   * The edits, sorted, with edits that touch merged into one, so no two
   * edits overlap or meet (VS Code refuses overlapping edits).
   */
  get edits(): TextEdit[] {
    const lines = new LineMap(this.text);
    return this.merged().map((e) => ({ file: this.file, range: lines.range(e.from, e.to), newText: e.newText }));
  }

  private merged(): Pending[] {
    const sorted = [...this.pending].sort((x, y) => x.from - y.from || (x.from === x.to ? 0 : 1) - (y.from === y.to ? 0 : 1) || x.order - y.order);
    const merged: Pending[] = [];
    for (const e of sorted) {
      const last = merged[merged.length - 1];
      if (last && e.from <= last.to) {
        const from = Math.max(e.from, last.to);
        last.newText += this.text.slice(last.to, from) + e.newText;
        last.to = Math.max(last.to, e.to);
      } else merged.push({ ...e });
    }
    return merged;
  }

  /** The text with this plan's edits applied, to read a candidate back before adopting its edits. */
  preview(): string {
    let out = '';
    let at = 0;
    for (const e of this.merged()) {
      out += this.text.slice(at, e.from) + e.newText;
      at = e.to;
    }
    return out + this.text.slice(at);
  }

  /** Takes over the edits of a scratch plan of the same text. */
  adopt(scratch: FilePlan): void {
    for (const p of scratch.pending) this.push(p.from, p.to, p.newText);
  }
}
