// Brings an ordered run of blocks in a file (route sections, schema sections,
// table rows) in line with a new ordered list: blocks that kept their
// relative order stay where they are (replaced only when changed), removed
// blocks go, new and moved blocks are inserted beside their new neighbours.
// A moved block that did not change keeps its bytes.
import type { FilePlan } from './filePlan';

/** A block as it is in the file, in file order. */
export interface OldBlock {
  key: string;
  from: number;
  to: number;
}

/**
 * A block as it should be. `text` renders it (LF); `changed` says whether its
 * existing block must be rewritten; `patch`, when given, is tried first on a
 * changed block that stays in place and returns true when it planned the
 * change itself (editing parts of the block only).
 */
export interface NewBlock {
  key: string;
  changed: boolean;
  text: () => string;
  patch?: () => boolean;
}

export interface SpliceOptions {
  /** Line breaks between blocks: 2 for sections, 1 for table rows. */
  gap: number;
  /** Where to put new blocks when no kept block is left to put them beside. */
  fallback: (plan: FilePlan, lf: string) => void;
}

/** Indexes into `a` of a longest common subsequence of `a` and `b`. */
function lcs(a: string[], b: string[]): Set<number> {
  const n = a.length;
  const m = b.length;
  const t: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  const keep = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      keep.add(i);
      i++;
      j++;
    } else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++;
    else j++;
  }
  return keep;
}

/** Plans the edits that turn the old blocks into the new ones. */
export function spliceBlocks(plan: FilePlan, olds: OldBlock[], news: NewBlock[], options: SpliceOptions): void {
  const newKeys = news.map((n) => n.key);
  const kept = lcs(olds.map((o) => o.key), newKeys);
  const stationary = new Map<string, OldBlock>();
  const moved = new Map<string, OldBlock>();
  olds.forEach((o, i) => {
    if (kept.has(i)) stationary.set(o.key, o);
    else {
      if (newKeys.includes(o.key)) moved.set(o.key, o);
      plan.remove(o.from, o.to);
    }
  });
  let anchor: number | undefined;
  let waiting: string[] = [];
  const sep = '\n'.repeat(options.gap);
  for (const n of news) {
    const here = stationary.get(n.key);
    if (here) {
      if (waiting.length > 0) plan.insertBefore(here.from, waiting.join(sep), options.gap);
      waiting = [];
      if (n.changed && !(n.patch?.() ?? false)) plan.replace(here.from, here.to, n.text());
      anchor = here.to;
      continue;
    }
    const from = moved.get(n.key);
    const body = from && !n.changed ? plan.text.slice(from.from, from.to) : n.text();
    if (anchor !== undefined) plan.insertAfter(anchor, body, options.gap);
    else waiting.push(body);
  }
  if (waiting.length > 0) options.fallback(plan, waiting.join(sep));
}
