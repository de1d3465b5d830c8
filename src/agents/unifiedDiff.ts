// A line diff as a unified diff (`--- a/file`, `+++ b/file`, `@@` hunks with
// three lines of context), the form models and people read most easily.
import type { DiffLine } from '../protocol/designerProtocol';

const CONTEXT = 3;

export function unifiedDiff(path: string, lines: readonly DiffLine[], isNew: boolean): string {
  const changed = lines.map((l, i) => (l.kind === 'same' ? -1 : i)).filter((i) => i >= 0);
  if (changed.length === 0) return '';
  const hunks: Array<[number, number]> = [];
  for (const i of changed) {
    const last = hunks[hunks.length - 1];
    if (last && i - CONTEXT <= last[1] + CONTEXT + 1) last[1] = i;
    else hunks.push([i, i]);
  }
  const out = [`--- ${isNew ? '/dev/null' : `a/${path}`}`, `+++ b/${path}`];
  for (const [first, lastChanged] of hunks) {
    const start = Math.max(0, first - CONTEXT);
    const end = Math.min(lines.length - 1, lastChanged + CONTEXT);
    // Line numbers before and after at the hunk's start.
    let oldLine = 1;
    let newLine = 1;
    for (let i = 0; i < start; i++) {
      if (lines[i]?.kind !== 'added') oldLine++;
      if (lines[i]?.kind !== 'removed') newLine++;
    }
    const body = lines.slice(start, end + 1);
    const oldCount = body.filter((l) => l.kind !== 'added').length;
    const newCount = body.filter((l) => l.kind !== 'removed').length;
    out.push(`@@ -${oldCount === 0 ? oldLine - 1 : oldLine},${oldCount} +${newCount === 0 ? newLine - 1 : newLine},${newCount} @@`);
    for (const l of body) out.push(`${l.kind === 'same' ? ' ' : l.kind === 'added' ? '+' : '-'}${l.text}`);
  }
  return `${out.join('\n')}\n`;
}
