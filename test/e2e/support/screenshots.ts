// Screenshots under test-results/, named after the test or the step.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_RESULTS_DIR } from '../../harness/paths';

/** A file name from a test title: letters, digits, dashes. */
export function screenshotName(title: string): string {
  return title.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 150) || 'screenshot';
}

/** Saves a full-page screenshot to test-results/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(TEST_RESULTS_DIR, { recursive: true });
  const path = join(TEST_RESULTS_DIR, `${screenshotName(name)}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
