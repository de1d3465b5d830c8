// "Add an endpoint for task sharing with specific security rules", done in a
// real browser: from the example with its sharing taken out, add sharing in
// the Auth step (levels read < edit), give the task routes their access
// rules, answer the sharing question in the Review panel, generate; the written specs
// lint clean and export to a valid OpenAPI 3.1 document.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/paths';
import { assertValidOpenApi31 } from '../unit/openapi/openapiValidator';
import { useWorkbench } from './support/hooks';
import { reviewDocument } from './support/reviewPanel';

/** The example's tasks.md as it was before sharing: owner-only routes, no sharing sentence. */
function withoutSharing(text: string): string {
  return text
    .replace(/ Shared through [^\n]*\(read < edit\)\./, '')
    .replace(/the owner or a user the task is shared with \(`(read|edit)`\)/g, 'owner only - another user\'s task answers 404')
    .replace(/- \*\*Auth:\*\* JWT required; the owner only/g, '- **Auth:** JWT required; owner only - another user\'s task answers 404');
}

describe('API Designer: task sharing in the browser', function () {
  this.timeout(300_000);
  const workbench = useWorkbench();
  const frame = () => workbench().designerFrame();
  const step = async (name: string) => frame().getByRole('button', { name, exact: true }).first().click();
  const route = (name: string) => frame().locator('fieldset.route', { has: frame().locator('legend', { hasText: new RegExp(`^${name.replace(/[{}/]/g, '\\$&')}$`) }) });
  const pick = async (box: ReturnType<typeof route>, label: string, choice: string) => {
    await box.getByRole('combobox', { name: label, exact: true }).click();
    await box.getByRole('option', { name: choice, exact: true }).click();
  };

  it('adds sharing, gives the task routes their access rules, answers the sharing question and generates specs that lint clean and export to OpenAPI 3.1', async () => {
    const wb = workbench();
    const tasksPath = join(wb.workspace, 'specs/api/tasks.md');
    writeFileSync(tasksPath, withoutSharing(readFileSync(tasksPath, 'utf8')));
    assert.doesNotMatch(wb.readWorkspaceFile('specs/api/tasks.md'), /Shared through|is shared with \(`/);

    await wb.runCommand('Spec Architect: Design API');
    await frame().locator('#app:not([aria-busy])').waitFor({ timeout: 60_000 });
    await step('Start');
    await frame().getByRole('button', { name: 'Discard draft' }).click();
    await frame().getByRole('button', { name: 'Import specs/api' }).click();
    await frame().getByText(/Imported \d+ file/).waitFor({ timeout: 30_000 });

    await step('Auth');
    await frame().getByRole('heading', { name: 'Auth', exact: true, level: 3 }).waitFor();
    const tasks = frame().locator('fieldset.resource-access', { hasText: 'Tasks: sharing and parent' });
    await tasks.getByRole('checkbox', { name: 'Share tasks with other users', exact: true }).click();
    await tasks.getByRole('textbox', { name: 'Grant model (optional)', exact: true }).fill('@specs/db/models.md#taskshare');
    assert.equal(await tasks.getByRole('textbox', { name: 'Levels, least to most, separated by commas', exact: true }).inputValue(), 'read, edit');
    await pick(route('GET /api/tasks/{task_id}'), 'Who may call it', 'The owner or a user the task is shared with (read)');
    await pick(route('PATCH /api/tasks/{task_id}'), 'Who may call it', 'The owner or a user the task is shared with (edit)');
    await pick(route('DELETE /api/tasks/{task_id}'), 'Who may call it', 'The owner only');
    await wb.screenshot('designer-sharing-auth');

    await step('Review');
    await frame().getByRole('button', { name: 'Open Review', exact: true }).click();
    // The coverage table is in the Review panel, in the editor area.
    const review = await reviewDocument(wb.page);
    const table = review.getByRole('table', { name: /Coverage per route/ });
    const patchRow = table.getByRole('row').filter({ has: review.getByRole('rowheader', { name: 'PATCH /api/tasks/{task_id}', exact: true }) });
    await patchRow.waitFor({ timeout: 30_000 });
    for (const header of ['Owner', 'Grantee read', 'Grantee edit', 'Other user', 'Anonymous']) await table.getByRole('columnheader', { name: header, exact: true }).waitFor();
    const question = review.getByRole('group', { name: /A grantee tries to delete the task: answer 403/ });
    await question.waitFor({ timeout: 30_000 });
    const shot = await wb.screenshot('designer-sharing-review');
    await question.getByRole('button', { name: '404 Not Found', exact: true }).click();
    await question.waitFor({ state: 'detached', timeout: 30_000 });
    await patchRow.getByText('owner-or-grant(edit)').waitFor();

    await step('Generate');
    await frame().getByRole('button', { name: 'Generate specs' }).click();
    await frame().getByText(/Wrote .*specs\/api\/tasks\.md/).waitFor({ timeout: 30_000 });
    if (process.env.SPEC_ARCHITECT_UPDATE_SCREENSHOT === '1') {
      mkdirSync('media/screenshots', { recursive: true });
      copyFileSync(shot, 'media/screenshots/designer-sharing.png');
    }

    const written = wb.readWorkspaceFile('specs/api/tasks.md');
    assert.match(written, /Shared through @specs\/db\/models\.md#taskshare: task_id names the task, user_id the user it is shared with, permission the level \(read < edit\)\./);
    assert.match(written, /## PATCH \/api\/tasks\/\{task_id\}[\s\S]*?- \*\*Auth:\*\* JWT required; the owner or a user the task is shared with \(`edit`\)/);
    assert.match(written, /## DELETE \/api\/tasks\/\{task_id\}[\s\S]*?- \*\*Auth:\*\* JWT required; the owner only; others answer 404/);

    const cli = (...args: string[]): string => {
      try {
        return execFileSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
      } catch (e) {
        return String((e as { stdout?: string }).stdout ?? '');
      }
    };
    const findings = JSON.parse(cli('lint', wb.workspace, '--format', 'json')) as Array<{ file: string; code: string; message: string }>;
    assert.deepEqual(findings.map((f) => `${f.file} ${f.code} ${f.message}`), [], 'the written specs lint clean');
    const doc = JSON.parse(cli('export-openapi', wb.workspace)) as { paths: Record<string, Record<string, { 'x-spec-architect-access'?: { rule: string; level?: string } }>> };
    await assertValidOpenApi31(doc, 'the export after sharing was added');
    assert.deepEqual(doc.paths['/api/tasks/{task_id}']?.patch?.['x-spec-architect-access']?.level, 'edit');
  });
});
