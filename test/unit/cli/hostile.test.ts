// Hostile workspaces run through the CLI as a process (node dist/cli.js):
// symbolic-link cycles, links leading out of the specs root, special files
// and folders without permission. Each case once hung, read outside the root
// or passed silently.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

// Bundled to out/test/unit/cli/, four levels below the repository.
const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const EXAMPLE = path.join(ROOT, 'examples/taskflow');
const MODEL = path.join(ROOT, 'test/fixtures/golden/taskflow.model.json');
// Running as root reads everything whatever the mode: the permission cases are skipped there.
const ROOT_USER = process.getuid?.() === 0;

/** Runs the CLI; a hang is killed after `limit` ms and shows as code null. */
function cli(cwd: string, args: string[], limit = 15000) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: limit });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut: r.error !== undefined };
}

describe('CLI on hostile workspaces', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'spec-hostile-'));
  });
  afterEach(() => {
    try {
      execFileSync('chmod', ['-R', 'u+rwx', dir]);
    } catch {
      // nothing to restore
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('lint ends on two links that form a cycle (docs/a/up -> .., docs/c/up -> ..)', () => {
    const w = path.join(dir, 'w');
    mkdirSync(path.join(w, 'docs/a'), { recursive: true });
    mkdirSync(path.join(w, 'docs/c'), { recursive: true });
    mkdirSync(path.join(w, 'specs'));
    writeFileSync(path.join(w, 'docs/a/note.md'), 'See @specs/missing.md\n');
    symlinkSync('..', path.join(w, 'docs/a/up'));
    symlinkSync('..', path.join(w, 'docs/c/up'));
    const started = process.hrtime.bigint();
    const r = cli(dir, ['lint', 'w'], 10000);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.equal(r.timedOut, false, 'lint did not end');
    assert.equal(r.code, 1, r.stdout + r.stderr);
    // The note is reported once, under its own name, not again through docs/a/up/a/....
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => l.split(':')[0]), ['docs/a/note.md']);
    assert.ok(ms < 5000, `${ms} ms`);
  });

  it('lint ends when a FIFO is named .spec-architect.json or sits among the specs', () => {
    const w = path.join(dir, 'w');
    cpSync(EXAMPLE, w, { recursive: true });
    execFileSync('mkfifo', [path.join(w, '.spec-architect.json'), path.join(w, 'specs/db/pipe.md')]);
    const r = cli(dir, ['lint', 'w'], 10000);
    assert.equal(r.timedOut, false, 'lint did not end');
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });

  it('export-openapi does not export a spec linked from outside the specs root', () => {
    const w = path.join(dir, 'w');
    cpSync(EXAMPLE, w, { recursive: true });
    mkdirSync(path.join(w, 'private'));
    writeFileSync(path.join(w, 'private/secret.md'), '# Secret API\n\n## GET /api/secret-route\n\nThe private text.\n');
    symlinkSync('../../private/secret.md', path.join(w, 'specs/api/secret.md'));
    const r = cli(dir, ['export-openapi', 'w']);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /secret-route|private text/);
  });

  it('generate refuses to write through a spec linked to a file inside --out but outside specs/, and writes nothing', () => {
    const w = path.join(dir, 'w');
    cpSync(EXAMPLE, w, { recursive: true });
    mkdirSync(path.join(w, 'private'));
    const tasks = path.join(w, 'specs/api/tasks.md');
    writeFileSync(path.join(w, 'private/t.md'), readFileSync(tasks, 'utf8'));
    rmSync(tasks);
    symlinkSync('../../private/t.md', tasks);
    const design = JSON.parse(readFileSync(MODEL, 'utf8')) as { resources: Array<{ routes: Array<{ purpose: string }> }> };
    const route = design.resources[0]?.routes[0];
    if (route) route.purpose = 'A purpose changed in the design.';
    writeFileSync(path.join(dir, 'design.json'), JSON.stringify(design));
    const before = readFileSync(path.join(w, 'private/t.md'), 'utf8');
    const readme = readFileSync(path.join(w, 'specs/api/README.md'), 'utf8');
    const r = cli(dir, ['generate', 'design.json', '--out', 'w']);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /specs\/api\/tasks\.md/);
    assert.equal(readFileSync(path.join(w, 'private/t.md'), 'utf8'), before);
    assert.equal(readFileSync(path.join(w, 'specs/api/README.md'), 'utf8'), readme);
  });

  it('lint reads past a BOM, counts a lone CR as a line break, and escapes control characters of file names', () => {
    const w = path.join(dir, 'w');
    mkdirSync(path.join(w, 'specs'), { recursive: true });
    writeFileSync(path.join(w, 'specs/x.md'), '\uFEFF# Title\n');
    writeFileSync(path.join(w, 'CLAUDE.md'), '\uFEFF@specs/x.md#title and @specs/x.md#nope\rsecond\rthird @specs/gone.md\n');
    writeFileSync(path.join(w, 'bad\nname\u001b[31m.md'), '@specs/gone.md\n');
    const r = cli(dir, ['lint', 'w']);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.some((l) => l.startsWith('CLAUDE.md:1:') && l.includes('ref.no-such-heading') && l.includes('#nope')), r.stdout);
    assert.ok(!lines.some((l) => l.includes('No heading "#title"')), r.stdout);
    assert.ok(lines.some((l) => l.startsWith('CLAUDE.md:3:7 ') && l.includes('ref.no-such-file')), r.stdout);
    assert.ok(lines.some((l) => l.startsWith('bad\\nname\\x1b[31m.md:1:1 ')), r.stdout);
    assert.equal(lines.length, 3, r.stdout);
  });

  it('lint reports an unreadable folder and an unreadable spec as io.unreadable, and exits 2 when nothing could be checked', function () {
    if (ROOT_USER) this.skip();
    const w = path.join(dir, 'w');
    cpSync(EXAMPLE, w, { recursive: true });
    chmodSync(path.join(w, 'specs/db/models.md'), 0o000);
    chmodSync(path.join(w, 'backend'), 0o000);
    const r = cli(dir, ['lint', 'w']);
    assert.match(r.stdout, /^specs\/db\/models\.md:1:1 error io\.unreadable .*permission denied/m);
    assert.match(r.stdout, /^backend:1:1 error io\.unreadable .*permission denied/m);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    chmodSync(w, 0o000);
    const none = cli(dir, ['lint', 'w']);
    assert.equal(none.code, 2, none.stdout + none.stderr);
    assert.match(none.stderr, /cannot be read.*permission denied/);
  });
});
