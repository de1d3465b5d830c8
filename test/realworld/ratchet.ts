// The ratchet: baseline.json holds the best figures reached so far, and a run
// fails when any of them gets worse (a true finding that moves to another line
// counts as lost until its new place is labelled). `--record` raises the recorded figures
// that improved; it never lowers one (a worse figure fails the run instead).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelledOf, type Figures } from './measure';
import { REALWORLD_DIR } from './labels';

export interface Baseline {
  overallPrecision: number;
  recall: number;
  labelled: number;
  /** Labels judged right whose claim the lint still makes (see Figures.rightClaimed): a true finding lost fails the level. */
  right: number;
  /** Precision of each rule that had at least MIN_LABELLED labelled findings when recorded. */
  rulePrecision: Record<string, number>;
}

export const MIN_LABELLED = 10;
export const BASELINE_FILE = join(REALWORLD_DIR, 'baseline.json');

/** Four decimals: enough to see one finding in 500, and no floating-point noise. */
export function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

export function loadBaseline(file = BASELINE_FILE): Baseline | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Baseline) : undefined;
}

export function currentFigures(f: Figures): Baseline {
  const rulePrecision: Record<string, number> = {};
  for (const [code, r] of Object.entries(f.perRule)) if (labelledOf(r) >= MIN_LABELLED) rulePrecision[code] = round(r.precision);
  return { overallPrecision: round(f.overall.precision), recall: round(f.recall), labelled: f.labelled, right: f.rightClaimed, rulePrecision };
}

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** One check per recorded figure: is today's at least as good? */
export function compare(now: Baseline, best: Baseline, f: Figures): Check[] {
  const checks: Check[] = [
    { name: 'overall precision', ok: now.overallPrecision >= best.overallPrecision, detail: `${now.overallPrecision} (best ${best.overallPrecision})` },
    { name: 'recall', ok: now.recall >= best.recall, detail: `${now.recall} (best ${best.recall})` },
    { name: 'labelled findings', ok: now.labelled >= best.labelled, detail: `${now.labelled} (best ${best.labelled})` },
    { name: 'right findings still claimed', ok: now.right >= (best.right ?? 0), detail: `${now.right} (best ${best.right ?? 0})` },
  ];
  for (const [code, bestPrecision] of Object.entries(best.rulePrecision).sort()) {
    const rule = f.perRule[code];
    // A rule that no longer reports anything reports nothing wrong either.
    if (!rule) checks.push({ name: `precision of ${code}`, ok: true, detail: `no findings now (best ${bestPrecision})` });
    else {
      const p = round(rule.precision);
      checks.push({ name: `precision of ${code}`, ok: p >= bestPrecision, detail: `${p} (best ${bestPrecision})` });
    }
  }
  return checks;
}

/** The baseline raised to today's figures where they are better; undefined when nothing improved. */
export function raised(now: Baseline, best: Baseline | undefined): Baseline | undefined {
  if (!best) return now;
  const next: Baseline = {
    overallPrecision: Math.max(now.overallPrecision, best.overallPrecision),
    recall: Math.max(now.recall, best.recall),
    labelled: Math.max(now.labelled, best.labelled),
    right: Math.max(now.right, best.right ?? 0),
    rulePrecision: { ...best.rulePrecision },
  };
  for (const [code, p] of Object.entries(now.rulePrecision)) next.rulePrecision[code] = Math.max(p, best.rulePrecision[code] ?? 0);
  return JSON.stringify(sortedBaseline(next)) === JSON.stringify(sortedBaseline(best)) ? undefined : next;
}

function sortedBaseline(b: Baseline): Baseline {
  return { ...b, rulePrecision: Object.fromEntries(Object.entries(b.rulePrecision).sort(([a], [c]) => a.localeCompare(c))) };
}

export function saveBaseline(b: Baseline, file = BASELINE_FILE): void {
  writeFileSync(file, `${JSON.stringify(sortedBaseline(b), null, 2)}\n`);
}
