// Runs the unit tests (plain Node, no VS Code) with Mocha's API so the level's
// counts can be written for `npm test`'s summary.
import Mocha from 'mocha';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeSummary } from './summary';

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? testFiles(path) : name.endsWith('.test.js') ? [path] : [];
  });
}

const mocha = new Mocha({ reporter: 'spec', timeout: 60_000 });
const grep = process.env.MOCHA_GREP;
if (grep) mocha.grep(grep);
for (const file of testFiles(join(process.cwd(), 'out', 'test', 'unit')).sort()) mocha.addFile(file);

const runner = mocha.run((failures) => {
  process.exitCode = failures > 0 ? 1 : 0;
});
runner.on('end', () => {
  writeSummary({ level: 'unit', passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 });
});
