// The agents' adapter over a real folder: after files are edited, created,
// deleted and folders removed on disk, its findings (told by the watcher, or
// read again without one) are those of a fresh adapter that reads everything.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { WorkspaceChecks } from '../../../src/agents/workspaceChecks';

const ROOT = path.resolve(__dirname, '../../../..');
const EXAMPLE = path.join(ROOT, 'examples/taskflow');

const summary = async (checks: WorkspaceChecks) => (await checks.findings()).map((f) => `${f.file}:${f.range.start.line + 1} ${f.code}`);

async function fresh(dir: string): Promise<string[]> {
  const checks = await WorkspaceChecks.open(dir);
  await checks.refresh();
  return summary(checks);
}

/** Lets the watcher's events arrive. */
const settle = () => new Promise((done) => setTimeout(done, 150));

for (const watch of [false, true]) {
  describe(`agents WorkspaceChecks (${watch ? 'watcher' : 'read again'})`, function () {
    this.timeout(20000);
    let dir: string;
    let checks: WorkspaceChecks;
    beforeEach(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'spec-checks-'));
      cpSync(EXAMPLE, dir, { recursive: true });
      checks = await WorkspaceChecks.open(dir, { watch });
      await checks.refresh();
    });
    afterEach(() => {
      checks.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    it('follows edits, new files, deleted files and removed folders like a fresh read', async () => {
      assert.deepEqual(await summary(checks), []);
      const claude = path.join(dir, 'CLAUDE.md');
      writeFileSync(claude, readFileSync(claude, 'utf8').replace('@specs/db/models.md#task ', '@specs/db/models.md#taks '));
      mkdirSync(path.join(dir, 'specs/features'));
      writeFileSync(path.join(dir, 'specs/features/search.md'), '# Search\n\nSee @specs/api/tasks.md GET /api/tasks/{task_id} and @specs/db/nothing.md.\n');
      await settle();
      await checks.refresh();
      assert.deepEqual(await summary(checks), await fresh(dir));
      assert.deepEqual(await summary(checks), ['CLAUDE.md:10 ref.no-such-heading', 'specs/features/search.md:3 ref.no-such-file']);

      // Removing the folder of the auth spec breaks every reference to it.
      rmSync(path.join(dir, 'specs/auth'), { recursive: true });
      rmSync(path.join(dir, 'specs/features/search.md'));
      await settle();
      await checks.refresh();
      assert.deepEqual(await summary(checks), await fresh(dir));
      const afterRemoval = await summary(checks);
      assert.ok(afterRemoval.some((f) => f.startsWith('specs/api/tasks.md:4 ref.no-such-')), afterRemoval.join('\n'));

      // A code folder outside the specs root goes, with the broken reference in it.
      mkdirSync(path.join(dir, 'backend/app/services'), { recursive: true });
      writeFileSync(path.join(dir, 'backend/app/services/mail.py'), '# Per @specs/features/mail.md\n');
      await settle();
      await checks.refresh();
      const withCode = await summary(checks);
      assert.ok(withCode.includes('backend/app/services/mail.py:1 ref.no-such-file'), withCode.join('\n'));
      rmSync(path.join(dir, 'backend/app/services'), { recursive: true });
      await settle();
      await checks.refresh();
      assert.deepEqual(await summary(checks), await fresh(dir));

      cpSync(path.join(EXAMPLE, 'specs/auth'), path.join(dir, 'specs/auth'), { recursive: true });
      writeFileSync(claude, readFileSync(path.join(EXAMPLE, 'CLAUDE.md'), 'utf8'));
      await settle();
      await checks.refresh();
      assert.deepEqual(await summary(checks), []);
    });
  });
}

describe('agents WorkspaceChecks on hostile trees (the core\'s bounded crawl)', function () {
  this.timeout(20000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'spec-checks-hostile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('crawls two links that form a cycle once: a broken reference is reported once, under its own name', async () => {
    mkdirSync(path.join(dir, 'docs/a'), { recursive: true });
    mkdirSync(path.join(dir, 'docs/c'), { recursive: true });
    mkdirSync(path.join(dir, 'specs'));
    writeFileSync(path.join(dir, 'docs/a/note.md'), 'See @specs/missing.md\n');
    symlinkSync('..', path.join(dir, 'docs/a/up'));
    symlinkSync('..', path.join(dir, 'docs/c/up'));
    for (const watch of [false, true]) {
      const checks = await WorkspaceChecks.open(dir, { watch });
      try {
        await checks.refresh();
        assert.deepEqual(await summary(checks), ['docs/a/note.md:1 ref.no-such-file']);
      } finally {
        checks.dispose();
      }
    }
  });

  it('does not block on a FIFO named .spec-architect.json or sitting among the specs, and never reads a spec linked from outside the root', async () => {
    cpSync(EXAMPLE, dir, { recursive: true });
    execFileSync('mkfifo', [path.join(dir, '.spec-architect.json'), path.join(dir, 'specs/db/pipe.md')]);
    mkdirSync(path.join(dir, 'private'));
    writeFileSync(path.join(dir, 'private/secret.md'), '# Secret API\n\n## GET /api/secret-route\n\nThe private text.\n');
    symlinkSync('../../private/secret.md', path.join(dir, 'specs/api/secret.md'));
    const checks = await WorkspaceChecks.open(dir);
    await checks.refresh();
    assert.deepEqual(await summary(checks), []);
    assert.doesNotMatch((await checks.exportOpenApi('json'))?.text ?? '', /secret-route/);
    assert.ok(!(await checks.api()).design.resources.some((r) => r.routes.some((x) => x.path.includes('secret'))));
  });

  it('does not read a spec that becomes a link leading out of the root while a watching server runs', async () => {
    cpSync(EXAMPLE, dir, { recursive: true });
    mkdirSync(path.join(dir, 'private'));
    writeFileSync(path.join(dir, 'private/secret.md'), '# Secret API\n\n## GET /api/secret-route\n\nThe private text.\n');
    const checks = await WorkspaceChecks.open(dir, { watch: true });
    try {
      await checks.refresh();
      assert.ok((await checks.api()).design.resources.some((r) => r.name === 'users'));
      rmSync(path.join(dir, 'specs/api/users.md'));
      symlinkSync('../../private/secret.md', path.join(dir, 'specs/api/users.md'));
      await settle();
      await checks.refresh();
      const routes = (await checks.api()).design.resources.flatMap((r) => r.routes.map((x) => x.path));
      assert.ok(!routes.some((p) => p.includes('secret')), routes.join('\n'));
      assert.doesNotMatch((await checks.exportOpenApi('json'))?.text ?? '', /secret-route/);
    } finally {
      checks.dispose();
    }
  });
});
