// In an untrusted folder the extension still starts and checks: it activates
// (restricted mode keeps "limited" extensions on), reports a broken @specs/
// token, lints an API spec, answers hover and validates the whole folder. Writes are in the other files
// of this folder.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension } from '../support/extension';
import { assertUntrusted } from '../support/untrusted';
import { openFixture, waitForDiagnostics, workspaceFile, writeWorkspaceFile } from '../support/workspace';

describe('untrusted workspace: reading and checking', function () {
  this.timeout(60_000);

  it('the folder is not trusted, and the extension activates anyway', async () => {
    assertUntrusted();
    const extension = await activatedExtension();
    assert.equal(extension.isActive, true);
  });

  it('reports a broken @specs/ token with its code and a suggestion', async () => {
    const uri = await writeWorkspaceFile('untrusted-notes/broken.md', 'See @specs/db/modles.md and @specs/db/models.md#nope.\n');
    try {
      const diagnostics = await waitForDiagnostics(uri, (d) => d.length >= 2);
      assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['ref.no-such-file', 'ref.no-such-heading']);
      assert.match(diagnostics.find((d) => d.code === 'ref.no-such-file')?.message ?? '', /Did you mean @specs\/db\/models\.md\?/);
    } finally {
      await vscode.workspace.fs.delete(workspaceFile('untrusted-notes'), { recursive: true, useTrash: false });
    }
  });

  it('lints an API spec: a route without auth gets auth.missing', async () => {
    const uri = await writeWorkspaceFile('specs/api/untrusted-lint.md', '# Notes API\n\n## GET /api/health-notes\n\nSay whether the notes service is up.\n\n- **Response 200:** `HealthNote`\n');
    try {
      const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'auth.missing'), 20_000);
      assert.equal(diagnostics.find((d) => d.code === 'auth.missing')?.source, 'spec-architect');
    } finally {
      await vscode.workspace.fs.delete(uri, { useTrash: false });
    }
  });

  it('hover previews the target of a token', async () => {
    const doc = await openFixture('CLAUDE.md');
    const at = doc.positionAt(doc.getText().indexOf('@specs/db/models.md#task') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(text, /## Task/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Validate Specs runs over the whole folder and finds the example clean', async () => {
    const counts = await vscode.commands.executeCommand<{ references: { files: number; errors: number }; apiLint: { errors: number } }>('specArchitect.validateSpecs');
    assert.ok(counts, 'Validate Specs returned no counts');
    assert.ok(counts.references.files > 0, JSON.stringify(counts));
    assert.equal(counts.references.errors, 0, JSON.stringify(counts));
    assert.equal(counts.apiLint.errors, 0, JSON.stringify(counts));
  });
});
