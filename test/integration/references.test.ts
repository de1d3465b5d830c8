// The @specs/ reference language service in a real extension host, on the
// example workspace: diagnostics for files that are not open, hover,
// definition, completion, references and heading rename through the
// executeXProvider commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension } from './support/extension';
import { openFixture, waitForDiagnostics, workspaceFile, writeWorkspaceFile } from './support/workspace';

/** The position just inside the first occurrence of `needle` in a document. */
function positionOf(doc: vscode.TextDocument, needle: string, inside = 2): vscode.Position {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is not in ${doc.uri.path}`);
  return doc.positionAt(offset + inside);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

describe('@specs/ references', function () {
  this.timeout(30_000);

  before(async () => {
    await activatedExtension();
  });

  it('reports each broken token with its code in a file that is not open, and nothing in the example', async () => {
    const uri = await writeWorkspaceFile('notes/broken.md', [
      'See @specs/db/modles.md and @specs/db/models.md#nope.',
      'Also @specs/nothere/ and @specs/api/*.yaml and @specs/../secret.md.',
      'Case: @specs/DB/models.md; route: @specs/api/tasks.md GET /api/nothing',
      '',
    ].join('\n'));
    const diagnostics = await waitForDiagnostics(uri, (d) => d.length >= 7);
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), [
      'ref.case-mismatch', 'ref.glob-no-match', 'ref.no-such-file', 'ref.no-such-folder', 'ref.no-such-heading', 'ref.no-such-route', 'ref.outside-root',
    ]);
    const first = diagnostics.find((d) => d.code === 'ref.no-such-file');
    assert.deepEqual([first?.range.start.line, first?.range.start.character, first?.range.end.character], [0, 4, 23]);
    assert.deepEqual(vscode.languages.getDiagnostics(workspaceFile('CLAUDE.md')), []);
    await vscode.workspace.fs.delete(workspaceFile('notes'), { recursive: true });
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });

  it('hover previews the heading section of the target', async () => {
    const doc = await openFixture('CLAUDE.md');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, '@specs/db/models.md#task'));
    const text = hoverText(hovers);
    assert.match(text, /@specs\/db\/models\.md#task/);
    assert.match(text, /## Task/);
  });

  it('definition goes to the heading line in the spec', async () => {
    const doc = await openFixture('CLAUDE.md');
    const models = await vscode.workspace.openTextDocument(workspaceFile('specs/db/models.md'));
    const headingLine = models.positionAt(models.getText().indexOf('## Task')).line;
    const defs = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, '@specs/db/models.md#task'));
    const target = defs.map((d) => ('targetUri' in d ? { uri: d.targetUri, range: d.targetRange } : d))[0];
    assert.equal(target?.uri.path, models.uri.path);
    assert.equal(target?.range.start.line, headingLine);
  });

  it('completes folders and files after @specs/ and headings after #', async () => {
    const uri = await writeWorkspaceFile('notes/complete.md', 'Folders @specs/\nHeadings @specs/db/models.md#\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    const folders = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 15), '/');
    const folderLabels = folders.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const l of ['api/', 'auth/', 'db/']) assert.ok(folderLabels.includes(l), folderLabels.join(', '));
    const headings = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(1, 29), '#');
    const headingLabels = headings.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const l of ['task', 'user']) assert.ok(headingLabels.includes(l), headingLabels.join(', '));
    await vscode.workspace.fs.delete(workspaceFile('notes'), { recursive: true });
  });

  it('finds every token that points at a heading, from the heading itself', async () => {
    const models = await openFixture('specs/db/models.md');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', models.uri, positionOf(models, '## Task', 3));
    const files = new Set(refs.map((r) => vscode.workspace.asRelativePath(r.uri, false)));
    for (const f of ['CLAUDE.md', 'specs/api/tasks.md', 'specs/auth/jwt.md']) assert.ok(files.has(f), [...files].join(', '));
    assert.ok(!files.has('specs/api/users.md'), 'users.md points at #user, not #task');
  });

  it('renaming a heading edits the heading and every token pointing at it', async () => {
    const models = await openFixture('specs/db/models.md');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', models.uri, positionOf(models, '## Task', 4), 'Task item');
    const byFile = new Map(edit.entries().map(([uri, edits]) => [vscode.workspace.asRelativePath(uri, false), edits.map((e) => e.newText)]));
    assert.deepEqual(byFile.get('specs/db/models.md'), ['Task item']);
    assert.ok(byFile.get('CLAUDE.md')?.every((t) => t === 'task-item'), JSON.stringify([...byFile]));
    assert.ok((byFile.get('specs/api/tasks.md')?.length ?? 0) >= 3, JSON.stringify([...byFile]));
  });
});
