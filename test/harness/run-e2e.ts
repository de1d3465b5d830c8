// `npm run test:e2e`: Mocha over the browser tests (out/test/e2e/**/*.test.js)
// in plain Node; each suite starts its own code-server and Chromium through
// test/e2e/support. Writes test-results/summary-e2e.json.
import Mocha from 'mocha';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runLevel } from './levelMain';
import { OUT_DIR, TEST_RESULTS_DIR } from './paths';
import { ensureChromium, ensureCodeServer } from './tools';

function testFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? testFiles(path) : name.endsWith('.test.js') ? [path] : [];
  });
}

/** Screenshots of an earlier run would pass for this run's: start without them. */
function removeOldScreenshots(): void {
  if (!existsSync(TEST_RESULTS_DIR)) return;
  for (const name of readdirSync(TEST_RESULTS_DIR)) if (name.endsWith('.png')) rmSync(join(TEST_RESULTS_DIR, name), { force: true });
}

runLevel('e2e', async () => {
  // Installed before Mocha starts, so a failed install makes the level "could not run" once instead of failing every suite.
  ensureCodeServer();
  ensureChromium();
  removeOldScreenshots();
  const mocha = new Mocha({ reporter: 'spec', timeout: 120_000 });
  const grep = process.env.MOCHA_GREP;
  if (grep) mocha.grep(grep);
  for (const file of testFiles(join(OUT_DIR, 'test', 'e2e')).sort()) mocha.addFile(file);
  // The overall limit: a hung browser must not hang `npm test`.
  const limitMs = Number(process.env.SPEC_ARCHITECT_E2E_TIMEOUT_MS ?? 900_000);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the browser tests did not finish within ${limitMs / 1000} s`)), limitMs);
    const runner = mocha.run(() => {
      clearTimeout(timer);
      resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 });
    });
  });
});
