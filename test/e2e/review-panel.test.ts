// The API Review panel in a real browser: from the imported example, Review
// opens the panel in the editor area with one row per route and headers and
// cells no narrower than their longest word; a changed file opens in the
// workbench's diff editor with both sides; Generate from the panel writes the
// file, lists it as a link and counts the workspace's problems; the link
// opens the written file.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useWorkbench } from './support/hooks';
import { layoutFaults } from './support/layout';
import { reviewDocument, webviewBox } from './support/reviewPanel';

const NEW_PURPOSE = 'List the tasks the caller may see.';

/** `METHOD /path` of every route heading in the workspace's specs/api/*.md. */
function routesOnDisk(workspace: string): string[] {
  const dir = join(workspace, 'specs', 'api');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .flatMap((n) => [...readFileSync(join(dir, n), 'utf8').matchAll(/^## (GET|POST|PUT|PATCH|DELETE) (\S+)$/gm)].map((m) => `${m[1]} ${m[2]}`))
    .sort();
}

describe('API Review panel in the browser', function () {
  this.timeout(300_000);
  const workbench = useWorkbench();
  const frame = () => workbench().designerFrame();
  const step = async (name: string) => frame().getByRole('button', { name, exact: true }).first().click();

  it('opens beside the editor with a readable row per route, shows a change in the diff editor, generates and opens the written file', async () => {
    const wb = workbench();
    const routes = routesOnDisk(wb.workspace);
    assert.ok(routes.length >= 5, `the example has its routes (${routes.join(', ')})`);
    await wb.runCommand('Spec Architect: Design API');
    await frame().locator('#app:not([aria-busy])').waitFor({ timeout: 60_000 });
    await step('Start');
    await frame().getByRole('button', { name: 'Discard draft' }).click();
    await frame().getByRole('button', { name: 'Import specs/api' }).click();
    await frame().getByText(/Imported \d+ file/).waitFor({ timeout: 30_000 });
    await step('Resources & Routes');
    const tasks = frame().locator('fieldset.resource', { hasText: 'Resource tasks' });
    await tasks.locator('fieldset.route').first().getByRole('textbox', { name: 'Purpose', exact: true }).fill(NEW_PURPOSE);

    // The side bar's Review: the summary, then Open Review.
    await step('Review');
    await frame().getByText(new RegExp(`^${routes.length} routes, .*open question.*; \\d+ files? changes?\\.$`)).waitFor({ timeout: 30_000 });
    await frame().getByText('specs/api/tasks.md (changed)').waitFor();
    await frame().getByRole('button', { name: 'Open Review', exact: true }).click();

    const review = await reviewDocument(wb.page);
    await review.locator('table.coverage tbody tr th.route').first().waitFor({ timeout: 30_000 });
    // In the editor area, as a tab of its own, not in the side bar.
    await wb.page.locator('.part.editor .tab', { hasText: 'API Review' }).waitFor();
    const editor = await wb.page.locator('.part.editor').boundingBox();
    const panel = await webviewBox(review);
    assert.ok(editor && panel.x >= editor.x - 1 && panel.x + panel.width <= editor.x + editor.width + 1, `the panel (${JSON.stringify(panel)}) lies in the editor area (${JSON.stringify(editor)})`);

    const shown = (await review.locator('table.coverage tbody tr th.route').allTextContents()).map((t) => t.trim()).sort();
    assert.deepEqual(shown, routes, 'one row per route');
    const groups = (await review.locator('table.coverage tr.group th').allTextContents()).map((t) => t.trim());
    assert.ok(groups.length >= 2, `a group per resource (${groups.join(', ')})`);
    const headers = (await review.locator('table.coverage thead th').allTextContents()).map((t) => t.trim());
    for (const h of ['Route', 'Auth', 'Access', 'Owner', 'Other user', 'Anonymous', '401', '403', '404', '422']) assert.ok(headers.includes(h), `a ${h} column (${headers.join(', ')})`);
    // Readable: no header or cell narrower than its content's longest word, no word broken across lines.
    const faults = await layoutFaults(review, 'table.coverage th, table.coverage td');
    assert.ok(faults.checked > routes.length * headers.length, `every cell was measured (${faults.checked})`);
    assert.deepEqual(faults.overflowing, [], 'no header or cell is narrower than its content');
    assert.deepEqual(faults.brokenWords, [], 'no word is broken inside a header or cell');
    assert.equal(await review.locator('table.coverage thead th').first().evaluate((e) => getComputedStyle(e).position), 'sticky', 'the header row is sticky');
    const shot = await wb.screenshot('review-panel');
    if (process.env.SPEC_ARCHITECT_UPDATE_SCREENSHOT === '1') {
      mkdirSync('media/screenshots', { recursive: true });
      copyFileSync(shot, 'media/screenshots/review-panel.png');
    }

    // The changed file in VS Code's own diff editor: the file on disk on the left, the proposed text on the right.
    // The diff opens in the other editor group; wide enough for the diff editor to show the sides side by side (narrow groups show them inline).
    await wb.page.setViewportSize({ width: 2400, height: 1000 });
    await review.getByRole('button', { name: 'Open diff of specs/api/tasks.md', exact: true }).click();
    const diff = wb.page.locator('.part.editor .monaco-diff-editor');
    await diff.waitFor({ timeout: 30_000 });
    const original = diff.locator('.editor.original .view-lines:not(.line-delete)');
    const modified = diff.locator('.editor.modified .view-lines:not(.line-delete)');
    await original.waitFor();
    await modified.waitFor();
    const [left, right] = [await original.boundingBox(), await modified.boundingBox()];
    assert.ok(left && right && left.width > 100 && right.width > 100 && left.x + left.width <= right.x + 1, `both sides are shown, side by side (${JSON.stringify({ left, right })})`);
    await wb.page.locator('.part.editor .tab', { hasText: 'tasks.md (on disk ↔ after Generate)' }).waitFor();
    await diff.locator('.editor.modified .view-lines:not(.line-delete)', { hasText: NEW_PURPOSE }).waitFor({ timeout: 15_000 });
    assert.doesNotMatch(await original.innerText(), new RegExp(NEW_PURPOSE));
    await wb.screenshot('review-panel-diff');

    // Generate from the panel; the written file is a link, and the panel counts the workspace's problems.
    await review.locator('vscode-button:not([disabled])', { hasText: 'Generate specs' }).click();
    await review.getByRole('heading', { name: 'Generated' }).waitFor({ timeout: 30_000 });
    await review.getByText(/The workspace now has \d+ problems?\./).waitFor({ timeout: 30_000 });
    assert.ok(readFileSync(join(wb.workspace, 'specs/api/tasks.md'), 'utf8').includes(NEW_PURPOSE), 'tasks.md was written');
    // Reviewed again after Generate: the files on disk now match the draft.
    await review.getByText('The specs on disk already match the draft.').waitFor({ timeout: 30_000 });
    await wb.screenshot('review-panel-generated');
    await review.getByRole('link', { name: 'Open the Problems panel' }).click();
    await wb.page.locator('.part.panel .composite.title', { hasText: /problems/i }).first().waitFor({ timeout: 30_000 });
    await review.getByRole('link', { name: 'specs/api/tasks.md', exact: true }).click();
    const active = wb.page.locator('.part.editor .tab.active', { hasText: /^tasks\.md/ });
    await active.waitFor({ timeout: 30_000 });
    await wb.page.locator('.part.editor .monaco-editor:not(.monaco-diff-editor .monaco-editor) .view-lines', { hasText: NEW_PURPOSE }).first().waitFor({ timeout: 15_000 });
  });
});
