// Setting the designer up for a browser test of the Review panel: the
// example's specs imported afresh, one task route's purpose changed (so
// tasks.md has a change to review), and the side bar's Review step open.
import type { Workbench } from './workbench';

export const CHANGED_PURPOSE = 'List the tasks the caller may see.';

export async function importExampleAndChangeTasks(wb: Workbench): Promise<void> {
  const frame = wb.designerFrame();
  const step = (name: string) => frame.getByRole('button', { name, exact: true }).first().click();
  await wb.runCommand('Spec Architect: Design API');
  await frame.locator('#app:not([aria-busy])').waitFor({ timeout: 60_000 });
  await step('Start');
  await frame.getByRole('button', { name: 'Discard draft' }).click();
  await frame.getByRole('button', { name: 'Import specs/api' }).click();
  await frame.getByText(/Imported \d+ file/).waitFor({ timeout: 30_000 });
  await step('Resources & Routes');
  const tasks = frame.locator('fieldset.resource', { hasText: 'Resource tasks' });
  await tasks.locator('fieldset.route').first().getByRole('textbox', { name: 'Purpose', exact: true }).fill(CHANGED_PURPOSE);
  await step('Review');
  await frame.getByText('specs/api/tasks.md (changed)').waitFor({ timeout: 30_000 });
}
