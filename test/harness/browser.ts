// Headless Debian Chromium driven by playwright-core, launched with the flags
// that keep it offline and quiet; closed by the harness whatever happens.
import { chromium, type Browser } from 'playwright-core';
import { onCleanup } from './processes';
import { ensureChromium } from './tools';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches Chromium (headless unless SPEC_ARCHITECT_HEADED=1) and registers its closing. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    headless: process.env.SPEC_ARCHITECT_HEADED !== '1',
    args: CHROMIUM_ARGS,
  });
  onCleanup(() => browser.close().catch(() => undefined));
  return browser;
}
