// The common frame of a level runner: run it, write its summary, stop
// everything it started, and set the exit code (non-zero on any failure, or
// when the tests did not run at all).
import { writeSummary, type LevelSummary } from './summary';
import { cleanupAll } from './processes';
import { installSeconds } from './tools';

/** Runs `body` as test level `level`; `body` returns the counts. */
export function runLevel(level: string, body: () => Promise<Omit<LevelSummary, 'level'>>): void {
  const started = Date.now();
  void (async () => {
    let summary: LevelSummary;
    try {
      summary = { level, ...(await body()) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`\n${level} tests could not run: ${message}\n`);
      summary = { level, passed: 0, failed: 0, error: message.split('\n')[0] ?? message };
    }
    if (!summary.error && !summary.skipped && summary.passed + summary.failed === 0) summary.error = 'no tests ran';
    writeSummary(summary);
    await cleanupAll();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const installing = installSeconds() > 0 ? `, ${installSeconds().toFixed(1)} s of it checking and installing tools` : '';
    process.stdout.write(`\n${level}: ${summary.passed} passed, ${summary.failed} failed in ${seconds} s${installing}${summary.error ? ` (${summary.error})` : ''}${summary.skipped ? ` (skipped: ${summary.skipped})` : ''}\n`);
    process.exit(summary.failed > 0 || summary.error ? 1 : 0);
  })();
}
