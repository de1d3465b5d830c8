// The Review panel's webview in the workbench: its inner frame (found by the
// page it holds, since the side bar's webview is an iframe of the same kind),
// and where the panel sits (in the editor area, not the side bar).
import type { Frame, Page } from 'playwright-core';

/** The inner frame of the first ready webview whose page matches `selector`, polled until `timeoutMs`. */
export async function webviewDocument(page: Page, selector: string, timeoutMs = 60_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const outer of await page.locator('iframe.webview.ready').elementHandles()) {
      const inner = await (await (await outer.contentFrame())?.$('#active-frame'))?.contentFrame();
      const found = inner ? await inner.$(selector).catch(() => null) : null;
      if (inner && found) return inner;
    }
    if (Date.now() > deadline) throw new Error(`no webview holds ${selector} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The Review panel's document. */
export const reviewDocument = (page: Page, timeoutMs?: number): Promise<Frame> => webviewDocument(page, 'main.review', timeoutMs);

/** The side bar designer's document. */
export const sideBarDocument = (page: Page, timeoutMs?: number): Promise<Frame> => webviewDocument(page, 'main:not(.review) nav', timeoutMs);

/** The on-page box of the webview that holds `frame` (its outermost iframe). */
export async function webviewBox(frame: Frame): Promise<{ x: number; y: number; width: number; height: number }> {
  const outer = frame.parentFrame();
  const element = await outer?.frameElement();
  const box = await element?.boundingBox();
  if (!box) throw new Error('the webview has no box on the page');
  return box;
}
