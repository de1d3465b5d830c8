// `spec-architect init` run as a process (node dist/cli.js; built before the
// tests): the starter specs land under the specs root, existing files are
// kept byte for byte, and nothing is written through a link leading out.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

// Bundled to out/test/unit/cli/, four levels below the repository.
const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const TEMPLATES = ['api/README.md', 'api/errors.md', 'auth/jwt.md', 'db/models.md'];

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI init', function () {
  this.timeout(20000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'spec-init-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('copies every template into specs/ of the named folder, and lint finds nothing there', () => {
    const run = cli(dir, 'init', 'project');
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.stdout.split('\n').filter((l) => l.startsWith('created ')), TEMPLATES.map((t) => `created specs/${t}`));
    for (const t of TEMPLATES) assert.equal(readFileSync(path.join(dir, 'project/specs', t), 'utf8'), readFileSync(path.join(ROOT, 'specs-templates', t), 'utf8'));
    const lint = cli(dir, 'lint', 'project');
    assert.equal(lint.code, 0, lint.stdout + lint.stderr);
    assert.match(lint.stderr, /^0 findings/m);
  });

  it('never overwrites: an existing file stays byte-identical and is reported as skipped', () => {
    mkdirSync(path.join(dir, 'specs/db'), { recursive: true });
    const mine = '# My models\r\n\r\nHand-written.\r\n';
    writeFileSync(path.join(dir, 'specs/db/models.md'), mine);
    const run = cli(dir, 'init');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(path.join(dir, 'specs/db/models.md'), 'utf8'), mine);
    assert.match(run.stdout, /^skipped specs\/db\/models\.md \(exists, left as it was\)$/m);
    assert.match(run.stdout, /^3 created, 1 skipped in /m);
    const again = cli(dir, 'init');
    assert.match(again.stdout, /^0 created, 4 skipped in /m);
  });

  it('uses the specs root of .spec-architect.json', () => {
    writeFileSync(path.join(dir, '.spec-architect.json'), JSON.stringify({ specsRoot: 'docs/specs' }));
    const run = cli(dir, 'init');
    assert.equal(run.code, 0, run.stderr);
    for (const t of TEMPLATES) assert.ok(existsSync(path.join(dir, 'docs/specs', t)), t);
    assert.ok(!existsSync(path.join(dir, 'specs')));
  });

  it('refuses to write through a link leading outside the folder (exit 2) and writes nothing at all', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'spec-init-outside-'));
    try {
      mkdirSync(path.join(dir, 'specs'), { recursive: true });
      symlinkSync(outside, path.join(dir, 'specs/auth'));
      const run = cli(dir, 'init');
      assert.equal(run.code, 2);
      assert.match(run.stderr, /refused specs\/auth\/jwt\.md/);
      assert.ok(!existsSync(path.join(outside, 'jwt.md')));
      // Every target is checked before the first write: one refusal writes nothing.
      assert.match(run.stderr, /nothing was written/);
      assert.ok(!existsSync(path.join(dir, 'specs/db/models.md')));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('rejects options and extra arguments with the usage', () => {
    const run = cli(dir, 'init', 'a', 'b');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unexpected argument "b"[\s\S]*Usage: spec-architect init \[dir\]/);
    assert.ok(!existsSync(path.join(dir, 'a')));
  });
});
