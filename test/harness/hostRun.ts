// Runs the Mocha suite of test/integration inside a real VS Code extension
// host: code-server serves the workbench, headless Chromium opens it with the
// extensionTestsPath payload, and the suite's results come back through a
// results file (and codeAutomationLog/codeAutomationExit for the output).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser';
import { startCodeServer } from './codeServer';
import { HostEnv, type HostResults } from './hostResults';
import { INTEGRATION_INDEX, TEST_RESULTS_DIR } from './paths';
import { withTimeout } from './processes';

export interface HostRunOptions {
  /** Names the log and results files (integration, package...). */
  name: string;
  suite: 'default' | 'packaged' | 'untrusted' | 'multiroot';
  /** Open two workspace folders (the multiroot suite). */
  multiRoot?: boolean;
  /** Keep workspace trust on, with fresh user data, so the folder opens untrusted (the `untrusted` suite). */
  workspaceTrust?: boolean;
  /** The extension folder to load in development mode; omitted to test an installed extension. */
  extensionDevelopmentPath?: string;
  /** Extensions folder for code-server (a .vsix installed into it). */
  extensionsDir?: string;
  /** Overall limit for the suite, from opening the page to its exit (default 5 min). */
  timeoutMs?: number;
}

export interface HostRunOutcome extends HostResults {
  /** The exit code the workbench reported through codeAutomationExit, if any. */
  exitCode?: number;
}

/** The workbench asks the extension gallery for updates; offline that fails, harmlessly, with a long trace. */
function isOfflineGalleryNoise(line: string): boolean {
  return /ENOTFOUND open-vsx\.org/.test(line);
}

export async function runSuiteInHost(options: HostRunOptions): Promise<HostRunOutcome> {
  if (!existsSync(INTEGRATION_INDEX)) throw new Error(`${INTEGRATION_INDEX} is missing: run \`node scripts/build.mjs --tests\` first`);
  const resultsFile = join(TEST_RESULTS_DIR, `host-results-${options.name}.json`);
  rmSync(resultsFile, { force: true });
  const env: Record<string, string> = { [HostEnv.resultsFile]: resultsFile, [HostEnv.suite]: options.suite };
  if (options.extensionsDir) env[HostEnv.extensionsDir] = options.extensionsDir;
  const grep = process.env[HostEnv.grep];
  if (grep) env[HostEnv.grep] = grep;

  const server = await startCodeServer({ env, extensionsDir: options.extensionsDir, workspaceTrust: options.workspaceTrust, multiRoot: options.multiRoot, logName: `code-server-${options.name}.log` });
  try {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      let exit: (code: number) => void = () => undefined;
      const exited = new Promise<number>((resolve) => (exit = resolve));
      // The workbench calls these when it runs extension tests (as @vscode/test-web listens).
      await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
        // The host forwards console calls with their printf-style arguments.
        const line = format(...args);
        if (isOfflineGalleryNoise(line)) return;
        (type === 'error' ? process.stderr : process.stdout).write(line.endsWith('\n') ? line : `${line}\n`);
      });
      await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
      if (process.env.SPEC_ARCHITECT_DEBUG === '1') {
        page.on('console', (message) => process.stderr.write(`[browser ${message.type()}] ${message.text()}\n`));
      }
      page.on('pageerror', (error) => process.stderr.write(`[page error] ${error.message}\n`));
      const payload: Array<[string, string]> = [];
      if (options.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', server.remoteUri(options.extensionDevelopmentPath)]);
      payload.push(['extensionTestsPath', server.remoteUri(INTEGRATION_INDEX)]);
      await page.goto(server.workbenchUrl(payload));
      const exitCode = await withTimeout(exited, options.timeoutMs ?? 300_000, `the ${options.name} suite in the extension host`);
      if (!existsSync(resultsFile)) {
        throw new Error(`the suite exited with code ${exitCode} but wrote no results to ${resultsFile} (did it start?)\n--- code-server output ---\n${server.logTail()}`);
      }
      const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as HostResults;
      return { ...results, exitCode };
    } finally {
      await browser.close().catch(() => undefined);
    }
  } finally {
    await server.stop();
  }
}
