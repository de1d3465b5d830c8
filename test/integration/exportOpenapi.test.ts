// Export OpenAPI in a real VS Code: writes the document through a workspace
// edit inside the folder, repeats byte for byte, and refuses paths outside.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension } from './support/extension';
import { waitUntil } from './support/waitUntil';
import { workspaceFile, workspaceUri } from './support/workspace';

interface ExportResult {
  written: boolean;
  path?: string;
  reason?: string;
}

async function exportTo(target: string): Promise<ExportResult> {
  return (await vscode.commands.executeCommand('specArchitect.exportOpenApi', { target })) as ExportResult;
}

async function readText(relativePath: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(relativePath)));
}

describe('Export OpenAPI command', function () {
  this.timeout(60_000);

  // The workspace is left as it was found: the suite may run alone or after any other.
  after(async () => {
    for (const written of ['specs/api/openapi.json', 'build']) {
      await vscode.workspace.fs.delete(workspaceFile(written), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });

  it('writes specs/api/openapi.json as an OpenAPI 3.1 document of the example, and the same bytes again', async () => {
    await activatedExtension();
    assert.equal(vscode.workspace.isTrusted, true, 'the harness opens a trusted workspace');
    assert.deepEqual(await exportTo('specs/api/openapi.json'), { written: true, path: 'specs/api/openapi.json' });
    const first = await readText('specs/api/openapi.json');
    const doc = JSON.parse(first) as { openapi: string; paths: Record<string, Record<string, { operationId: string }>> };
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.paths['/api/tasks/{task_id}']?.delete?.operationId, 'delete_api_tasks_task_id');
    assert.deepEqual(await exportTo('specs/api/openapi.json'), { written: true, path: 'specs/api/openapi.json' });
    assert.equal(await readText('specs/api/openapi.json'), first);
  });

  it('writes YAML when the target ends in .yaml', async () => {
    assert.equal((await exportTo('build/openapi.yaml')).written, true);
    assert.match(await readText('build/openapi.yaml'), /^openapi: "3\.1\.0"\n/);
  });

  it('refuses a target outside the workspace folder and writes nothing there', async () => {
    const outside = vscode.Uri.joinPath(workspaceUri(), '..', `outside-${process.pid}.json`);
    let result: ExportResult | undefined;
    void exportTo(`../outside-${process.pid}.json`).then((r) => (result = r));
    // The command waits on its error notification: close notifications until it returns.
    const returned = await waitUntil('the refused export to return', async () => {
      await vscode.commands.executeCommand('notifications.clearAll');
      return result;
    });
    assert.deepEqual(returned, { written: false, reason: 'outside-workspace' });
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(outside)));
  });
});
