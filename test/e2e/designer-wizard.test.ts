// The API Designer end to end in a real browser: from the palette, through the
// webview's controls, to the markdown written in the workspace; and the draft
// surviving a window reload.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/paths';
import { useWorkbench } from './support/hooks';

describe('API Designer wizard in the browser', function () {
  this.timeout(240_000);
  const workbench = useWorkbench();
  const frame = () => workbench().designerFrame();
  const step = async (name: string) => frame().getByRole('button', { name, exact: true }).first().click();
  /** Opens a step only to show it: waits for its heading and saves test-results/<shot>.png. */
  const visit = async (name: string, shot: string) => {
    await step(name);
    await frame().getByRole('heading', { name, exact: true, level: 3 }).waitFor();
    await workbench().screenshot(shot);
  };
  /** Opens the designer on a draft imported afresh from specs/api, so a test runs alone (MOCHA_GREP) or after any other. */
  const startFromImportedSpecs = async () => {
    await workbench().runCommand('Spec Architect: Design API');
    await frame().locator('#app:not([aria-busy])').waitFor({ timeout: 60_000 });
    await step('Start');
    await frame().getByRole('button', { name: 'Discard draft' }).click();
    await frame().getByRole('button', { name: 'Import specs/api' }).click();
    await frame().getByText(/Imported \d+ file/).waitFor({ timeout: 30_000 });
  };

  it('designs a resource with two routes and a schema, answers a review question and writes specs/api/projects.md', async () => {
    const wb = workbench();
    await wb.runCommand('Spec Architect: Design API');
    await frame().getByRole('heading', { name: 'API Designer' }).waitFor({ timeout: 60_000 });
    await frame().getByRole('button', { name: 'Import specs/api' }).click();
    await frame().getByText(/Imported \d+ file/).waitFor({ timeout: 30_000 });
    await wb.screenshot('designer-1-start');

    await step('Resources & Routes');
    await frame().getByRole('button', { name: 'Add resource' }).click();
    const resources = frame().locator('fieldset.resource');
    const mine = resources.last();
    await mine.getByRole('textbox', { name: 'Name (plural, lower case)', exact: true }).fill('projects');
    await mine.getByRole('textbox', { name: 'Title', exact: true }).fill('Projects');
    await mine.getByRole('button', { name: 'Add route' }).click();
    await mine.getByRole('button', { name: 'Add route' }).click();
    const routes = mine.locator('fieldset.route');
    await routes.nth(0).getByRole('textbox', { name: 'Path', exact: true }).fill('/api/projects');
    await routes.nth(0).getByRole('textbox', { name: 'Purpose', exact: true }).fill("List the current user's projects.");
    await routes.nth(0).getByRole('textbox', { name: 'Success response schema (optional)', exact: true }).fill('list[ProjectRead]');
    await routes.nth(1).getByRole('textbox', { name: 'Path', exact: true }).fill('/api/projects/{project_id}');
    await routes.nth(1).getByRole('textbox', { name: 'Purpose', exact: true }).fill('Read one project.');
    await routes.nth(1).getByRole('textbox', { name: 'Success response schema (optional)', exact: true }).fill('ProjectRead');
    await routes.nth(1).getByText('Parameters: project_id (path, integer)').waitFor();
    await wb.screenshot('designer-2-resources');

    await step('Schemas');
    await frame().getByRole('button', { name: 'Add schema' }).click();
    const schema = frame().locator('fieldset.schema').last();
    await schema.getByRole('textbox', { name: 'Schema name', exact: true }).fill('ProjectRead');
    await schema.getByRole('button', { name: 'Add field' }).click();
    await schema.getByRole('textbox', { name: 'Field name', exact: true }).last().fill('id');
    await schema.getByRole('textbox', { name: 'Type', exact: true }).last().fill('integer');
    await schema.getByRole('button', { name: 'Add field' }).click();
    await schema.getByRole('textbox', { name: 'Field name', exact: true }).last().fill('name');
    await wb.screenshot('designer-3-schemas');
    await visit('Auth', 'designer-4-auth');
    await visit('Errors', 'designer-5-errors');

    await step('Review');
    const question = frame().getByText(/another user's project: answer 404/);
    await question.waitFor({ timeout: 30_000 });
    const review = await wb.screenshot('designer-6-review');
    // Scoped to its question: the example's sharing asks 403 or 404 for a grantee's delete too.
    await frame().getByRole('group', { name: /another user's project: answer 404/ }).getByRole('button', { name: '404 Not Found' }).click();
    await question.waitFor({ state: 'detached', timeout: 30_000 });
    const add422 = frame().getByRole('button', { name: 'Add 422' });
    // The draft's POST takes a body and lists no 422: Review offers to add it.
    assert.ok((await add422.count()) > 0, 'Review offers "Add 422" for the POST route without 422');
    await add422.first().click();

    await step('Generate');
    await frame().getByRole('button', { name: 'Generate specs' }).click();
    await frame().getByText(/Wrote .*specs\/api\/projects\.md/).waitFor({ timeout: 30_000 });
    await wb.screenshot('designer-7-generate');
    // The README's screenshot is refreshed only when asked, so a test run never changes a tracked file.
    if (process.env.SPEC_ARCHITECT_UPDATE_SCREENSHOT === '1') {
      mkdirSync('media/screenshots', { recursive: true });
      copyFileSync(review, 'media/screenshots/designer.png');
    }

    const text = wb.readWorkspaceFile('specs/api/projects.md');
    assert.match(text, /GET \/api\/projects\/\{project_id\}/);
    assert.match(text, /ProjectRead/);
    assert.match(text, /404/);
    assert.match(wb.readWorkspaceFile('specs/api/tasks.md'), /tasks/i);

    // The reference check and the API lint on the workspace report nothing in the written file.
    let out = '';
    try {
      out = execFileSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'lint', wb.workspace, '--format', 'json'], { encoding: 'utf8' });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? '');
    }
    const findings = (JSON.parse(out) as { findings?: Array<{ file: string; code: string }> }).findings ?? (JSON.parse(out) as Array<{ file: string; code: string }>);
    assert.deepEqual(findings.filter((f) => f.file.endsWith('specs/api/projects.md')).map((f) => f.code), []);
  });

  it('changes one imported hand-written route and keeps every other byte of the file', async () => {
    const wb = workbench();
    const before = wb.readWorkspaceFile('specs/api/users.md');
    await step('Start');
    await frame().getByRole('button', { name: 'Discard draft' }).click();
    await frame().getByRole('button', { name: 'Import specs/api' }).click();
    await frame().getByText(/Imported \d+ file/).waitFor({ timeout: 30_000 });
    await step('Resources & Routes');
    const users = frame().locator('fieldset.resource', { hasText: 'Resource users' });
    const purpose = users.locator('fieldset.route').first().getByRole('textbox', { name: 'Purpose', exact: true });
    const old = await purpose.inputValue();
    await purpose.fill('Read the signed-in user.');
    await step('Review');
    await frame().getByText('specs/api/users.md (changed)').waitFor({ timeout: 30_000 });
    await step('Generate');
    await frame().getByRole('button', { name: 'Generate specs' }).click();
    await frame().getByText(/Wrote .*specs\/api\/users\.md/).waitFor({ timeout: 30_000 });
    const after = wb.readWorkspaceFile('specs/api/users.md');
    const at = before.indexOf(old);
    assert.ok(at >= 0, 'the old purpose is in the file as written');
    assert.equal(after, before.slice(0, at) + 'Read the signed-in user.' + before.slice(at + old.length));
  });

  it('keeps the draft when the window is reloaded', async () => {
    const wb = workbench();
    await startFromImportedSpecs();
    // An edit that is only in the draft, not on disk.
    await step('Resources & Routes');
    const titles = frame().getByRole('textbox', { name: 'Title', exact: true });
    assert.ok((await titles.count()) > 0, 'the imported draft has a resource with a Title field');
    await titles.first().fill('Draft only title');
    // The host answers Review's preview after it has stored the draft edited before it (one ordered channel):
    // the changed file in the preview is the sign that the draft was saved.
    await step('Review');
    await frame().getByText(/\(changed\)/).first().waitFor({ timeout: 30_000 });
    await wb.page.reload();
    await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The command, not the activity-bar item: the workbench may restore the view open, and clicking its item would close it.
    await wb.runCommand('Spec Architect: Design API');
    // The page is busy until the host's state arrives: the draft shown after that is the host's, not a copy the webview kept.
    await frame().locator('#app:not([aria-busy])').waitFor({ timeout: 60_000 });
    await step('Resources & Routes');
    const after = frame().getByRole('textbox', { name: 'Title', exact: true });
    assert.ok((await after.count()) > 0, 'the draft after the reload has a resource with a Title field');
    assert.equal(await after.first().inputValue(), 'Draft only title', 'the draft after the reload');
    await wb.screenshot('designer-8-after-reload');
  });

  it('asks before deleting the file of a resource removed from the draft: Cancel writes nothing, Delete and Generate deletes it', async () => {
    const wb = workbench();
    await startFromImportedSpecs();
    await step('Resources & Routes');
    await frame().locator('fieldset.resource', { hasText: 'Resource users' }).getByRole('button', { name: 'Delete resource' }).click();
    await step('Review');
    await frame().getByText('specs/api/users.md (deleted)').waitFor({ timeout: 30_000 });
    await step('Generate');

    // The workbench's modal dialog, outside the webview.
    const dialog = wb.page.getByRole('dialog').filter({ hasText: 'Generate will delete a spec file' });
    await frame().getByRole('button', { name: 'Generate specs' }).click();
    await dialog.waitFor({ timeout: 30_000 });
    assert.match(await dialog.innerText(), /specs\/api\/users\.md/);
    await wb.screenshot('designer-9-confirm-delete');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await frame().getByText(/Nothing was written: Generate would delete specs\/api\/users\.md/).waitFor({ timeout: 30_000 });
    assert.match(wb.readWorkspaceFile('specs/api/users.md'), /\/api\/users\/me/);

    await frame().getByRole('button', { name: 'Generate specs' }).click();
    await dialog.getByRole('button', { name: 'Delete and Generate' }).click();
    await frame().getByText(/Deleted specs\/api\/users\.md/).waitFor({ timeout: 30_000 });
    assert.throws(() => wb.readWorkspaceFile('specs/api/users.md'), /ENOENT/);
    assert.doesNotMatch(wb.readWorkspaceFile('specs/api/README.md'), /\/api\/users\/me/);
  });
});
