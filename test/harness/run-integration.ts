// `npm run test:integration`: the Mocha suites of test/integration run inside
// code-server's real extension host, with the extension loaded from the
// repository (extensionDevelopmentPath). Writes test-results/summary-integration.json.
import { runSuiteInHost } from './hostRun';
import { runLevel } from './levelMain';
import { REPO_ROOT } from './paths';

runLevel('integration', async () => {
  const outcome = await runSuiteInHost({ name: 'integration', suite: 'default', extensionDevelopmentPath: REPO_ROOT });
  for (const failure of outcome.failures) process.stdout.write(`FAILED: ${failure.title}\n  ${failure.message}\n`);
  const error = outcome.exitCode !== 0 && outcome.failed === 0 ? `the extension host exited with code ${outcome.exitCode ?? '?'}` : undefined;
  return { passed: outcome.passed, failed: outcome.failed, ...(error ? { error } : {}) };
});
