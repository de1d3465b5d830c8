// A unified diff of one file for `generate --dry-run`, from the review's line
// diff (core/designer/diff), with three lines of context.
import { lineDiff } from '../core/designer/diff';
import { escapeControls } from './format';

/** The `--- a/path` / `+++ b/path` diff of two texts; '' when they are the same. */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const lines = lineDiff(before, after);
  const changed = lines.map((l, i) => (l.kind === 'same' ? -1 : i)).filter((i) => i >= 0);
  const out = [`--- a/${escapeControls(path)}`, `+++ b/${escapeControls(path)}`];
  let k = 0;
  while (k < changed.length) {
    const from = Math.max(0, (changed[k] ?? 0) - context);
    let to = (changed[k] ?? 0) + context;
    while (k + 1 < changed.length && (changed[k + 1] ?? 0) - context <= to + 1) to = (changed[++k] ?? 0) + context;
    k++;
    to = Math.min(lines.length - 1, to);
    const hunk = lines.slice(from, to + 1);
    const aStart = lines.slice(0, from).filter((l) => l.kind !== 'added').length + 1;
    const bStart = lines.slice(0, from).filter((l) => l.kind !== 'removed').length + 1;
    out.push(`@@ -${aStart},${hunk.filter((l) => l.kind !== 'added').length} +${bStart},${hunk.filter((l) => l.kind !== 'removed').length} @@`);
    for (const l of hunk) out.push(`${l.kind === 'same' ? ' ' : l.kind === 'added' ? '+' : '-'}${escapeControls(l.text)}`);
  }
  return `${out.join('\n')}\n`;
}
