// Helpers of the partial-update tests: apply a whole update plan to a set of
// files, and check that a file changed only inside given regions.
import assert from 'node:assert/strict';
import type { SpecUpdatePlan } from '../../src/core/writer';
import type { TextEdit } from '../../src/core/diagnostics/finding';
import { applyEdits } from './applyEdits';

export type SpecFile = { path: string; text: string };

/** The files after the plan: edits applied, deleted files gone, created files added; sorted by path as the designer and the CLI list them. */
export function applyPlan(files: SpecFile[], plan: SpecUpdatePlan): SpecFile[] {
  return files
    .filter((f) => !plan.deletes.includes(f.path))
    .map((f) => ({ path: f.path, text: applyEdits(f.path, f.text, plan.edits) }))
    .concat(plan.creates.map((c) => ({ path: c.file, text: c.content })))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Widens [from, to) over the blank space and the list or quote markers around
 * it: removing a block also removes the line breaks that separated it, and an
 * inserted block brings its own.
 */
export function widen(text: string, from: number, to: number): [number, number] {
  let a = from;
  for (;;) {
    while (a > 0 && /\s/.test(text[a - 1] ?? '')) a--;
    const lineStart = text.lastIndexOf('\n', a - 1) + 1;
    if (lineStart < a && /^[ \t>]*(?:[-*+]|\d+[.)])[ \t]*$/.test(text.slice(lineStart, a))) a = lineStart;
    else break;
  }
  let b = to;
  while (b < text.length && /\s/.test(text[b] ?? '')) b++;
  return [a, b];
}

/**
 * Asserts that a file changed only inside the regions (offsets into its old
 * text, widened over the blank space around them): every edit of the file lies
 * inside one, and in the new text every byte before the first region, between
 * regions and after the last is identical, in order.
 */
export function assertOnlyChanged(file: SpecFile, edits: TextEdit[], regions: Array<[number, number]>): void {
  const before = file.text;
  const merged = regions
    .map(([a, b]) => widen(before, a, b))
    .sort((x, y) => x[0] - y[0])
    .reduce<Array<[number, number]>>((out, r) => {
      const last = out[out.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else out.push([r[0], r[1]]);
      return out;
    }, []);
  for (const e of edits.filter((x) => x.file === file.path)) {
    const inside = merged.some(([a, b]) => a <= e.range.start.offset && e.range.end.offset <= b);
    assert.ok(inside, `${file.path}: the edit at ${e.range.start.offset}-${e.range.end.offset} (${JSON.stringify(before.slice(e.range.start.offset, e.range.end.offset).slice(0, 60))} -> ${JSON.stringify(e.newText.slice(0, 60))}) lies inside a changed part`);
  }
  const after = applyEdits(file.path, before, edits);
  const kept: string[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    kept.push(before.slice(at, a));
    at = b;
  }
  kept.push(before.slice(at));
  const head = kept[0] ?? '';
  const tail = kept[kept.length - 1] ?? '';
  assert.equal(after.slice(0, head.length), head, `${file.path}: bytes before the changed part are identical`);
  assert.equal(after.slice(after.length - tail.length), tail, `${file.path}: bytes after the changed part are identical`);
  let pos = head.length;
  for (const piece of kept.slice(1, -1)) {
    const found = after.indexOf(piece, pos);
    assert.ok(found >= 0, `${file.path}: bytes between changed parts are identical: ${JSON.stringify(piece.slice(0, 80))}`);
    pos = found + piece.length;
  }
  assert.ok(pos <= after.length - tail.length, `${file.path}: kept parts do not overlap`);
}

/** Asserts that the plan leaves a file alone. */
export function assertUntouched(file: SpecFile, plan: SpecUpdatePlan): void {
  assert.deepEqual(plan.edits.filter((e) => e.file === file.path), [], `${file.path} has no edit`);
  assert.ok(!plan.deletes.includes(file.path), `${file.path} is not deleted`);
}

/** The region of a `## name` section of a text: from its heading to the next `## ` heading or the end. */
export function sectionRegion(text: string, name: string): [number, number] {
  const m = new RegExp(`^## ${name}[ \\t]*\\r?$`, 'im').exec(text);
  assert.ok(m, `the text has a "## ${name}" section`);
  const next = /^## /m.exec(text.slice(m.index + m[0].length));
  return [m.index, next ? m.index + m[0].length + next.index : text.length];
}

/** The region of the first line containing `needle`. */
export function lineRegion(text: string, needle: string): [number, number] {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `the text contains ${JSON.stringify(needle)}`);
  const a = text.lastIndexOf('\n', i) + 1;
  const nl = text.indexOf('\n', i);
  return [a, nl < 0 ? text.length : nl];
}
