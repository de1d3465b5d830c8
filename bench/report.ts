// What `npm run bench` prints and writes: a table of the runs, the ratios,
// the goals with pass/fail, the count checks, and test-results/bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CountMismatch, GoalResult } from './goals';
import type { Distribution, MemoryReading } from './measure';

/** Everything one benchmark run measured. */
export interface BenchResults {
  date: string;
  node: string;
  cpu: string;
  /** The machine's 1-minute load average at the start and end: other work on the same cores slows every run. */
  loadAverage: { start: number; end: number };
  workspace: { files: number; refs: number; brokenByKind: Record<string, number>; largeFileLines: number; seed: number };
  /** Cold full-workspace validation, one sample per round (ms). */
  full: { ours: number[]; markdownLs: number[]; floor: number[] };
  found: { oursByCode: Record<string, number>; markdownLsByCode: Record<string, number>; floorTokens: number };
  edit: Distribution;
  hover: Distribution;
  definition: Distribution;
  /** Heap still held by each run's structures after a collection, MiB. */
  retainedHeapMiB: { ours: number; markdownLs: number };
  /** (g) one-file re-lint after an edit to one API spec. */
  relint: Distribution & { apiFiles: number };
  /** (h) whole CLI processes on the benchmark workspace written to disk (ms per round). */
  cli: { files: number; refs: number; ours: number[]; remark: number[]; oursFindings: number; remarkWarnings: number };
  memory: MemoryReading;
  ratios: { markdownLsOverOurs: number; oursOverFloor: number };
  goals: GoalResult[];
  countMismatches: CountMismatch[];
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(3));

/** The median of a few samples. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}

/** The human-readable report. */
export function formatReport(r: BenchResults): string {
  const w = r.workspace;
  const broken = Object.values(w.brokenByKind).reduce((a, b) => a + b, 0);
  const rows: Array<[string, string, string]> = [
    ['(a) full validation, ours, cold', `${fmt(median(r.full.ours))} ms`, `rounds ${r.full.ours.map(fmt).join(' / ')} ms`],
    ['(b) full validation, vscode-markdown-languageservice, cold', `${fmt(median(r.full.markdownLs))} ms`, `rounds ${r.full.markdownLs.map(fmt).join(' / ')} ms`],
    ['(c) floor: read files + one regex', `${fmt(median(r.full.floor))} ms`, `${r.found.floorTokens} tokens, ${r.full.floor.length} samples`],
    ['(d) re-validation after one edit (large file)', `${fmt(r.edit.median)} ms median`, `p95 ${fmt(r.edit.p95)} ms, ${r.edit.samples} edits`],
    ['(e) hover, warm index', `${fmt(r.hover.median)} ms median`, `p95 ${fmt(r.hover.p95)} ms, ${r.hover.samples} requests`],
    ['(e) definition, warm index', `${fmt(r.definition.median)} ms median`, `p95 ${fmt(r.definition.p95)} ms, ${r.definition.samples} requests`],
    ['(f) heap held by our index', `${r.retainedHeapMiB.ours.toFixed(1)} MiB`, `markdown LS: ${r.retainedHeapMiB.markdownLs.toFixed(1)} MiB`],
    ['(g) API lint: re-lint after one edit to one API spec', `${fmt(r.relint.median)} ms median`, `p95 ${fmt(r.relint.p95)} ms, ${r.relint.samples} edits, ${r.relint.apiFiles} API specs`],
    ['(h) CLI process: spec-architect lint', `${fmt(median(r.cli.ours))} ms`, `rounds ${r.cli.ours.map(fmt).join(' / ')} ms, ${r.cli.files} files, ${r.cli.refs} refs, ${r.cli.oursFindings} findings`],
    ['(h) CLI process: remark-cli + remark-validate-links', `${fmt(median(r.cli.remark))} ms`, `rounds ${r.cli.remark.map(fmt).join(' / ')} ms, ${r.cli.remarkWarnings} warnings`],
    ['(f) peak RSS of the whole run', `${r.memory.maxRssMiB.toFixed(0)} MiB`, `heap now ${r.memory.heapUsedMiB.toFixed(0)} MiB`],
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i as 0 | 1 | 2].length)));
  const line = (row: [string, string, string]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  const out = [
    `Spec Architect benchmark - ${w.files} files, ${w.refs} references (${broken} broken: ${Object.entries(w.brokenByKind).map(([k, n]) => `${n} ${k}`).join(', ')}), large file ${w.largeFileLines} lines, seed ${w.seed}`,
    `${r.node}, ${r.cpu}, load average ${r.loadAverage.start.toFixed(1)} at start, ${r.loadAverage.end.toFixed(1)} at end`,
    '',
    ...rows.map(line),
    '',
    `ratios: markdown LS / ours = ${r.ratios.markdownLsOverOurs.toFixed(1)}x, ours / floor = ${r.ratios.oursOverFloor.toFixed(1)}x, remark CLI / our CLI = ${(median(r.cli.remark) / median(r.cli.ours)).toFixed(1)}x`,
    '',
    'goals (issues 4 and 14):',
    ...r.goals.map((g) => `  ${g.pass ? 'PASS' : 'FAIL'}  ${g.goal}: ${g.measured}`),
    '',
  ];
  if (r.countMismatches.length === 0) {
    out.push(`broken references found: ours ${JSON.stringify(r.found.oursByCode)}; markdown LS ${JSON.stringify(r.found.markdownLsByCode)} - both exactly as written`);
  } else {
    out.push('BROKEN-REFERENCE COUNTS DO NOT MATCH WHAT WAS WRITTEN:');
    for (const m of r.countMismatches) out.push(`  ${m.validator}: ${m.what} expected ${m.expected}, found ${m.found}`);
  }
  return out.join('\n') + '\n';
}

/** Writes the results as JSON, creating the folder. */
export function writeResults(path: string, results: BenchResults): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(results, null, 2) + '\n');
}
