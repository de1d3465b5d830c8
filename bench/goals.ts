// The goals of issues 4 and 14 for the benchmark, and the check that every run found
// exactly the broken references the generator wrote.
import { BROKEN_KINDS, CODE_OF_KIND } from './references';
import type { BrokenKind } from './references';

/** One goal with the figure measured against it. */
export interface GoalResult {
  goal: string;
  measured: string;
  pass: boolean;
}

/** The figures the goals are about (milliseconds unless named otherwise). */
export interface GoalFigures {
  oursFullMs: number;
  markdownLsFullMs: number;
  floorMs: number;
  editMedianMs: number;
  hoverMedianMs: number;
  definitionMedianMs: number;
  relintMedianMs: number;
  cliOursMs: number;
  cliRemarkMs: number;
}

export function checkGoals(f: GoalFigures): GoalResult[] {
  const speedup = f.markdownLsFullMs / f.oursFullMs;
  const overFloor = f.oursFullMs / f.floorMs;
  return [
    { goal: 'full validation >= 10x faster than vscode-markdown-languageservice', measured: `${speedup.toFixed(1)}x`, pass: speedup >= 10 },
    { goal: 'full validation <= 3x the floor (read + one regex)', measured: `${overFloor.toFixed(1)}x`, pass: overFloor <= 3 },
    { goal: 'one-file re-validation after an edit < 10 ms median', measured: `${f.editMedianMs.toFixed(2)} ms`, pass: f.editMedianMs < 10 },
    { goal: 'hover on a warm index < 2 ms median', measured: `${f.hoverMedianMs.toFixed(3)} ms`, pass: f.hoverMedianMs < 2 },
    { goal: 'definition on a warm index < 2 ms median', measured: `${f.definitionMedianMs.toFixed(3)} ms`, pass: f.definitionMedianMs < 2 },
    { goal: 'one-file re-lint after an edit to one API spec (1,000 API specs) < 10 ms median', measured: `${f.relintMedianMs.toFixed(2)} ms`, pass: f.relintMedianMs < 10 },
    { goal: 'CLI process: spec-architect lint >= 10x faster than remark-cli + remark-validate-links', measured: `${(f.cliRemarkMs / f.cliOursMs).toFixed(1)}x`, pass: f.cliRemarkMs / f.cliOursMs >= 10 },
  ];
}

/** A difference between what a validator reported and what was written. */
export interface CountMismatch {
  validator: string;
  what: string;
  expected: number;
  found: number;
}

/**
 * Compares our findings by code with the broken references by kind: each
 * kind has its own code, so every count must match, and no other code may
 * appear.
 */
export function checkOurCounts(expected: Record<BrokenKind, number>, foundByCode: Record<string, number>): CountMismatch[] {
  const mismatches: CountMismatch[] = [];
  const codes = new Set<string>(Object.keys(foundByCode));
  for (const kind of BROKEN_KINDS) {
    const code = CODE_OF_KIND[kind];
    codes.delete(code);
    const found = foundByCode[code] ?? 0;
    if (found !== expected[kind]) mismatches.push({ validator: 'ours', what: code, expected: expected[kind], found });
  }
  for (const code of codes) mismatches.push({ validator: 'ours', what: code, expected: 0, found: foundByCode[code] ?? 0 });
  return mismatches;
}

/**
 * The markdown language service has two codes for what is broken here: a
 * missing heading is `link.no-such-header-in-file`; every other broken kind is
 * a path that does not exist (markdown has no globs and no specs root), so
 * `link.no-such-file`.
 */
export function checkMarkdownLsCounts(expected: Record<BrokenKind, number>, foundByCode: Record<string, number>): CountMismatch[] {
  const headings = expected['no-such-heading'];
  const files = BROKEN_KINDS.reduce((sum, kind) => sum + expected[kind], 0) - headings;
  const want: Record<string, number> = { 'link.no-such-header-in-file': headings, 'link.no-such-file': files };
  const codes = new Set([...Object.keys(want), ...Object.keys(foundByCode)]);
  return [...codes]
    .filter((code) => (want[code] ?? 0) !== (foundByCode[code] ?? 0))
    .map((code) => ({ validator: 'vscode-markdown-languageservice', what: code, expected: want[code] ?? 0, found: foundByCode[code] ?? 0 }));
}
