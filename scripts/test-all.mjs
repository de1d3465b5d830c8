#!/usr/bin/env node
// `npm test`: type-check, lint, build, then every test level in turn (unit,
// the real-world lint measurement, integration in a real VS Code extension
// host, browser end-to-end, packaged .vsix), and a summary of how many passed
// at each level (a level that skipped says why). Exits 1 if anything failed or
// a level could not run.
// The tools the real-VS-Code levels need (system packages, code-server) are
// installed once, before those levels; when that fails, the report says why
// once and those levels are marked "could not run" without trying again.
//   SPEC_ARCHITECT_LEVELS=unit,integration  run only these levels
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Installs the system packages and code-server once; returns the one-line failure report, if any. */
function installTools() {
  process.stdout.write('\n=== installing tools (system packages, code-server) ===\n');
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'spec-architect-install-'));
  const failureFile = join(dir, 'failure.txt');
  const result = spawnSync('node', ['scripts/ensure-code-server.mjs'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SPEC_ARCHITECT_FAILURE_FILE: failureFile } });
  const failure = result.status === 0 ? undefined : existsSync(failureFile) ? readFileSync(failureFile, 'utf8').trim() : `scripts/ensure-code-server.mjs exited with code ${result.status}`;
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`installing tools: ${((Date.now() - started) / 1000).toFixed(1)} s${failure ? ' (failed)' : ''}\n`);
  return failure;
}

const NEEDS_TOOLS = new Set(['integration', 'e2e', 'package']);
const toolsFailure = levels.some((level) => NEEDS_TOOLS.has(level)) ? installTools() : undefined;
if (toolsFailure) problems.push(`installing tools: ${toolsFailure}`);

const summaries = [];
for (const level of levels) {
  const runner = runners[level];
  if (!runner) {
    problems.push(`unknown level "${level}" (known: ${ALL_LEVELS.join(', ')})`);
    continue;
  }
  if (toolsFailure && NEEDS_TOOLS.has(level)) {
    summaries.push({ level, passed: 0, failed: 0, error: 'could not run: the tools it needs could not be installed', toolsFailed: true });
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
  if (s.error && !s.toolsFailed) problems.push(`${s.level}: ${s.error}`);
}
for (const p of problems) process.stdout.write(`problem: ${p}\n`);
if (skipped.length) process.stdout.write(`skipped levels: ${skipped.join(', ')}\n`);
// The last line is the plain count a CI reads: 'N passed, N failed' (', N skipped' when a level skipped).
process.stdout.write(`${passed} passed, ${failed} failed${skipped.length ? `, ${skipped.length} skipped` : ''}\n`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
