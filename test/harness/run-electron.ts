// `npm run test:electron`: the same integration suite (test/integration) in
// desktop VS Code through @vscode/test-electron. It uses the VS Code named by
// VSCODE_EXECUTABLE_PATH, or downloads one (which needs the internet); offline
// machines run the suite through code-server instead (`npm run test:integration`).
import { runTests } from '@vscode/test-electron';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { HostEnv, type HostResults } from './hostResults';
import { runLevel } from './levelMain';
import { EXAMPLE_WORKSPACE, INTEGRATION_INDEX, REPO_ROOT, TEST_RESULTS_DIR } from './paths';
import { copyWorkspace, tempDir } from './workspace';

const VSCODE_VERSION = '1.100.0';

runLevel('electron', async () => {
  const executable = process.env.VSCODE_EXECUTABLE_PATH;
  if (executable && !existsSync(executable)) throw new Error(`VSCODE_EXECUTABLE_PATH is ${executable}, which does not exist`);
  const resultsFile = join(TEST_RESULTS_DIR, 'host-results-electron.json');
  rmSync(resultsFile, { force: true });
  const workspace = copyWorkspace(EXAMPLE_WORKSPACE);
  const home = tempDir('electron');
  try {
    await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version: VSCODE_VERSION }),
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: INTEGRATION_INDEX,
      extensionTestsEnv: { [HostEnv.resultsFile]: resultsFile, [HostEnv.suite]: 'default', ...(process.env.MOCHA_GREP ? { [HostEnv.grep]: process.env.MOCHA_GREP } : {}) },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(home, 'user-data'), '--extensions-dir', join(home, 'extensions')],
    });
  } catch (error) {
    if (!existsSync(resultsFile)) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        executable
          ? `VS Code at ${executable} did not run the suite: ${reason}`
          : `could not download or start VS Code ${VSCODE_VERSION} (${reason}). This runner needs the internet to download VS Code, ` +
              'or VSCODE_EXECUTABLE_PATH pointing at an installed VS Code 1.100+. Offline, run the same suite through code-server: npm run test:integration',
      );
    }
  }
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as HostResults;
  for (const failure of results.failures) process.stdout.write(`FAILED: ${failure.title}\n  ${failure.message}\n`);
  return { passed: results.passed, failed: results.failed };
});
