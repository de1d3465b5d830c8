// `spec-architect generate` run as a process (node dist/cli.js; built before
// the tests): a valid design is written with the writer, an existing spec is
// updated in place with its hand-written text kept, an invalid design names
// the field and what to write, and nothing is written outside the folder.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

// Bundled to out/test/unit/cli/, four levels below the repository.
const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const EXAMPLE = path.join(ROOT, 'examples/taskflow');
const MODEL = path.join(ROOT, 'test/fixtures/golden/taskflow.model.json');
const GOLDEN = path.join(ROOT, 'test/fixtures/golden/taskflow');

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const read = (file: string): string => readFileSync(file, 'utf8');

describe('CLI generate', function () {
  this.timeout(20000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'spec-generate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the writer output of a design into specs/api of --out', () => {
    const run = cli(dir, 'generate', MODEL, '--out', 'project');
    assert.equal(run.code, 0, run.stderr);
    const api = path.join(dir, 'project/specs/api');
    assert.deepEqual(readdirSync(api).sort(), readdirSync(GOLDEN).sort());
    for (const name of readdirSync(GOLDEN)) assert.equal(read(path.join(api, name)), read(path.join(GOLDEN, name)), name);
    assert.match(run.stdout, /^created specs\/api\/tasks\.md$/m);
  });

  it('leaves hand-written specs byte-identical when the design is what they say, and keeps their text when a route changes', () => {
    const ws = path.join(dir, 'ws');
    cpSync(EXAMPLE, ws, { recursive: true });
    const same = cli(ws, 'generate', MODEL);
    assert.equal(same.code, 0, same.stderr);
    assert.match(same.stdout, /is up to date; nothing was written/);
    for (const name of readdirSync(path.join(EXAMPLE, 'specs/api'))) assert.equal(read(path.join(ws, 'specs/api', name)), read(path.join(EXAMPLE, 'specs/api', name)), name);

    const design = JSON.parse(read(MODEL)) as { resources: Array<{ name: string; routes: Array<{ purpose: string }> }> };
    const route = design.resources.find((r) => r.name === 'tasks')?.routes[0];
    assert.ok(route);
    route.purpose = 'List the caller\'s tasks, newest first.';
    writeFileSync(path.join(dir, 'design.json'), JSON.stringify(design));
    const changed = cli(dir, 'generate', 'design.json', '--out', 'ws');
    assert.equal(changed.code, 0, changed.stderr);
    // The README's route index shows the purpose, so its row is updated too.
    assert.deepEqual(changed.stdout.split('\n').filter((l) => l.startsWith('updated ')), ['updated specs/api/README.md', 'updated specs/api/tasks.md']);
    // Each file names the sections it changed.
    assert.match(changed.stdout, /^updated specs\/api\/tasks\.md\n {2}changed: ## GET \/api\/tasks$/m);
    assert.match(read(path.join(ws, 'specs/api/README.md')), /^\| GET \| \/api\/tasks \| List the caller's tasks, newest first\. \|/m);
    const after = read(path.join(ws, 'specs/api/tasks.md'));
    assert.match(after, /List the caller's tasks, newest first\./);
    // A hand-written auth note of another route and the hand-written table style are kept.
    assert.match(after, /the new task's owner is the caller \(`task\.user_id = sub`\)/);
    assert.match(after, /^\|---\|---\|---\|---\|---\|$/m);
    assert.equal(read(path.join(ws, 'specs/api/users.md')), read(path.join(EXAMPLE, 'specs/api/users.md')));
  });

  it('keeps the file of a resource the design left out unless --delete-removed, which deletes it and drops its README rows', () => {
    const ws = path.join(dir, 'ws');
    cpSync(EXAMPLE, ws, { recursive: true });
    const design = JSON.parse(read(MODEL)) as { resources: Array<{ name: string }> };
    design.resources = design.resources.filter((r) => r.name !== 'users');
    writeFileSync(path.join(dir, 'design.json'), JSON.stringify(design));
    const users = read(path.join(ws, 'specs/api/users.md'));

    const kept = cli(dir, 'generate', 'design.json', '--out', 'ws');
    assert.equal(kept.code, 0, kept.stderr);
    assert.match(kept.stdout, /^kept specs\/api\/users\.md: its resource is not in the design \(pass --delete-removed to delete it\)$/m);
    assert.equal(read(path.join(ws, 'specs/api/users.md')), users);

    const deleted = cli(dir, 'generate', 'design.json', '--out', 'ws', '--delete-removed');
    assert.equal(deleted.code, 0, deleted.stderr);
    assert.match(deleted.stdout, /^deleted specs\/api\/users\.md$/m);
    assert.match(deleted.stdout, /1 deleted in /);
    assert.ok(!existsSync(path.join(ws, 'specs/api/users.md')));
    assert.doesNotMatch(read(path.join(ws, 'specs/api/README.md')), /users\.md/);
    // UserRead lived in users.md and is still in the design, so it moves to tasks.md, after every byte tasks.md had.
    const tasks = read(path.join(ws, 'specs/api/tasks.md'));
    assert.ok(tasks.startsWith(read(path.join(EXAMPLE, 'specs/api/tasks.md'))), tasks);
    assert.match(tasks.slice(read(path.join(EXAMPLE, 'specs/api/tasks.md')).length), /^\n### UserRead\n/);
  });

  it('an invalid design exits 2, names each field and says what to write, and writes nothing', () => {
    writeFileSync(path.join(dir, 'design.json'), JSON.stringify({ title: '', basePath: 'api', resources: [{ name: 'Tasks', title: 'Tasks', owned: 'yes', routes: [] }], schemas: [] }));
    const run = cli(dir, 'generate', 'design.json');
    assert.equal(run.code, 2);
    const lines = run.stderr.split('\n');
    assert.equal(lines[0], 'spec-architect generate: design.json is not a valid API design:');
    assert.ok(lines.includes('  title: Write the API\'s title, e.g. "Taskflow API".'), run.stderr);
    assert.ok(lines.includes('  basePath: Write a base path such as /api, or leave it empty.'), run.stderr);
    assert.ok(lines.includes('  resources[0].name: Write a lower-case plural name such as tasks (it becomes specs/api/tasks.md).'), run.stderr);
    assert.ok(lines.includes('  resources[0].owned: must be a boolean, not a string, e.g. true or false.'), run.stderr);
    assert.ok(lines.some((l) => /^ {2}auth: is missing: add an object, e\.g\. \{"scheme": "jwt-bearer"/.test(l)), run.stderr);
    assert.ok(!existsSync(path.join(dir, 'specs')));
  });

  it('a file that is not JSON, a missing file and a missing argument exit 2', () => {
    writeFileSync(path.join(dir, 'design.json'), '{ "title": ');
    assert.match(cli(dir, 'generate', 'design.json').stderr, /design\.json is not valid JSON/);
    assert.match(cli(dir, 'generate', 'nope.json').stderr, /nope\.json does not exist/);
    const none = cli(dir, 'generate');
    assert.equal(none.code, 2);
    assert.match(none.stderr, /name the design file[\s\S]*Usage: spec-architect generate <design\.json> \[--out dir\]/);
    assert.ok(!existsSync(path.join(dir, 'specs')));
  });

  it('refuses an API spec or folder that is a link leading outside, and writes nothing anywhere', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'spec-generate-outside-'));
    try {
      writeFileSync(path.join(outside, 'tasks.md'), 'outside\n');
      mkdirSync(path.join(dir, 'a/specs/api'), { recursive: true });
      symlinkSync(path.join(outside, 'tasks.md'), path.join(dir, 'a/specs/api/tasks.md'));
      const linkedFile = cli(dir, 'generate', MODEL, '--out', 'a');
      assert.equal(linkedFile.code, 2);
      assert.match(linkedFile.stderr, /nothing was written:\n {2}specs\/api\/tasks\.md: it would be written outside/);
      assert.deepEqual(readdirSync(path.join(dir, 'a/specs/api')), ['tasks.md']);

      mkdirSync(path.join(dir, 'b/specs'), { recursive: true });
      symlinkSync(outside, path.join(dir, 'b/specs/api'));
      const linkedFolder = cli(dir, 'generate', MODEL, '--out', 'b');
      assert.equal(linkedFolder.code, 2);
      assert.deepEqual(readdirSync(outside), ['tasks.md']);
      assert.equal(read(path.join(outside, 'tasks.md')), 'outside\n');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
