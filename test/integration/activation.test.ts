// The extension activates in a real extension host, registers what it
// contributes, reveals the API Designer, opens the Review panel, and initializes specs from the
// templates it carries (at the package level: the ones in the .vsix).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activatedExtension, contributedCommands } from './support/extension';
import { waitUntil } from './support/waitUntil';
import { freshSpecsRoot, initializeAt, removeSpecsRoot, STARTER_TEMPLATES } from './support/initialize';
import { readWorkspaceFile, workspaceFile, writeWorkspaceFile } from './support/workspace';

describe('activation', () => {
  it('activates the extension', async () => {
    const extension = await activatedExtension();
    assert.equal(extension.isActive, true);
  });

  it('registers every command contributed in package.json', async () => {
    const extension = await activatedExtension();
    const contributed = contributedCommands(extension).map((c) => c.command);
    assert.ok(contributed.length >= 6, `package.json contributes ${contributed.length} commands`);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((id) => !registered.has(id)), []);
  });

  it('Design API runs and reveals the API Designer view', async () => {
    await activatedExtension();
    await vscode.commands.executeCommand('specArchitect.designApi');
    // The view's focus command exists only for a registered, contributed view.
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(registered.has('specArchitect.apiDesigner.focus'), 'the API Designer view is not contributed');
  });

  it('Review API Draft opens the Review panel as a tab of the editor area', async () => {
    await activatedExtension();
    await vscode.commands.executeCommand('specArchitect.reviewApi');
    // The workbench adds the panel's tab after the command returns.
    const panel = await waitUntil('an API Review tab in the editor area', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('specArchitect.review')),
    );
    assert.equal(panel.label, 'API Review');
    await vscode.window.tabGroups.close(panel);
  });

  it('Initialize Specs creates the starter specs under the specs root, keeps an existing file byte for byte and opens the API overview', async () => {
    const extension = await activatedExtension();
    const root = freshSpecsRoot('initialized');
    const mine = '# My models\r\n\r\nKept exactly as written.\r\n';
    await writeWorkspaceFile(`${root}/db/models.md`, mine);
    try {
      const result = await initializeAt(root);
      const created = STARTER_TEMPLATES.filter((t) => t !== 'db/models.md').map((t) => `${root}/${t}`);
      assert.deepEqual(result, { initialized: true, specsRoot: root, created, skipped: [`${root}/db/models.md`], refused: [] });
      for (const t of STARTER_TEMPLATES.filter((x) => x !== 'db/models.md')) {
        // The template the installed extension carries, copied byte for byte.
        assert.equal(await readWorkspaceFile(`${root}/${t}`), readFileSync(join(extension.extensionPath, 'specs-templates', ...t.split('/')), 'utf8'), t);
      }
      assert.equal(await readWorkspaceFile(`${root}/db/models.md`), mine);
      assert.equal(vscode.window.activeTextEditor?.document.uri.path, workspaceFile(`${root}/api/README.md`).path);
    } finally {
      await removeSpecsRoot(root);
    }
  });
});
