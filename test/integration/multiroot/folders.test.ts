// A multi-root workspace: each folder has its own settings and specs root, and
// a token resolves only against the specs of the folder that holds it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension } from '../support/extension';
import { waitForDiagnostics } from '../support/workspace';

function folders(): [vscode.WorkspaceFolder, vscode.WorkspaceFolder] {
  const [first, second] = vscode.workspace.workspaceFolders ?? [];
  assert.ok(first && second, 'the multiroot suite opens two folders');
  return [first, second];
}

async function write(folder: vscode.WorkspaceFolder, path: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder.uri, ...path.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

const codes = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).map((d) => String(d.code)).sort();

describe('multi-root workspace: each folder from its own specs root', function () {
  this.timeout(90_000);

  it('resolves each folder\'s tokens against its own specs, never the other folder\'s', async () => {
    const [taskflow, second] = folders();
    // The second folder keeps its specs in docs/specs and has a Widget model; taskflow has Task and no Widget.
    await write(second, '.spec-architect.json', JSON.stringify({ specsRoot: 'docs/specs' }));
    await write(second, 'docs/specs/db/models.md', '# Models\n\n## Widget\n\n| Column | Type |\n|---|---|\n| id | int |\n');
    await activatedExtension();
    const inSecond = await write(second, 'NOTES.md', 'Widgets: @specs/db/models.md#widget\nTasks: @specs/db/models.md#task\n');
    const inTaskflow = await write(taskflow, 'NOTES.md', 'Widgets: @specs/db/models.md#widget\nTasks: @specs/db/models.md#task\n');
    await waitForDiagnostics(inSecond, (d) => d.length === 1, 30_000);
    await waitForDiagnostics(inTaskflow, (d) => d.length === 1, 30_000);
    const second1 = vscode.languages.getDiagnostics(inSecond);
    const taskflow1 = vscode.languages.getDiagnostics(inTaskflow);
    assert.deepEqual(codes(inSecond), ['ref.no-such-heading']);
    assert.equal(second1[0]?.range.start.line, 1, 'in the second folder #task is the broken one');
    assert.deepEqual(codes(inTaskflow), ['ref.no-such-heading']);
    assert.equal(taskflow1[0]?.range.start.line, 0, 'in taskflow #widget is the broken one');
  });

  it('lints each folder\'s API specs under its own root', async () => {
    const [, second] = folders();
    const spec = await write(second, 'docs/specs/api/widgets.md', '# Widgets API\n\n## GET /api/widgets\n\nList the widgets.\n\n- **Response 200:** `WidgetList`\n');
    const found = await waitForDiagnostics(spec, (d) => d.some((x) => x.code === 'auth.missing'), 30_000);
    assert.ok(found.length > 0);
    // taskflow's own API specs are still checked from taskflow's specs/ root, without findings from the other folder.
    const [taskflow] = folders();
    const tasks = vscode.Uri.joinPath(taskflow.uri, 'specs', 'api', 'tasks.md');
    assert.ok(!vscode.languages.getDiagnostics(tasks).some((d) => d.message.includes('widgets')), 'no finding about the other folder\'s routes');
  });
});
