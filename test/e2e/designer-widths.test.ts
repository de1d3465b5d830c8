// The side bar's wizard at the widths a side bar has (250, 300 and 400 px):
// on every step of the imported example, no element is wider than its box
// and no word is broken across lines, checked from the DOM.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useWorkbench } from './support/hooks';
import { layoutFaults, waitForStableLayout } from './support/layout';
import { sideBarDocument } from './support/reviewPanel';

const WIDTHS = [250, 300, 400];
const STEPS = ['Start', 'Resources & Routes', 'Schemas', 'Auth', 'Errors', 'Review', 'Generate'];

/** Drags the sash on the side bar's right edge until the side bar is `width` px wide. */
async function setSideBarWidth(page: Page, width: number): Promise<number> {
  const bar = page.locator('.part.sidebar');
  for (let i = 0; i < 3; i++) {
    const box = await bar.boundingBox();
    if (!box) throw new Error('the side bar is not shown');
    if (Math.abs(box.width - width) <= 1) return box.width;
    await page.mouse.move(box.x + box.width + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + width + 1, box.y + box.height / 2, { steps: 10 });
    await page.mouse.up();
  }
  return (await bar.boundingBox())?.width ?? 0;
}

describe('API Designer at side-bar widths in the browser', function () {
  this.timeout(300_000);
  const workbench = useWorkbench();
  const frame = () => workbench().designerFrame();
  const step = async (name: string) => frame().getByRole('button', { name, exact: true }).first().click();

  before(async function () {
    this.timeout(120_000);
    await workbench().runCommand('Spec Architect: Design API');
    await frame().locator('#app:not([aria-busy])').waitFor({ timeout: 60_000 });
    await step('Start');
    await frame().getByRole('button', { name: 'Discard draft' }).click();
    await frame().getByRole('button', { name: 'Import specs/api' }).click();
    await frame().getByText(/Imported \d+ file/).waitFor({ timeout: 30_000 });
  });

  for (const width of WIDTHS) {
    it(`lays out every step at ${width} px without overflow or a broken word`, async () => {
      const wb = workbench();
      const got = await setSideBarWidth(wb.page, width);
      assert.ok(Math.abs(got - width) <= 1, `the side bar is ${width} px wide (is ${got})`);
      const faults: string[] = [];
      for (const name of STEPS) {
        await step(name);
        await frame().getByRole('heading', { name, exact: true, level: 3 }).waitFor();
        if (name === 'Review') await frame().locator('p.summary').waitFor({ timeout: 30_000 });
        const doc = await sideBarDocument(wb.page);
        await waitForStableLayout(doc);
        const found = await layoutFaults(doc, 'body *');
        assert.ok(found.checked > 10, `${name}: the step's elements were measured (${found.checked})`);
        for (const f of found.overflowing) faults.push(`${name}: ${f.element} "${f.text}" overflows (${f.detail})`);
        for (const f of found.brokenWords) faults.push(`${name}: "${f.text}" in ${f.element} is broken (${f.detail})`);
        await wb.screenshot(`designer-width-${width}-${name.replace(/\W+/g, '-').toLowerCase()}`);
      }
      assert.deepEqual(faults, [], `at ${width} px`);
    });
  }
});
