// The extensionTestsPath module: VS Code loads it inside the extension host
// and calls run(). It runs Mocha over the compiled suites next to it and
// writes the counts to the file named by SPEC_ARCHITECT_TEST_RESULTS, because
// the host's own exit code does not reach the harness through the browser.
import Mocha from 'mocha';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HostEnv, type HostResults } from '../harness/hostResults';

function compiledTests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? compiledTests(path) : name.endsWith('.test.js') ? [path] : [];
  });
}

/**
 * The files of a suite: `packaged` runs activation plus packaged/;
 * `untrusted` only untrusted/ (its host opens the folder untrusted, where the
 * other suites' writes are refused); `multiroot` only multiroot/ (its host
 * opens two folders); `default` every suite but those three.
 */
function suiteFiles(suite: string): string[] {
  const all = compiledTests(__dirname).sort();
  const folder = (file: string): string | undefined => relative(__dirname, file).split(sep)[0];
  if (suite === 'packaged') return all.filter((f) => folder(f) === 'packaged' || f.endsWith(`${sep}activation.test.js`));
  if (suite === 'untrusted') return all.filter((f) => folder(f) === 'untrusted');
  if (suite === 'multiroot') return all.filter((f) => folder(f) === 'multiroot');
  return all.filter((f) => folder(f) !== 'packaged' && folder(f) !== 'untrusted' && folder(f) !== 'multiroot');
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  const grep = process.env[HostEnv.grep];
  if (grep) mocha.grep(grep);
  for (const file of suiteFiles(process.env[HostEnv.suite] ?? 'default')) mocha.addFile(file);
  const results: HostResults = { passed: 0, failed: 0, failures: [] };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const file = process.env[HostEnv.resultsFile];
        if (file) writeFileSync(file, JSON.stringify(results, null, 2));
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
      runner.on('pass', () => results.passed++);
      runner.on('fail', (test, error: unknown) => {
        results.failed++;
        results.failures.push({ title: test.fullTitle(), message: error instanceof Error ? error.message : String(error) });
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
