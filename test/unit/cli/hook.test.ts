// `spec-architect hook` as a process with Claude Code's PostToolUse JSON on
// standard input: a spec with a broken reference exits 2 with the finding
// and its fix on standard error; a clean one, an unrelated file and a file
// outside the workspace exit 0 and print nothing; editing a spec reports the
// readers it breaks.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const EXAMPLE = path.join(ROOT, 'examples/taskflow');

function hook(cwd: string, toolInput: Record<string, unknown>, toolName = 'Edit') {
  const input = JSON.stringify({ session_id: 's', transcript_path: '/tmp/t.jsonl', cwd, hook_event_name: 'PostToolUse', tool_name: toolName, tool_input: toolInput, tool_response: { success: true } });
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, 'hook'], { cwd, input, encoding: 'utf8', env: { ...process.env, CLAUDE_PROJECT_DIR: cwd } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

describe('CLI hook (Claude Code PostToolUse)', function () {
  this.timeout(20000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'spec-hook-'));
    cpSync(EXAMPLE, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 2 with the finding and its fix on standard error for a spec with a broken reference', () => {
    const file = path.join(dir, 'specs/api/tasks.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('@specs/db/models.md#task', '@specs/db/models.md#tasks'));
    const r = hook(dir, { file_path: file, old_string: '#task', new_string: '#tasks' });
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^specs\/api\/tasks\.md:3:\d+ error ref\.no-such-heading No heading "#tasks" in @specs\/db\/models\.md\. Did you mean #task\? Fix: Change to #task[.;]/m);
  });

  it('exits 0 and prints nothing for a clean spec, an unrelated file and a file outside the workspace', () => {
    const clean = hook(dir, { file_path: path.join(dir, 'specs/api/tasks.md') }, 'Write');
    assert.deepEqual([clean.code, clean.stdout, clean.stderr], [0, '', '']);
    // Well under a second beyond starting Node and loading the bundle (about 0.2 s of CPU; the bound is loose for a loaded machine).
    const started = Date.now();
    spawnSync(process.execPath, [CLI, 'version']);
    const startup = Date.now() - started;
    assert.ok(clean.ms - startup < 1500, `hook ${clean.ms} ms, of which starting ${startup} ms`);
    writeFileSync(path.join(dir, 'notes.txt'), 'see @specs/nowhere.md\n');
    writeFileSync(path.join(dir, 'main.go'), '// @specs/nowhere.md\n');
    const unrelated = hook(dir, { file_path: path.join(dir, 'main.go') });
    assert.deepEqual([unrelated.code, unrelated.stderr], [0, '']);
    const outside = hook(dir, { file_path: '/etc/hosts' });
    assert.deepEqual([outside.code, outside.stderr], [0, '']);
    const noPath = hook(dir, { command: 'ls' }, 'Bash');
    assert.deepEqual([noPath.code, noPath.stderr], [0, '']);
  });

  it('reports the files a changed spec breaks (CLAUDE.md citing a heading that was renamed)', () => {
    const models = path.join(dir, 'specs/db/models.md');
    writeFileSync(models, readFileSync(models, 'utf8').replace('## Task\n', '## Task model\n'));
    const r = hook(dir, { file_path: models });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /^CLAUDE\.md:10:\d+ error ref\.no-such-heading .*Fix: .*Change to #task-model\.$/m);
  });

  it('exits 1 (not blocking the agent) when standard input is not hook JSON', () => {
    const r = spawnSync(process.execPath, [CLI, 'hook'], { cwd: dir, input: 'not json', encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /standard input is not Claude Code's hook JSON/);
  });
});
