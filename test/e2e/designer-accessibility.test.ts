// The API Designer for keyboard and screen-reader users, in a real browser:
// every control on every step has an accessible name (read from Chromium's own
// accessibility tree), and one path through the wizard (a resource, a route, a
// schema, the review's summary and its question) works with the keyboard alone, with a
// focus indicator in the theme's focus colour on every control focus reaches.
import * as assert from 'node:assert/strict';
import { useWorkbench } from './support/hooks';
import { designerDocument, unnamedControls } from './support/accessibility';
import { keyboardDriver } from './support/keyboard';

// What each step must offer, so the name check cannot pass on an empty page.
// `names`: controls of the access rules (the example shares its tasks) that must be in the tree by name.
const STEPS: Array<{ title: string; roles: string[]; names?: string[] }> = [
  { title: 'Start', roles: ['button'] },
  { title: 'Resources & Routes', roles: ['textbox', 'combobox', 'checkbox', 'button'] },
  { title: 'Schemas', roles: ['textbox', 'combobox', 'checkbox', 'button'] },
  { title: 'Auth', roles: ['textbox', 'combobox', 'checkbox'], names: ['Some routes are limited to a role', 'Share tasks with other users', 'Grant column naming the grantee', 'Levels, least to most, separated by commas', 'Reached through the parent', 'Who may call it'] },
  { title: 'Errors', roles: ['combobox', 'checkbox', 'button'] },
  // The coverage table and the diffs are in the Review panel (review-panel-accessibility.test.ts); the side bar sums them up.
  { title: 'Review', roles: ['button'], names: ['Open Review', 'Refresh review', '403 Forbidden', '404 Not Found'] },
  { title: 'Generate', roles: ['button'] },
];

describe('API Designer accessibility in the browser', function () {
  this.timeout(240_000);
  const workbench = useWorkbench();
  const page = () => workbench().page;
  const frame = () => workbench().designerFrame();
  const keys = () => keyboardDriver(page(), () => designerDocument(page()));

  /** Design API from the palette, by keyboard: F1, the title, Enter. */
  async function openDesignerByKeyboard(): Promise<void> {
    await page().keyboard.press('F1');
    await page().locator('.quick-input-widget input').waitFor();
    await page().keyboard.type('Spec Architect: Design API');
    await page().locator('.quick-input-widget .monaco-list-row', { hasText: 'Spec Architect: Design API' }).first().waitFor();
    await page().keyboard.press('Enter');
    await frame().getByRole('heading', { name: 'API Designer' }).waitFor({ timeout: 60_000 });
  }

  async function expectNamed(step: string, roles: string[], names: string[] = []): Promise<void> {
    const { checked, unnamed } = await unnamedControls(page(), await designerDocument(page()));
    assert.deepEqual(unnamed, [], `controls without an accessible name on ${step}`);
    const present = new Set(checked.map((c) => c.role));
    for (const role of roles) assert.ok(present.has(role), `${step} shows a ${role} (found: ${[...present].join(', ')})`);
    const named = new Set(checked.map((c) => c.name.trim()));
    for (const name of names) assert.ok(named.has(name), `${step} has a control named "${name}"`);
  }

  it('gives every control on every step an accessible name', async () => {
    const k = keys();
    await openDesignerByKeyboard();
    await k.moveTo('button', 'Import specs/api');
    await k.press('Enter');
    await frame().getByText(/Imported \d+ file/).waitFor({ timeout: 30_000 });
    // Import opens Resources & Routes; the step's heading takes the focus.
    await k.expectFocus('heading', 'Resources & Routes');
    await k.moveTo('button', 'Resources & Routes', 'Shift+Tab');
    await k.press('Home');
    for (const step of STEPS) {
      await k.moveTo('button', step.title, 'ArrowRight', STEPS.length);
      await k.press('Enter');
      await frame().getByRole('heading', { name: step.title, exact: true, level: 3 }).waitFor();
      if (step.title === 'Review') await frame().locator('p.summary').waitFor({ timeout: 30_000 });
      await expectNamed(step.title, step.roles, step.names);
      await workbench().screenshot(`designer-a11y-${step.title.replace(/\W+/g, '-').toLowerCase()}`);
    }
  });

  it('walks from a new draft to an answered review with the keyboard alone, focus visible all the way', async () => {
    const k = keys();
    // To the step navigation's one tab stop, then Home: Start.
    await openDesignerByKeyboard();
    await k.moveTo('button', new RegExp(`^(${STEPS.map((s) => s.title).join('|')})$`));
    await k.press('Home');
    await k.expectFocus('button', 'Start');
    await k.press('Enter');
    await k.moveTo('button', 'Discard draft');
    await k.press('Space');
    await frame().getByText('The draft was discarded.').waitFor({ timeout: 30_000 });
    await k.expectFocus('button', 'Discard draft');

    await k.moveTo('button', 'Next: Resources & Routes');
    await k.press('Enter');
    await k.expectFocus('heading', 'Resources & Routes');
    await k.moveTo('button', 'Add resource');
    await k.press('Enter');
    await k.expectFocus('textbox', 'Name (plural, lower case)');
    await k.type('projects');
    await k.press('Tab');
    await k.expectFocus('textbox', 'Title');
    await k.type('Projects');
    await k.moveTo('button', 'Add route');
    await k.press('Enter');
    await k.expectFocus('combobox', 'Method');
    await k.press('Tab');
    await k.expectFocus('textbox', 'Path');
    await k.press('End');
    await k.type('/{project_id}');
    await frame().getByText('Parameters: project_id (path, integer)').waitFor();
    await k.press('Tab');
    await k.expectFocus('textbox', 'Purpose');
    await k.type('Read one project.');
    await k.moveTo('textbox', 'Success response schema (optional)');
    await k.type('ProjectRead');
    await workbench().screenshot('designer-keyboard-resources');

    await k.moveTo('button', 'Next: Schemas');
    await k.press('Enter');
    await k.expectFocus('heading', 'Schemas');
    await k.moveTo('button', 'Add schema');
    await k.press('Enter');
    await k.expectFocus('textbox', 'Schema name');
    await k.type('ProjectRead');
    await k.moveTo('button', 'Add field');
    await k.press('Enter');
    await k.expectFocus('textbox', 'Field name');
    await k.type('id');
    await k.press('Tab');
    await k.expectFocus('textbox', 'Type');
    // Replace the proposed "string" (Ctrl+A would go through the workbench's keybindings, which answer it later).
    await k.press('End');
    for (let i = 0; i < 'string'.length; i++) await k.press('Backspace');
    await k.type('integer');
    await k.press('Tab');
    await k.expectFocus('checkbox', 'Required');

    // Auth and Errors: Tab through every control to the Next button.
    for (const [next, heading] of [['Next: Auth', 'Auth'], ['Next: Errors', 'Errors'], ['Next: Review', 'Review']] as const) {
      await k.moveTo('button', next, 'Tab', 60);
      await k.press('Enter');
      await k.expectFocus('heading', heading);
    }
    await frame().getByText(/^1 route, /).waitFor({ timeout: 30_000 });
    // Past Open Review and Refresh review to the question's answer.
    await k.moveTo('button', 'Open Review');
    await k.moveTo('button', '404 Not Found');
    await workbench().screenshot('designer-keyboard-review');
    await k.press('Enter');
    await frame().getByText(/another user's project/).waitFor({ state: 'detached', timeout: 30_000 });
    // The answered question is gone; focus goes to the step's heading, not to the page.
    await k.expectFocus('heading', 'Review');
  });
});
