// `npm run test:package`: installs dist/spec-architect.vsix into a fresh
// extensions folder with code-server's --install-extension, starts code-server
// without the development path, and runs the `packaged` suite in its host
// (activation, commands, where the extension was loaded from). Records the
// .vsix size (it must stay under 2 MB). Writes test-results/summary-package.json.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runSuiteInHost } from './hostRun';
import { runLevel } from './levelMain';
import { TEST_RESULTS_DIR, VSIX_PATH } from './paths';
import { ensureCodeServer } from './tools';
import { tempDir } from './workspace';

const MAX_VSIX_BYTES = 2 * 1024 * 1024;

/**
 * The workbench runs an extensionTestsPath only in an extension development
 * host, so the run names a development extension that contributes nothing;
 * the extension under test is the installed one.
 */
function emptyDevelopmentExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const manifest = { name: 'package-probe', publisher: 'spec-architect-tests', version: '0.0.0', engines: { vscode: '^1.100.0' } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

runLevel('package', async () => {
  if (!existsSync(VSIX_PATH)) throw new Error(`${VSIX_PATH} is missing: run \`npm run package\` first (npm run test:package does)`);
  const bytes = statSync(VSIX_PATH).size;
  mkdirSync(TEST_RESULTS_DIR, { recursive: true });
  writeFileSync(join(TEST_RESULTS_DIR, 'vsix-size.json'), JSON.stringify({ file: 'dist/spec-architect.vsix', bytes }, null, 2));
  process.stdout.write(`dist/spec-architect.vsix: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KB; limit ${MAX_VSIX_BYTES / 1024 / 1024} MB)\n`);
  let failed = 0;
  if (bytes >= MAX_VSIX_BYTES) {
    process.stdout.write(`FAILED: the .vsix is ${bytes} bytes, over the 2 MB limit: check .vscodeignore\n`);
    failed++;
  }

  const entry = ensureCodeServer();
  const home = tempDir('package');
  const extensionsDir = join(home, 'extensions');
  execFileSync(
    process.execPath,
    [entry, '--user-data-dir', join(home, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', VSIX_PATH],
    { stdio: ['ignore', 'inherit', 'inherit'], timeout: 120_000 },
  );
  const outcome = await runSuiteInHost({
    name: 'package',
    suite: 'packaged',
    extensionsDir,
    extensionDevelopmentPath: emptyDevelopmentExtension(join(home, 'probe')),
    timeoutMs: 180_000,
  });
  for (const failure of outcome.failures) process.stdout.write(`FAILED: ${failure.title}\n  ${failure.message}\n`);
  const error = outcome.exitCode !== 0 && outcome.failed === 0 ? `the extension host exited with code ${outcome.exitCode ?? '?'}` : undefined;
  // The size check counts as one test of this level.
  return { passed: outcome.passed + (bytes < MAX_VSIX_BYTES ? 1 : 0), failed: outcome.failed + failed, ...(error ? { error } : {}) };
});
