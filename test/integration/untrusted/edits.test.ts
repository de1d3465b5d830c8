// The editor features that would change files do not in an untrusted folder:
// no quick fix is offered (VS Code saves what a fix edits), a heading rename
// refuses with its reason (VS Code's own markdown rename of the heading
// text stays), and a spec file renamed in the explorer keeps the
// tokens pointing at it as they were, with a warning (they then show as broken).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { assertAsksForTrust, assertUnchanged, recordMessages, snapshotWorkspace, useUntrustedFolder } from '../support/untrusted';
import { waitUntil } from '../support/waitUntil';
import { openFixture, waitForDiagnostics, workspaceFile, writeWorkspaceFile } from '../support/workspace';

/** The quick fixes offered at `offset` of `doc`; asked again while a request on a just-opened editor is answered "Canceled". */
async function quickFixesAt(doc: vscode.TextDocument, offset: number): Promise<string[]> {
  const at = doc.positionAt(offset);
  return waitUntil(`quick fixes at ${offset} of ${doc.uri.path} (not "Canceled")`, async () => {
    try {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at), vscode.CodeActionKind.QuickFix.value);
      return actions.map((a) => a.title);
    } catch (error) {
      if (/Canceled/.test(String(error))) return undefined;
      throw error;
    }
  }, 10_000);
}

describe('untrusted workspace: edits are not offered or refuse', function () {
  this.timeout(60_000);

  useUntrustedFolder();

  it('offers no quick fix for broken references (neither "Change to" nor "Create from template") or for lint findings', async () => {
    // Trusted, these get "Change to @specs/db/models.md", "Create specs/auth/session.md from template" and "Add "Auth: JWT required"".
    const notes = await writeWorkspaceFile('untrusted-fixes.md', 'See @specs/db/model.md and @specs/auth/session.md\n');
    const spec = await writeWorkspaceFile('specs/api/untrusted-fixes.md', '# Notes API\n\n## GET /api/health-notes\n\nSay whether the notes service is up.\n\n- **Response 200:** `HealthNote`\n');
    try {
      const doc = await openFixture('untrusted-fixes.md');
      await waitForDiagnostics(notes, (d) => d.filter((x) => x.code === 'ref.no-such-file').length === 2);
      const before = snapshotWorkspace();
      for (const token of ['@specs/db/model.md', '@specs/auth/session.md']) {
        assert.deepEqual(await quickFixesAt(doc, doc.getText().indexOf(token) + 2), [], `quick fixes offered on ${token}`);
      }
      const lint = await waitForDiagnostics(spec, (d) => d.some((x) => x.code === 'auth.missing'), 20_000);
      const specDoc = await openFixture('specs/api/untrusted-fixes.md');
      const finding = lint.find((d) => d.code === 'auth.missing');
      assert.ok(finding);
      assert.deepEqual(await quickFixesAt(specDoc, specDoc.offsetAt(finding.range.start)), [], 'quick fixes offered on auth.missing');
      assertUnchanged(before, 'asking for quick fixes');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of [notes, spec]) await vscode.workspace.fs.delete(uri, { useTrash: false });
    }
  });

  it('renaming a heading through a token refuses and says to trust the workspace; on the heading, no token is rewritten', async () => {
    const before = snapshotWorkspace();
    const rename = async (file: string, needle: string, inside: number): Promise<vscode.WorkspaceEdit> => {
      const doc = await openFixture(file);
      const at = doc.positionAt(doc.getText().indexOf(needle) + inside);
      return vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at, 'Todo');
    };
    // On a token's anchor only this extension offers a rename: its refusal is the answer.
    await assert.rejects(Promise.resolve(rename('CLAUDE.md', '@specs/db/models.md#task', 22)), (error: Error) => {
      assert.match(error.message, /Renaming a heading .* only in a trusted workspace\. Trust this workspace/);
      return true;
    });
    // On the heading VS Code's own markdown rename may answer instead (the heading and markdown links); the tokens in other files stay.
    const onHeading = await rename('specs/db/models.md', '## Task', 4).then(
      (edit) => (edit?.entries() ?? []).map(([uri]) => vscode.workspace.asRelativePath(uri, false)),
      (error: Error) => (assert.match(error.message, /Trust this workspace/), []),
    );
    assert.deepEqual(onHeading.filter((f) => f !== 'specs/db/models.md'), [], 'a heading rename rewrote other files');
    assertUnchanged(before, 'renaming a heading');
  });

  it('renaming a spec file leaves the tokens pointing at it, warns, and they show as broken', async () => {
    const before = snapshotWorkspace();
    const rename = async (from: string, to: string): Promise<boolean> => {
      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(workspaceFile(from), workspaceFile(to));
      return vscode.workspace.applyEdit(edit);
    };
    try {
      // As the explorer does it: the rename runs the extension's onWillRenameFiles participant.
      const { result, shown } = await recordMessages(() => rename('specs/auth/jwt.md', 'specs/auth/token.md'));
      assert.equal(result, true, 'the rename itself is the user\'s and happens');
      assertUnchanged(before, 'renaming specs/auth/jwt.md', { 'specs/auth/jwt.md': 'specs/auth/token.md' });
      assert.match(assertAsksForTrust(shown, 'renaming specs/auth/jwt.md'), /specs\/auth\/jwt\.md were not updated/);
      const broken = await waitForDiagnostics(workspaceFile('specs/api/README.md'), (d) => d.some((x) => x.code === 'ref.no-such-file'));
      assert.match(broken.find((d) => d.code === 'ref.no-such-file')?.message ?? '', /@specs\/auth\/jwt\.md/);
    } finally {
      await recordMessages(() => rename('specs/auth/token.md', 'specs/auth/jwt.md'));
    }
    assertUnchanged(before, 'renaming specs/auth/jwt.md and back');
  });
});
