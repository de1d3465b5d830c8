// The agent tools in a real extension host: each language-model tool answers
// through vscode.lm.invokeTool (the way Copilot agent mode calls it), a
// reference broken on disk is reported with its fix and gone once repaired,
// and Connect Coding Agents adds its entries to the agent settings, keeping
// what was there.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension } from './support/extension';
import { readWorkspaceFile, workspaceFile, writeWorkspaceFile } from './support/workspace';

async function invoke(name: string, input: object): Promise<string> {
  const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined });
  return result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');
}

async function remove(...paths: string[]): Promise<void> {
  for (const p of paths) await vscode.workspace.fs.delete(workspaceFile(p), { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

describe('agent tools (language-model tools and Connect Coding Agents)', function () {
  this.timeout(60_000);

  before(async () => {
    await activatedExtension();
  });

  it('registers the three read-only tools with their input schemas', () => {
    const ours = vscode.lm.tools.filter((t) => t.name.startsWith('spec_architect_')).map((t) => t.name).sort();
    assert.deepEqual(ours, ['spec_architect_check_specs', 'spec_architect_list_routes', 'spec_architect_read_reference']);
    const read = vscode.lm.tools.find((t) => t.name === 'spec_architect_read_reference');
    assert.deepEqual((read?.inputSchema as { required?: string[] } | undefined)?.required, ['reference']);
  });

  it('check_specs reports a reference broken on disk with its fix, and not once it is repaired', async () => {
    const file = `agents-broken-${process.pid}.md`;
    try {
      await writeWorkspaceFile(file, 'See @specs/db/models.md#taks for the model.\n');
      const broken = await invoke('spec_architect_check_specs', { files: [file] });
      assert.match(broken, new RegExp(`^${file.replace(/\./g, '\\.')}:1:5 error ref\\.no-such-heading .* Fix: Change to #task\\.$`, 'm'));
      await writeWorkspaceFile(file, 'See @specs/db/models.md#task for the model.\n');
      assert.equal(await invoke('spec_architect_check_specs', { files: [file] }), `No findings in ${file}.`);
    } finally {
      await remove(file);
    }
  });

  it('read_reference answers exactly the section, list_routes the API', async () => {
    const section = await invoke('spec_architect_read_reference', { reference: '@specs/db/models.md#task' });
    assert.match(section, /^specs\/db\/models\.md, lines \d+-\d+:\n\n## Task\n/);
    assert.doesNotMatch(section, /\n## User/);
    const routes = await invoke('spec_architect_list_routes', { resource: 'tasks' });
    assert.match(routes, /^GET \/api\/tasks\/\{task_id\} \(tasks\) Read a task the current user owns or that is shared with them\. auth=jwt ownership=owner access=owner-or-grant\(read\) .* specs\/api\/tasks\.md:32$/m);
  });

  it('a malformed input is a tool error that says what to send', async () => {
    await assert.rejects(Promise.resolve(vscode.lm.invokeTool('spec_architect_read_reference', { input: { reference: 3 }, toolInvocationToken: undefined })), /reference as a string such as "@specs\/db\/models\.md#task"/);
  });

  it('Connect Coding Agents adds its entries and keeps the existing ones', async () => {
    const existing = '{\n  "mcpServers": {\n    "github": { "command": "npx" }\n  }\n}\n';
    await writeWorkspaceFile('.mcp.json', existing);
    try {
      const result = await vscode.commands.executeCommand('specArchitect.connectAgents', { confirm: true, noPreview: true });
      assert.deepEqual(result, { connected: true, written: ['.mcp.json', '.vscode/mcp.json', '.cursor/mcp.json', '.claude/settings.json'], unchanged: [] });
      const mcp = await readWorkspaceFile('.mcp.json');
      assert.ok(mcp.startsWith('{\n  "mcpServers": {\n    "github": { "command": "npx" },\n    "spec-architect": {'), mcp);
      const server = (JSON.parse(mcp) as { mcpServers: Record<string, { command: string; args: string[] }> }).mcpServers['spec-architect'];
      assert.equal(server?.command, 'node');
      assert.match(server?.args[0] ?? '', /dist[\\/]cli\.js$/);
      const settings = JSON.parse(await readWorkspaceFile('.claude/settings.json')) as { hooks: { PostToolUse: Array<{ hooks: Array<{ command: string }> }> } };
      assert.match(settings.hooks.PostToolUse[0]?.hooks[0]?.command ?? '', /cli\.js hook$/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await remove('.mcp.json', '.vscode/mcp.json', '.cursor', '.claude');
    }
  });
});
