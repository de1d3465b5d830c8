// `spec-architect mcp` as a process, driven by the official MCP client over
// stdio (the SDK's Client and StdioClientTransport start `node dist/cli.js
// mcp` on a copy of examples/taskflow): the tools are listed and each one
// answers; a reference broken in CLAUDE.md is reported with its fix and gone
// once repaired; writes are refused without --allow-write and confined to
// the specs root with it; paths outside the workspace and malformed
// arguments get tool errors that say what to send.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';

const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const EXAMPLE = path.join(ROOT, 'examples/taskflow');

interface ToolResult {
  isError?: boolean;
  content: Array<{ type: string; text?: string }>;
  structuredContent?: Record<string, unknown>;
}

async function connect(dir: string, ...flags: string[]): Promise<{ call: (name: string, args: Record<string, unknown>) => Promise<ToolResult>; client: Client }> {
  const client = new Client({ name: 'spec-architect-test', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', dir, ...flags], stderr: 'ignore' }));
  return { client, call: async (name, args) => (await client.callTool({ name, arguments: args })) as ToolResult };
}

const text = (r: ToolResult): string => r.content.map((c) => c.text ?? '').join('\n');

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else out.set(p, readFileSync(path.join(dir, p), 'utf8'));
    }
  };
  walk('');
  return out;
}

const CHANGE = { change: { routes: [{ resource: 'tasks', route: { method: 'GET', path: '/api/tasks/{task_id}/history', purpose: 'List the changes made to one of the current user\'s tasks.', auth: 'jwt', ownership: 'owner', params: [{ name: 'task_id', in: 'path', type: 'integer', required: true }], responses: [{ status: 200, schema: 'list[TaskRead]' }], errors: [401, 404] } }] } };

