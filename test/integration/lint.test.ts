// The API lint in a real VS Code: a spec with a route that states no auth gets
// an auth.missing diagnostic, and its quick fix (through
// vscode.executeCodeActionProvider) makes the diagnostic go away.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { waitUntil } from './support/waitUntil';

const SPEC = [
  '# Notes API',
  '',
  'Errors use FastAPI\'s `{"detail": "<message>"}` body.',
  '',
  '## GET /api/health-notes',
  '',
  'Say whether the notes service is up.',
  '',
  '- **Response 200:** `HealthNote`',
  '',
].join('\n');

describe('API lint in VS Code', function () {
  this.timeout(60_000);
  let uri: vscode.Uri;

  before(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test runs with a workspace folder open');
    uri = vscode.Uri.joinPath(folder.uri, 'specs', 'api', `lint-integration-${process.pid}.md`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(SPEC));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri, { useTrash: false });
  });

  it('shows auth.missing on a route without auth and fixes it with the quick fix', async () => {
    const diagnostic = await waitUntil('the auth.missing diagnostic', () =>
      vscode.languages.getDiagnostics(uri).find((d) => d.code === 'auth.missing'));
    assert.equal(diagnostic.range.start.line, 4);
    assert.equal(diagnostic.source, 'spec-architect');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const jwt = actions.find((a) => a.title === 'Add "Auth: JWT required"');
    assert.ok(jwt?.edit, `a JWT quick fix is offered (got: ${actions.map((a) => a.title).join(', ')})`);
    assert.ok(await vscode.workspace.applyEdit(jwt.edit));

    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    // The example workspace's errors catalog already lists 401 for every route, so only the auth line is added.
    assert.match(text, /Say whether the notes service is up\.\n\n- \*\*Auth:\*\* JWT required\n- \*\*Response 200:\*\* `HealthNote`\n$/);
    await waitUntil('the diagnostic to go away', () =>
      vscode.languages.getDiagnostics(uri).some((d) => d.code === 'auth.missing' || d.code === 'errors.401-missing') ? undefined : true);
  });
});
