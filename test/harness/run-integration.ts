// `npm run test:integration`: the Mocha suites of test/integration run inside
// code-server's real extension host, with the extension loaded from the
// repository (extensionDevelopmentPath), then the untrusted/ suites in a
// second code-server whose workspace is not trusted. Writes
// test-results/summary-integration.json.
import { runSuiteInHost } from './hostRun';
import { runLevel } from './levelMain';
import { REPO_ROOT } from './paths';

/** One suite in its own code-server; an exit without failures but with a bad code is an error. */
async function runSuite(name: string, suite: 'default' | 'untrusted', workspaceTrust: boolean) {
  const outcome = await runSuiteInHost({ name, suite, extensionDevelopmentPath: REPO_ROOT, workspaceTrust });
  for (const failure of outcome.failures) process.stdout.write(`FAILED: ${failure.title}\n  ${failure.message}\n`);
  const error = outcome.exitCode !== 0 && outcome.failed === 0 ? `the ${name} extension host exited with code ${outcome.exitCode ?? '?'}` : undefined;
  return { passed: outcome.passed, failed: outcome.failed, error };
}

runLevel('integration', async () => {
  const trusted = await runSuite('integration', 'default', false);
  // Restricted mode needs workspace trust switched on and a workspace nobody trusted yet: a second code-server.
  const untrusted = await runSuite('integration-untrusted', 'untrusted', true);
  const errors = [trusted.error, untrusted.error].filter((e) => e !== undefined);
  return { passed: trusted.passed + untrusted.passed, failed: trusted.failed + untrusted.failed, ...(errors.length ? { error: errors.join('; ') } : {}) };
});