describe('CLI mcp (MCP client over stdio)', function () {
  this.timeout(30000);
  let dir: string;
  let client: Client | undefined;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'spec-mcp-'));
    cpSync(EXAMPLE, dir, { recursive: true });
  });
  afterEach(async () => {
    await client?.close();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the six tools with input and output schemas', async () => {
    const c = await connect(dir);
    client = c.client;
    const { tools } = await c.client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ['apply_design_change', 'check_specs', 'export_openapi', 'list_routes', 'plan_design_change', 'read_reference']);
    for (const t of tools) {
      assert.equal(t.inputSchema.type, 'object', t.name);
      assert.equal(t.outputSchema?.type, 'object', t.name);
      assert.ok((t.description ?? '').length > 80, t.name);
    }
  });

  it('check_specs reports a reference broken in CLAUDE.md with its fix, and not once it is repaired', async () => {
    const c = await connect(dir);
    client = c.client;
    const clean = await c.call('check_specs', {});
    assert.equal(clean.isError, undefined, text(clean));
    assert.deepEqual((clean.structuredContent as { findings: unknown[] }).findings, []);

    const claude = path.join(dir, 'CLAUDE.md');
    const original = readFileSync(claude, 'utf8');
    writeFileSync(claude, original.replace('@specs/db/models.md#task ', '@specs/db/models.md#taks '));
    const broken = await c.call('check_specs', { files: ['CLAUDE.md'] });
    const findings = (broken.structuredContent as { findings: Array<{ file: string; line: number; code: string; fix?: string }> }).findings;
    assert.equal(findings.length, 1, text(broken));
    assert.equal(findings[0]?.file, 'CLAUDE.md');
    assert.equal(findings[0]?.code, 'ref.no-such-heading');
    assert.equal(findings[0]?.line, 10);
    assert.equal(findings[0]?.fix, 'Change to #task');
    assert.match(text(broken), /CLAUDE\.md:10:\d+ error ref\.no-such-heading .* Fix: Change to #task\./);

    writeFileSync(claude, original);
    const repaired = await c.call('check_specs', {});
    assert.deepEqual((repaired.structuredContent as { findings: unknown[] }).findings, [], text(repaired));
  });

  it('read_reference answers the section of a heading and of a route, and the closest targets of a broken one', async () => {
    const c = await connect(dir);
    client = c.client;
    const task = (await c.call('read_reference', { reference: '@specs/db/models.md#task' })).structuredContent as { kind: string; file: string; startLine: number; text: string };
    assert.equal(task.kind, 'section');
    assert.equal(task.file, 'specs/db/models.md');
    assert.match(task.text, /^## Task\n/);
    assert.doesNotMatch(task.text, /\n## /, 'only the Task section');
    assert.equal(readFileSync(path.join(dir, 'specs/db/models.md'), 'utf8').split('\n')[task.startLine - 1], '## Task');

    const route = (await c.call('read_reference', { reference: '@specs/api/tasks.md', route: 'GET /api/tasks/{task_id}' })).structuredContent as { text: string };
    assert.match(route.text, /^## GET \/api\/tasks\/\{task_id\}\n[\s\S]*Errors:\*\* 401, 404, 422$/);

    const broken = (await c.call('read_reference', { reference: '@specs/db/model.md#task' })).structuredContent as { kind: string; code: string; closest: string[] };
    assert.equal(broken.kind, 'broken');
    assert.equal(broken.code, 'ref.no-such-file');
    assert.deepEqual(broken.closest.slice(0, 1), ['@specs/db/models.md']);
  });

  it('list_routes and export_openapi answer the API the specs define', async () => {
    const c = await connect(dir);
    client = c.client;
    const routes = (await c.call('list_routes', { resource: 'tasks', pathPrefix: '/api/tasks/' })).structuredContent as { routes: Array<{ method: string; path: string; auth: string; ownership: string; access?: string; errors: number[]; file: string; line: number }> };
    assert.deepEqual(routes.routes.map((r) => `${r.method} ${r.path}`), ['GET /api/tasks/{task_id}', 'PATCH /api/tasks/{task_id}', 'DELETE /api/tasks/{task_id}']);
    assert.deepEqual(routes.routes[0], { ...routes.routes[0], auth: 'jwt', ownership: 'owner', access: 'owner-or-grant(read)', errors: [401, 404, 422], file: 'specs/api/tasks.md', line: 32 });
    assert.deepEqual(routes.routes.map((r) => r.access), ['owner-or-grant(read)', 'owner-or-grant(edit)', 'owner']);
    const shares = (await c.call('list_routes', { resource: 'shares' })).structuredContent as { routes: Array<{ method: string; path: string; access?: string }> };
    assert.ok(shares.routes.some((r) => r.method === 'GET' && r.path === '/api/shared-tasks' && r.access !== undefined), JSON.stringify(shares.routes));

    const openapi = (await c.call('export_openapi', {})).structuredContent as { document: string; routes: number };
    const doc = JSON.parse(openapi.document) as { openapi: string; paths: Record<string, unknown> };
    assert.equal(doc.openapi, '3.1.0');
    assert.ok('/api/tasks/{task_id}' in doc.paths);
    const yaml = (await c.call('export_openapi', { format: 'yaml' })).structuredContent as { document: string };
    assert.match(yaml.document, /^openapi: "?3\.1\.0"?$/m);
  });

  it('plan_design_change shows the diff and writes nothing; apply_design_change is refused without --allow-write', async () => {
    const before = snapshot(dir);
    const c = await connect(dir);
    client = c.client;
    const plan = await c.call('plan_design_change', CHANGE);
    assert.equal(plan.isError, undefined, text(plan));
    const files = (plan.structuredContent as { files: Array<{ path: string; status: string; diff: string }> }).files.filter((f) => f.status !== 'unchanged');
    const tasks = files.find((f) => f.path === 'specs/api/tasks.md');
    assert.ok(tasks, JSON.stringify(files.map((f) => f.path)));
    assert.match(tasks.diff, /^\+## GET \/api\/tasks\/\{task_id\}\/history$/m);
    assert.doesNotMatch(tasks.diff, /^-(?!--)/m, 'nothing removed from the hand-written file');

    const refused = await c.call('apply_design_change', CHANGE);
    assert.equal(refused.isError, true);
    assert.match(text(refused), /refused: this server was started read-only\. Nothing was written\..*--allow-write/);
    assert.deepEqual(snapshot(dir), before);
  });

  it('apply_design_change with --allow-write updates the spec in place, keeping its hand-written text', async () => {
    const c = await connect(dir, '--allow-write');
    client = c.client;
    const applied = await c.call('apply_design_change', CHANGE);
    assert.equal(applied.isError, undefined, text(applied));
    assert.ok((applied.structuredContent as { written: string[] }).written.includes('specs/api/tasks.md'));
    const after = readFileSync(path.join(dir, 'specs/api/tasks.md'), 'utf8');
    assert.match(after, /^## GET \/api\/tasks\/\{task_id\}\/history$/m);
    assert.match(after, /Tasks are the heart of Taskflow\./);
    const routes = (await c.call('list_routes', { resource: 'tasks' })).structuredContent as { routes: Array<{ path: string }> };
    assert.ok(routes.routes.some((r) => r.path === '/api/tasks/{task_id}/history'), 'the index sees the written file');
  });

  it('refuses paths outside the workspace, malformed arguments and invalid designs with what to send, and keeps serving', async () => {
    const before = snapshot(dir);
    const c = await connect(dir, '--allow-write');
    client = c.client;
    for (const files of [['../outside.md'], ['/etc/passwd']]) {
      const r = await c.call('check_specs', { files });
      assert.equal(r.isError, true);
      assert.match(text(r), /is outside the workspace .*send a path inside it/);
    }
    const malformed = await c.call('check_specs', { files: 'CLAUDE.md' });
    assert.equal(malformed.isError, true);
    assert.match(text(malformed), /Send files as a list of workspace-relative paths/);
    const invalid = await c.call('apply_design_change', { change: { routes: [{ resource: 'tasks', route: { method: 'FETCH', path: 'api/x', purpose: '', params: [], responses: [], errors: [] } }] } });
    assert.equal(invalid.isError, true);
    assert.match(text(invalid), /not valid; nothing was written/);
    assert.match(text(invalid), /GET, POST, PUT, PATCH or DELETE/);
    const neither = await c.call('plan_design_change', {});
    assert.match(text(neither), /Send either design .* or change/);
    await assert.rejects(c.client.callTool({ name: 'no_such_tool', arguments: {} }), /no_such_tool not found/);
    assert.deepEqual(snapshot(dir), before);
    const still = await c.call('check_specs', {});
    assert.equal(still.isError, undefined, 'the server still answers');
  });
});
