// The extension in an untrusted workspace (restricted mode), in a real VS Code
// host started with workspace trust on: it still reads and checks, and every
// command or quick fix that would write a file refuses, saying to trust the
// workspace, with the workspace's files byte for byte as they were.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as vscode from 'vscode';
import { activatedExtension } from '../support/extension';
import { waitForDiagnostics, workspaceUri, writeWorkspaceFile } from '../support/workspace';

/** Every file of the workspace folder with its bytes, by POSIX relative path. */
function snapshot(): Map<string, string> {
  const root = workspaceUri().fsPath;
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(root, path).split('\\').join('/'), readFileSync(path, 'latin1'));
    }
  };
  walk(root);
  return files;
}

function assertUnchanged(before: Map<string, string>, what: string): void {
  const after = snapshot();
  const added = [...after.keys()].filter((p) => !before.has(p));
  const removed = [...before.keys()].filter((p) => !after.has(p));
  const changed = [...before.keys()].filter((p) => after.has(p) && after.get(p) !== before.get(p));
  assert.deepEqual({ added, removed, changed }, { added: [], removed: [], changed: [] }, `${what} changed the workspace`);
}

// A token to a missing starter file (its quick fix would create it) and a route without auth (its lint fixes edit the spec).
const NOTES = 'Auth rules: @specs/auth/jwt-rules.md\n';
const SPEC = ['# Notes API', '', '## GET /api/untrusted-notes', '', 'List the notes.', '', '- **Response 200:** `NoteList`', ''].join('\n');

describe('In an untrusted workspace', function () {
  this.timeout(60_000);
  let notes: vscode.Uri;
  let spec: vscode.Uri;

  before(async () => {
    await activatedExtension();
    notes = await writeWorkspaceFile('untrusted-notes.md', NOTES);
    spec = await writeWorkspaceFile('specs/api/untrusted-notes.md', SPEC);
  });

  it('the workspace is not trusted (restricted mode)', () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the harness opens this suite in a workspace nobody trusted');
  });

  it('still checks references and lints the API specs', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notes));
    const refs = await waitForDiagnostics(notes, (d) => d.some((x) => x.code === 'ref.no-such-file'), 20_000);
    assert.match(refs.find((x) => x.code === 'ref.no-such-file')?.message ?? '', /@specs\/auth\/jwt-rules\.md/);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(spec));
    await waitForDiagnostics(spec, (d) => d.some((x) => x.code === 'auth.missing'), 20_000);
  });

  it('offers no quick fix that creates a file, and no lint quick fix', async () => {
    const ref = vscode.languages.getDiagnostics(notes).find((x) => x.code === 'ref.no-such-file');
    assert.ok(ref);
    const refActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', notes, ref.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(refActions.filter((a) => /^Create .* from template$/.test(a.title)).map((a) => a.title), []);
    const lint = vscode.languages.getDiagnostics(spec).find((x) => x.code === 'auth.missing');
    assert.ok(lint);
    const lintActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', spec, lint.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(lintActions.map((a) => a.title), []);
  });

  it('Validate Specs runs and counts what it found', async () => {
    const counts = await vscode.commands.executeCommand<{ references: { errors: number }; apiLint: { errors: number } }>('specArchitect.validateSpecs');
    assert.ok(counts, 'Validate Specs returned no counts');
    assert.ok(counts.references.errors >= 1, JSON.stringify(counts));
    assert.ok(counts.apiLint.errors >= 1, JSON.stringify(counts));
  });

  it('Initialize Specs refuses and writes nothing', async () => {
    const before = snapshot();
    const result = await vscode.commands.executeCommand('specArchitect.initializeSpecs');
    assert.deepEqual(result, { initialized: false, reason: 'untrusted' });
    assertUnchanged(before, 'Initialize Specs');
  });

  it('Export OpenAPI refuses and writes nothing', async () => {
    const before = snapshot();
    const result = await vscode.commands.executeCommand('specArchitect.exportOpenApi', { target: 'specs/api/openapi.json' });
    assert.deepEqual(result, { written: false, reason: 'untrusted' });
    assertUnchanged(before, 'Export OpenAPI');
  });

  it('Generate API Specs refuses, saying to trust the workspace, and writes nothing', async () => {
    const before = snapshot();
    const result = await vscode.commands.executeCommand<{ refused?: string }>('specArchitect.generateSpecs');
    assert.match(result?.refused ?? JSON.stringify(result), /only runs in a trusted workspace\. Trust this workspace first\./);
    assertUnchanged(before, 'Generate API Specs');
  });
});
