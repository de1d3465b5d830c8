// The browser fixture: code-server with the extension loaded from the
// repository (extensionDevelopmentPath, no tests path) on a temp copy of the
// example workspace, headless Chromium on its workbench, and the moves tests
// make there (palette commands, the activity bar, the webview's inner frame).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { launchBrowser } from '../../harness/browser';
import { startCodeServer, type CodeServer, type CodeServerOptions } from '../../harness/codeServer';
import { REPO_ROOT } from '../../harness/paths';
import { saveScreenshot } from './screenshots';

export interface Workbench {
  page: Page;
  server: CodeServer;
  /** Absolute path of the workspace copy the workbench has open. */
  workspace: string;
  /** Runs a command from the palette by its title as shown there, e.g. "Spec Architect: Design API". */
  runCommand(title: string): Promise<void>;
  /** Clicks the Spec Architect item in the activity bar. */
  openSpecArchitect(): Promise<void>;
  /** The API Designer webview's content frame (webviews are an iframe inside an iframe). */
  designerFrame(): FrameLocator;
  /** Reads a workspace file from disk (workspace-relative POSIX path). */
  readWorkspaceFile(relativePath: string): string;
  /** Saves test-results/<name>.png. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts code-server and Chromium and waits until the workbench has loaded the extension. */
export async function openWorkbench(options: CodeServerOptions = {}): Promise<Workbench> {
  const server = await startCodeServer({ logName: 'code-server-e2e.log', ...options });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.workbenchUrl([['extensionDevelopmentPath', server.remoteUri(REPO_ROOT)]]));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await activityBarItem(page).waitFor({ timeout: 60_000 });
    return workbench(page, browser, server);
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.stop();
    throw error;
  }
}

function activityBarItem(page: Page) {
  return page.locator('.part.activitybar .action-item').filter({ has: page.locator('[aria-label^="Spec Architect"]') }).first();
}

function workbench(page: Page, browser: Browser, server: CodeServer): Workbench {
  return {
    page,
    server,
    workspace: server.workspace,
    async runCommand(title) {
      // After a (re)load the palette lists an extension's commands only once the extension host has
      // read its manifest: reopen the palette until the command is listed, with a deadline.
      const deadline = Date.now() + 60_000;
      for (;;) {
        await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => undefined);
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(`>${title}`);
        const row = page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: title }).first();
        const listed = await row.waitFor({ timeout: 5_000 }).then(() => true, () => false);
        if (listed) return row.click();
        await page.keyboard.press('Escape');
        if (Date.now() > deadline) throw new Error(`the command palette never listed "${title}" within 60 s`);
      }
    },
    async openSpecArchitect() {
      await activityBarItem(page).click();
    },
    designerFrame() {
      return page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
    },
    readWorkspaceFile(relativePath) {
      return readFileSync(join(server.workspace, ...relativePath.split('/')), 'utf8');
    },
    screenshot: (name) => saveScreenshot(page, name),
    async close() {
      await browser.close().catch(() => undefined);
      await server.stop();
    },
  };
}
