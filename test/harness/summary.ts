// Each test level writes how many tests passed and failed to
// test-results/summary-<level>.json; `npm test` prints them side by side.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LevelSummary {
  level: string;
  passed: number;
  failed: number;
  /** Set when the level could not run at all (its tests did not start). */
  error?: string;
  /** Set when the level chose not to run (what it needs is absent): why. */
  skipped?: string;
}

export const RESULTS_DIR = join(process.cwd(), 'test-results');

export function writeSummary(summary: LevelSummary): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `summary-${summary.level}.json`), JSON.stringify(summary, null, 2));
}
