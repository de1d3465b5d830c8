#!/usr/bin/env node
// `npm test`: type-check, lint, build, then every test level in turn (unit,
// the real-world lint measurement, integration in a real VS Code extension
// host, browser end-to-end, packaged .vsix), and a summary of how many passed
// at each level (a level that skipped says why). Exits 1 if anything failed or
// a level could not run.
//   SPEC_ARCHITECT_LEVELS=unit,integration  run only these levels
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ALL_LEVELS = ['unit', 'realworld', 'integration', 'e2e', 'package'];
const levels = (process.env.SPEC_ARCHITECT_LEVELS ?? ALL_LEVELS.join(',')).split(',').map((l) => l.trim()).filter(Boolean);
const results = join(process.cwd(), 'test-results');

function run(title, command, args) {
  process.stdout.write(`\n=== ${title} ===\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

const problems = [];
if (!run('type-check', 'npx', ['tsc', '--noEmit', '-p', '.'])) problems.push('type-check failed');
if (!run('lint', 'npx', ['eslint', '.'])) problems.push('lint failed');
if (!run('build', 'node', ['scripts/build.mjs', '--tests'])) {
  process.stdout.write('\nThe build failed: no tests were run.\n');
  process.exit(1);
}

const runners = {
  unit: ['node', ['out/test/harness/run-unit.js']],
  realworld: ['node', ['out/test/harness/run-realworld.js']],
  integration: ['node', ['out/test/harness/run-integration.js']],
  e2e: ['node', ['out/test/harness/run-e2e.js']],
  package: ['npm', ['run', '--silent', 'test:package']],
};

const summaries = [];
for (const level of levels) {
  const runner = runners[level];
  if (!runner) {
    problems.push(`unknown level "${level}" (known: ${ALL_LEVELS.join(', ')})`);
    continue;
  }
  const file = join(results, `summary-${level}.json`);
  rmSync(file, { force: true });
  const ok = run(`${level} tests`, runner[0], runner[1]);
  const summary = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { level, passed: 0, failed: 0, error: 'the level wrote no results' };
  if (!ok && summary.failed === 0 && !summary.error) summary.error = 'the runner exited with an error';
  summaries.push(summary);
}

process.stdout.write('\n=== summary ===\n');
let passed = 0;
let failed = 0;
const skipped = [];
for (const s of summaries) {
  passed += s.passed;
  failed += s.failed;
  if (s.skipped) skipped.push(s.level);
  const counts = s.skipped ? `skipped: ${s.skipped}` : `${String(s.passed).padStart(4)} passed, ${String(s.failed).padStart(3)} failed`;
  process.stdout.write(`${s.level.padEnd(12)} ${counts}${s.error ? `  (${s.error})` : ''}\n`);
  if (s.error) problems.push(`${s.level}: ${s.error}`);
}
for (const p of problems) process.stdout.write(`problem: ${p}\n`);
process.stdout.write(`${passed} passed, ${failed} failed${skipped.length ? `, skipped: ${skipped.join(', ')}` : ''}\n`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
