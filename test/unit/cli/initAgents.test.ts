// `spec-architect init --agents` as a process: on a folder that already has
// .mcp.json and .claude/settings.json with other entries (and comments), the
// files keep every byte apart from the added entries; a second run changes
// nothing; --dry-run prints the diff and writes nothing; and the MCP command
// written into .mcp.json, started exactly as written, answers tools/list.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';

const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

const MCP_BEFORE = `{
    // Servers this team uses.
    "mcpServers": {
        "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"] }
    },
    "note": "kept"
}
`;
const SETTINGS_BEFORE = `{
  "permissions": { "allow": ["Bash(npm test)"] },
  "hooks": {
    "PostToolUse": [
      { "matcher": "Bash", "hooks": [{ "type": "command", "command": "echo done" }] }
    ]
  }
}
`;

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `after` is `before` with one piece of text inserted: every byte before and after it is as it was. */
function onlyInsertions(before: string, after: string): boolean {
  let head = 0;
  while (head < before.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return head + tail === before.length && after.length > before.length;
}

describe('CLI init --agents', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'spec-agents-'));
    mkdirSync(path.join(dir, '.claude'));
    mkdirSync(path.join(dir, 'specs'));
    writeFileSync(path.join(dir, '.mcp.json'), MCP_BEFORE);
    writeFileSync(path.join(dir, '.claude/settings.json'), SETTINGS_BEFORE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds its entries and keeps every other byte of the existing files', () => {
    const run = cli(dir, 'init', '--agents');
    assert.equal(run.code, 0, run.stderr);
    const mcp = readFileSync(path.join(dir, '.mcp.json'), 'utf8');
    const settings = readFileSync(path.join(dir, '.claude/settings.json'), 'utf8');
    assert.ok(onlyInsertions(MCP_BEFORE, mcp), mcp);
    assert.ok(onlyInsertions(SETTINGS_BEFORE, settings), settings);
    assert.ok(mcp.includes('// Servers this team uses.'));
    const parsedMcp = JSON.parse(mcp.replace(/^\s*\/\/.*$/m, '')) as { mcpServers: Record<string, { command: string; args: string[] }>; note: string };
    assert.deepEqual(Object.keys(parsedMcp.mcpServers), ['github', 'spec-architect']);
    assert.deepEqual(parsedMcp.mcpServers['spec-architect'], { type: 'stdio', command: 'node', args: [CLI, 'mcp'] });
    const parsedSettings = JSON.parse(settings) as { permissions: unknown; hooks: { PostToolUse: Array<{ matcher: string; hooks: Array<{ command: string }> }> } };
    assert.deepEqual(parsedSettings.hooks.PostToolUse.map((h) => h.matcher), ['Bash', 'Write|Edit|MultiEdit']);
    assert.equal(parsedSettings.hooks.PostToolUse[1]?.hooks[0]?.command, `node ${CLI} hook`);
    for (const created of ['.vscode/mcp.json', '.cursor/mcp.json']) assert.ok(existsSync(path.join(dir, created)), created);
    assert.match(run.stdout, /^\+\s+"spec-architect": \{$/m, 'the diff is printed');
    assert.match(run.stdout, /^updated \.mcp\.json$/m);
    assert.match(run.stdout, /^created \.vscode\/mcp\.json$/m);

    const again = cli(dir, 'init', '--agents');
    assert.equal(again.code, 0, again.stderr);
    assert.equal(readFileSync(path.join(dir, '.mcp.json'), 'utf8'), mcp, 'never added twice');
    assert.equal(readFileSync(path.join(dir, '.claude/settings.json'), 'utf8'), settings);
    assert.match(again.stdout, /\.mcp\.json: already has "mcpServers\.spec-architect"; left as it is/);
  });

  it('--dry-run prints what it would change and writes nothing', () => {
    const run = cli(dir, 'init', '--agents', '--dry-run');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(path.join(dir, '.mcp.json'), 'utf8'), MCP_BEFORE);
    assert.equal(readFileSync(path.join(dir, '.claude/settings.json'), 'utf8'), SETTINGS_BEFORE);
    assert.ok(!existsSync(path.join(dir, '.vscode')));
    assert.match(run.stdout, /^\+\+\+ b\/\.claude\/settings\.json$/m);
  });

  it('leaves a file that is not JSON alone and says so', () => {
    writeFileSync(path.join(dir, '.mcp.json'), '{ "mcpServers": ');
    const run = cli(dir, 'init', '--agents');
    assert.equal(run.code, 2);
    assert.equal(readFileSync(path.join(dir, '.mcp.json'), 'utf8'), '{ "mcpServers": ');
    assert.match(run.stdout, /\.mcp\.json: left alone: it is not a JSON object/);
  });

  it('the MCP command it wrote, started as written, answers tools/list', async () => {
    assert.equal(cli(dir, 'init', '--agents').code, 0);
    const written = (JSON.parse(readFileSync(path.join(dir, '.mcp.json'), 'utf8').replace(/^\s*\/\/.*$/m, '')) as { mcpServers: Record<string, { command: string; args: string[] }> }).mcpServers['spec-architect'];
    assert.ok(written);
    // Claude Code starts project servers in the project folder.
    const client = new Client({ name: 'init-agents-test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: written.command, args: written.args, cwd: dir, stderr: 'ignore' }));
    try {
      const { tools } = await client.listTools();
      assert.ok(tools.some((t) => t.name === 'check_specs'));
    } finally {
      await client.close();
    }
  });
});
