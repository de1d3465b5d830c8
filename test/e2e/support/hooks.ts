// Mocha wiring for browser tests: one workbench per `describe`, a screenshot
// of every failed test, and the workbench stopped after the block.
import type { Workbench } from './workbench';
import { openWorkbench } from './workbench';
import type { CodeServerOptions } from '../../harness/codeServer';

/**
 * Call inside a `describe`: opens a workbench before its tests, screenshots
 * failures to test-results/<full test title>.png, closes it afterwards.
 * Returns a getter for the workbench.
 */
export function useWorkbench(options: CodeServerOptions = {}): () => Workbench {
  let current: Workbench | undefined;
  before(async function () {
    this.timeout(180_000);
    current = await openWorkbench(options);
  });
  afterEach(async function () {
    const test = this.currentTest;
    if (current && test?.state === 'failed') {
      const path = await current.screenshot(test.fullTitle()).catch(() => undefined);
      if (path) process.stdout.write(`    screenshot: ${path}\n`);
    }
  });
  after(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('the workbench did not open (see the before-all hook)');
    return current;
  };
}
