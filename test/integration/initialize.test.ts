// Initialize Specs in a real VS Code beyond the first run (activation.test.ts):
// a second run creates nothing and reports every file as skipped, a folder
// named by argument is used, and the references quick fix "create from
// template" fills a missing starter file with its template.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activatedExtension } from './support/extension';
import { freshSpecsRoot, initializeAt, removeSpecsRoot, STARTER_TEMPLATES, withSpecsRoot, type InitializeResult } from './support/initialize';
import { readWorkspaceFile, waitForDiagnostics, workspaceFile, writeWorkspaceFile } from './support/workspace';
import { waitUntil } from './support/waitUntil';

describe('Initialize Specs command', function () {
  this.timeout(60_000);

  it('a second run creates nothing, changes nothing and lists every file as skipped', async () => {
    await activatedExtension();
    const root = freshSpecsRoot('twice');
    try {
      const first = await initializeAt(root);
      assert.equal(first.created?.length, STARTER_TEMPLATES.length);
      await writeWorkspaceFile(`${root}/api/README.md`, '# Edited by hand\n');
      const second = await initializeAt(root);
      assert.deepEqual(second, { initialized: true, specsRoot: root, created: [], skipped: STARTER_TEMPLATES.map((t) => `${root}/${t}`), refused: [] });
      assert.equal(await readWorkspaceFile(`${root}/api/README.md`), '# Edited by hand\n');
    } finally {
      await removeSpecsRoot(root);
    }
  });

  it('uses the workspace folder named in its arguments, and none other', async () => {
    const root = freshSpecsRoot('named');
    try {
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder);
      const result = await withSpecsRoot(root, () => vscode.commands.executeCommand<InitializeResult>('specArchitect.initializeSpecs', { folder: folder.name }));
      assert.equal(result.created?.length, STARTER_TEMPLATES.length);
      const missing = await withSpecsRoot(root, () => vscode.commands.executeCommand<InitializeResult>('specArchitect.initializeSpecs', { folder: 'no-such-folder' }));
      await vscode.commands.executeCommand('notifications.clearAll');
      assert.deepEqual(missing, { initialized: false, reason: 'cancelled' });
    } finally {
      await removeSpecsRoot(root);
    }
  });

  it('the quick fix for a missing @specs/auth/jwt.md creates it from the starter template; another missing file gets a title', async () => {
    const extension = await activatedExtension();
    const root = freshSpecsRoot('quickfix');
    const notes = workspaceFile(`${root.split('/')[0]}-notes.md`);
    try {
      await withSpecsRoot(root, async () => {
        const text = 'See @specs/features/search.md and @specs/auth/jwt.md\n';
        await vscode.workspace.fs.writeFile(notes, new TextEncoder().encode(text));
        const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notes));
        await waitForDiagnostics(notes, (d) => d.filter((x) => x.code === 'ref.no-such-file').length === 2);
        // In an empty specs root, "create from template" is the only quick fix of each token. It is applied
        // the way a user applies it (the edit's file contents do not survive a round trip through
        // vscode.executeCodeActionProvider).
        for (const [token, target, expected] of [
          ['@specs/features/search.md', `${root}/features/search.md`, '# Search\n\n'],
          ['@specs/auth/jwt.md', `${root}/auth/jwt.md`, readFileSync(join(extension.extensionPath, 'specs-templates', 'auth', 'jwt.md'), 'utf8')],
        ] as const) {
          const at = new vscode.Position(0, text.indexOf(token) + 2);
          editor.selection = new vscode.Selection(at, at);
          const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', notes, new vscode.Range(at, at), vscode.CodeActionKind.QuickFix.value);
          assert.deepEqual(actions.map((a) => a.title), [`Create ${target} from template`]);
          await vscode.commands.executeCommand('editor.action.codeAction', { kind: vscode.CodeActionKind.QuickFix.value, apply: 'first' });
          assert.equal(await waitUntil(`${target} to be written by the quick fix`, () => readWorkspaceFile(target), 10_000), expected);
        }
      });
    } finally {
      await removeSpecsRoot(root, notes);
    }
  });
});
