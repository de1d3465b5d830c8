// The Review panel for keyboard and screen-reader users, in a real browser:
// every control and column header has a name in Chromium's accessibility
// tree, and the panel is used with the keyboard alone (open it, filter the
// table, scroll it, answer a question, open a diff), focus visible in the
// theme's focus colour at every stop.
import * as assert from 'node:assert/strict';
import { useWorkbench } from './support/hooks';
import { unnamedControls } from './support/accessibility';
import { keyboardDriver } from './support/keyboard';
import { importExampleAndChangeTasks } from './support/designerSetup';
import { reviewDocument, sideBarDocument } from './support/reviewPanel';

describe('API Review panel accessibility in the browser', function () {
  this.timeout(240_000);
  const workbench = useWorkbench();
  const page = () => workbench().page;

  it('names every control and column header of the panel', async () => {
    const wb = workbench();
    await importExampleAndChangeTasks(wb);
    // From the command palette this time.
    await wb.runCommand('Spec Architect: Review API Draft');
    const review = await reviewDocument(page());
    await review.locator('table.coverage tbody th.route').first().waitFor({ timeout: 30_000 });
    const { checked, unnamed } = await unnamedControls(page(), review);
    assert.deepEqual(unnamed, [], 'controls without an accessible name in the Review panel');
    const roles = new Set(checked.map((c) => c.role));
    for (const role of ['button', 'checkbox', 'columnheader', 'region']) assert.ok(roles.has(role), `the panel shows a ${role} (found: ${[...roles].join(', ')})`);
    const names = new Set(checked.map((c) => c.name));
    for (const name of ['Refresh review', 'Generate specs', 'Show only routes with gaps', 'Coverage table', 'Route', 'Access', 'Owner', 'Other user', 'Anonymous', '401', 'Open diff of specs/api/tasks.md']) assert.ok(names.has(name), `a control named "${name}"`);
    // Each check cell says in words what its icon shows.
    const spoken = await review.locator('table.coverage td.check .sr-only').allTextContents();
    assert.ok(spoken.some((t) => t.trim() === 'listed') && spoken.some((t) => t.trim() === 'not listed'), `cells have words for screen readers (${[...new Set(spoken)].join(', ')})`);
    await wb.screenshot('review-panel-a11y');
  });

  it('opens the panel, filters and scrolls the table, answers a question and opens a diff with the keyboard alone', async () => {
    const wb = workbench();
    await importExampleAndChangeTasks(wb);
    const side = keyboardDriver(page(), () => sideBarDocument(page()));
    await wb.designerFrame().getByRole('heading', { name: 'Review', exact: true, level: 3 }).click();
    await side.moveTo('button', 'Open Review');
    await side.press('Enter');
    const review = await reviewDocument(page());
    await review.locator('table.coverage tbody th.route').first().waitFor({ timeout: 30_000 });
    const k = keyboardDriver(page(), () => reviewDocument(page()));
    await k.moveTo('button', 'Refresh review');
    await k.moveTo('checkbox', 'Show only routes with gaps');
    await k.press('Space');
    await review.getByText('No route has a gap.').waitFor({ timeout: 15_000 });
    await k.expectFocus('checkbox', 'Show only routes with gaps');
    await k.press('Space');
    await review.locator('table.coverage tbody th.route').first().waitFor();
    await k.moveTo('region', 'Coverage table');
    await k.press('ArrowRight');
    await k.expectFocus('region', 'Coverage table');
    await k.moveTo('button', '404 Not Found');
    await wb.screenshot('review-panel-keyboard');
    await k.press('Enter');
    await review.getByRole('group', { name: /A grantee tries to delete the task/ }).waitFor({ state: 'detached', timeout: 30_000 });
    // The answered question is gone; focus goes to the panel's heading, not to the page.
    await k.expectFocus('heading', 'API Review');
    await k.moveTo('button', 'Open diff of specs/api/tasks.md');
    await k.press('Enter');
    await page().locator('.part.editor .monaco-diff-editor').waitFor({ timeout: 30_000 });
  });
});
