// `npm run test:integration`: the Mocha suites of test/integration run inside
// code-server's real extension host, with the extension loaded from the
// repository (extensionDevelopmentPath). Two runs, one level: the default
// suite with workspace trust off (every command may write), then the
// `untrusted` suite (test/integration/untrusted/) in a second code-server with
// trust on and fresh user data, so the folder opens in restricted mode, then
// the `multiroot` suite (test/integration/multiroot/) with two workspace
// folders. The counts are the sum of the three; a failure in any fails the level.
// Writes test-results/summary-integration.json.
import { runSuiteInHost, type HostRunOutcome } from './hostRun';
import { runLevel } from './levelMain';
import { REPO_ROOT } from './paths';

/** Prints a run's failures; an error when the host failed without a failed test (it did not finish). */
function report(name: string, outcome: HostRunOutcome): string | undefined {
  for (const failure of outcome.failures) process.stdout.write(`FAILED (${name}): ${failure.title}\n  ${failure.message}\n`);
  return outcome.exitCode !== 0 && outcome.failed === 0 ? `the ${name} extension host exited with code ${outcome.exitCode ?? '?'}` : undefined;
}

runLevel('integration', async () => {
  const trusted = await runSuiteInHost({ name: 'integration', suite: 'default', extensionDevelopmentPath: REPO_ROOT });
  process.stdout.write(`\n--- the untrusted suite (workspace trust on, folder not trusted) ---\n`);
  const untrusted = await runSuiteInHost({ name: 'integration-untrusted', suite: 'untrusted', workspaceTrust: true, extensionDevelopmentPath: REPO_ROOT });
  process.stdout.write(`\n--- the multi-root suite (two workspace folders) ---\n`);
  const multiRoot = await runSuiteInHost({ name: 'integration-multiroot', suite: 'multiroot', multiRoot: true, extensionDevelopmentPath: REPO_ROOT });
  const errors = [report('default', trusted), report('untrusted', untrusted), report('multiroot', multiRoot)].filter((e): e is string => e !== undefined);
  // A run in which no test ran (a grep matching nothing there) adds nothing; levelMain fails a level with no test at all.
  return {
    passed: trusted.passed + untrusted.passed + multiRoot.passed,
    failed: trusted.failed + untrusted.failed + multiRoot.failed,
    ...(errors.length > 0 ? { error: errors.join('; ') } : {}),
  };
});
