// The commands that write refuse in an untrusted folder: each shows one
// warning asking to trust the workspace, returns its "untrusted" answer, and
// leaves every file of the workspace as it was. Initialize and Export are set
// up so that, were they to run, they would write (a starter file missing, no
// openapi.json yet). Generate gets a valid draft from Import API Specs, but
// Review is a webview action the host cannot take, so without its trust guard
// it would refuse for the missing review: the message is what tells them apart.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { assertAsksForTrust, assertUnchanged, recordMessages, snapshotWorkspace, useUntrustedFolder } from '../support/untrusted';
import { readWorkspaceFile, workspaceFile, writeWorkspaceFile } from '../support/workspace';

describe('untrusted workspace: commands that write refuse', function () {
  this.timeout(60_000);

  useUntrustedFolder();

  it('Initialize Specs does not restore a missing starter file', async () => {
    // With trust it would create specs/api/errors.md from the template.
    const errors = await readWorkspaceFile('specs/api/errors.md');
    await vscode.workspace.fs.delete(workspaceFile('specs/api/errors.md'), { useTrash: false });
    try {
      const before = snapshotWorkspace();
      const { result, shown } = await recordMessages(() => vscode.commands.executeCommand('specArchitect.initializeSpecs'));
      assert.deepEqual(result, { initialized: false, reason: 'untrusted' });
      assertAsksForTrust(shown, 'Initialize Specs');
      assertUnchanged(before, 'Initialize Specs');
    } finally {
      await writeWorkspaceFile('specs/api/errors.md', errors);
    }
  });

  it('Export OpenAPI writes no openapi.json, with a target or from the palette', async () => {
    const before = snapshotWorkspace();
    for (const args of [[{ target: 'specs/api/openapi.json' }], []]) {
      const { result, shown } = await recordMessages(() => vscode.commands.executeCommand('specArchitect.exportOpenApi', ...args));
      assert.deepEqual(result, { written: false, reason: 'untrusted' });
      assertAsksForTrust(shown, `Export OpenAPI ${JSON.stringify(args)}`);
    }
    assertUnchanged(before, 'Export OpenAPI');
  });

  it('Import API Specs reads the specs into the draft, and Generate then refuses to write them', async () => {
    const before = snapshotWorkspace();
    const draft = await vscode.commands.executeCommand<{ resources: Array<{ name: string }> }>('specArchitect.importSpecs');
    assert.deepEqual(draft.resources.map((r) => r.name).sort(), ['shares', 'tasks', 'users'], 'Import reads the example specs');
    const { result, shown } = await recordMessages(() => vscode.commands.executeCommand<{ refused?: string; written?: string[] }>('specArchitect.generateSpecs'));
    assert.match(result.refused ?? JSON.stringify(result), /trusted workspace.*Trust this workspace/);
    assert.equal(assertAsksForTrust(shown, 'Generate API Specs'), `Spec Architect: ${result.refused ?? ''}`);
    assertUnchanged(before, 'Import and Generate');
  });
});

describe('untrusted workspace: Connect Coding Agents refuses', function () {
  this.timeout(60_000);

  useUntrustedFolder();

  it('writes no .mcp.json, .vscode/mcp.json, .cursor/mcp.json or .claude/settings.json', async () => {
    const before = snapshotWorkspace();
    const { result, shown } = await recordMessages(() => vscode.commands.executeCommand('specArchitect.connectAgents', { confirm: true, noPreview: true }));
    assert.deepEqual(result, { connected: false, reason: 'untrusted' });
    assertAsksForTrust(shown, 'Connect Coding Agents');
    assertUnchanged(before, 'Connect Coding Agents');
  });
});
