// `spec-architect generate` as a process on hand-edited specs: nothing
// hand-written is lost without a flag that asks for it, every change is
// reported per file and section, --dry-run writes nothing, and OS errors are
// one line without a stack trace.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

// Bundled to out/test/unit/cli/, four levels below the repository.
const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const EXAMPLE = path.join(ROOT, 'examples/taskflow');
const MODEL = path.join(ROOT, 'test/fixtures/golden/taskflow.model.json');

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 15000 });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}
const read = (file: string): string => readFileSync(file, 'utf8');
const HAND_ROUTE = '## GET /api/tasks/search\n\nSearch the caller\'s tasks by title.\n\n- **Auth:** JWT required; only the caller\'s own tasks\n- **Response 200:** `list[TaskRead]`\n- **Errors:** 401, 422\n';

describe('CLI generate keeps what was written by hand', function () {
  this.timeout(30000);
  let dir: string;
  let ws: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'spec-keep-'));
    ws = path.join(dir, 'ws');
    cpSync(EXAMPLE, ws, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const design = (change: (d: { description?: string; resources: Array<{ name: string; description?: string; routes: Array<{ purpose: string }> }> }) => void): string => {
    const d = JSON.parse(read(MODEL)) as Parameters<typeof change>[0];
    change(d);
    const file = path.join(dir, 'design.json');
    writeFileSync(file, JSON.stringify(d));
    return file;
  };

  it('keeps a route added by hand that the design does not name; --prune deletes it and says so', () => {
    const tasks = path.join(ws, 'specs/api/tasks.md');
    writeFileSync(tasks, `${read(tasks)}\n${HAND_ROUTE}`);
    const withHand = read(tasks);
    const kept = cli(dir, 'generate', MODEL, '--out', 'ws');
    assert.equal(kept.code, 0, kept.stderr);
    assert.equal(read(tasks), withHand);
    const pruned = cli(dir, 'generate', MODEL, '--out', 'ws', '--prune');
    assert.equal(pruned.code, 0, pruned.stderr);
    assert.doesNotMatch(read(tasks), /search/);
    assert.match(pruned.stdout, /^updated specs\/api\/tasks\.md\n {2}removed: ## GET \/api\/tasks\/search$/m);
  });

  it('--delete-removed leaves a markdown file of specs/api that is not a generated resource file (CHANGELOG.md)', () => {
    const changelog = path.join(ws, 'specs/api/CHANGELOG.md');
    writeFileSync(changelog, '# Changelog\n\n- 2026-01-02: tasks can be searched.\n');
    const run = cli(dir, 'generate', MODEL, '--out', 'ws', '--delete-removed');
    assert.equal(run.code, 0, run.stderr);
    assert.ok(existsSync(changelog));
    assert.match(run.stdout, /^kept specs\/api\/CHANGELOG\.md: not a resource file the writer generated/m);
  });

  it('a design without descriptions keeps the hand-written intro of the resource file and of the README', () => {
    const before = { tasks: read(path.join(ws, 'specs/api/tasks.md')), readme: read(path.join(ws, 'specs/api/README.md')) };
    const file = design((d) => {
      delete d.description;
      for (const r of d.resources) delete r.description;
    });
    const run = cli(dir, 'generate', file, '--out', 'ws');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(read(path.join(ws, 'specs/api/tasks.md')), before.tasks);
    assert.equal(read(path.join(ws, 'specs/api/README.md')), before.readme);
  });

  it('reports a purpose edited by hand that the design reverts, and --dry-run prints the diff without writing', () => {
    const tasks = path.join(ws, 'specs/api/tasks.md');
    writeFileSync(tasks, read(tasks).replace('List the current user\'s tasks.', 'List my tasks, edited by hand.'));
    const edited = read(tasks);
    const dry = cli(dir, 'generate', MODEL, '--out', 'ws', '--dry-run');
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(read(tasks), edited);
    assert.match(dry.stdout, /^updated specs\/api\/tasks\.md\n {2}changed: ## GET \/api\/tasks\n--- a\/specs\/api\/tasks\.md\n\+\+\+ b\/specs\/api\/tasks\.md\n@@ /m);
    assert.match(dry.stdout, /^-List my tasks, edited by hand\.$/m);
    assert.match(dry.stdout, /^\+List the current user's tasks\.$/m);
    assert.match(dry.stdout, /nothing was written/);
    const run = cli(dir, 'generate', MODEL, '--out', 'ws');
    assert.match(run.stdout, /^updated specs\/api\/tasks\.md\n {2}changed: ## GET \/api\/tasks$/m);
  });
});

describe('CLI generate, init and export-openapi on OS errors', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'spec-oserr-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const noTrace = (r: { stderr: string }) => assert.doesNotMatch(r.stderr, /\n\s+at /, r.stderr);

  it('generate --out a regular file: one line, exit 2', () => {
    writeFileSync(path.join(dir, 'file'), 'x');
    const r = cli(dir, 'generate', MODEL, '--out', 'file');
    assert.equal(r.code, 2);
    noTrace(r);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /cannot use .*file as the output folder/);
  });

  it('generate and export-openapi --out /proc/x end with one line instead of hanging', function () {
    if (!existsSync('/proc/self')) this.skip();
    const g = cli(dir, 'generate', MODEL, '--out', '/proc/x');
    assert.equal(g.code, 2, g.stderr);
    noTrace(g);
    assert.match(g.stderr, /cannot use \/proc\/x as the output folder/);
    const e = cli(dir, 'export-openapi', EXAMPLE, '--out', '/proc/x/openapi.json');
    assert.equal(e.code, 2, e.stderr);
    noTrace(e);
    assert.match(e.stderr, /could not be written/);
  });

  it('init on a regular file: one line, exit 2', () => {
    writeFileSync(path.join(dir, 'file'), 'x');
    const r = cli(dir, 'init', 'file');
    assert.equal(r.code, 2);
    noTrace(r);
    assert.match(r.stderr, /cannot use .*file as the workspace folder/);
  });

  it('export-openapi --out a folder: one line naming a file to give instead, exit 2', () => {
    mkdirSync(path.join(dir, 'out'));
    const r = cli(dir, 'export-openapi', EXAMPLE, '--out', 'out');
    assert.equal(r.code, 2);
    noTrace(r);
    assert.match(r.stderr, /is a folder; name a file with --out/);
  });

  it('generate with specs/api a link to nothing refuses before writing anything (README.md included)', () => {
    mkdirSync(path.join(dir, 'w/specs'), { recursive: true });
    symlinkSync('gone', path.join(dir, 'w/specs/api'));
    const r = cli(dir, 'generate', MODEL, '--out', 'w');
    assert.equal(r.code, 2);
    noTrace(r);
    assert.match(r.stderr, /nothing was written:\n {2}specs\/api\/README\.md: specs\/api is a link to nothing/);
    assert.deepEqual(readdirSync(path.join(dir, 'w/specs')), ['api']);
  });

  it('generate refuses a spec that is a link to nothing before README.md is written', () => {
    const w = path.join(dir, 'w');
    cpSync(EXAMPLE, w, { recursive: true });
    rmSync(path.join(w, 'specs/api/users.md'));
    symlinkSync('gone.md', path.join(w, 'specs/api/users.md'));
    const readme = read(path.join(w, 'specs/api/README.md'));
    const r = cli(dir, 'generate', MODEL, '--out', 'w');
    assert.equal(r.code, 2, r.stdout + r.stderr);
    noTrace(r);
    assert.match(r.stderr, /specs\/api\/users\.md: it is a link to nothing/);
    assert.equal(read(path.join(w, 'specs/api/README.md')), readme);
  });

  it('generate and init refuse specsRoot "." in .spec-architect.json, saying why', () => {
    writeFileSync(path.join(dir, '.spec-architect.json'), '{ "specsRoot": "." }');
    const g = cli(dir, 'generate', MODEL);
    assert.equal(g.code, 2);
    assert.match(g.stderr, /"specsRoot": "\." is not allowed.*The workspace folder itself cannot be the specs root: @specs\/ would then reach every file/);
    assert.match(g.stderr, /nothing was written: the specsRoot above was refused/);
    const i = cli(dir, 'init');
    assert.equal(i.code, 2);
    assert.match(i.stderr, /"specsRoot": "\." is not allowed.*The workspace folder itself cannot be the specs root: @specs\/ would then reach every file/);
    assert.match(i.stderr, /nothing was written: the specsRoot above was refused/);
  });
});
