import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runRedoclyLint, runSpecArchitect } from './processes';
import { TASKFLOW, TASKFLOW_GOLDEN } from './taskflowExport';

describe('OpenAPI export: spec-architect export-openapi as a process', function () {
  // Hundreds of documents and child processes on a shared machine.
  this.timeout(180_000);
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spec-architect-openapi-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the JSON document to stdout without --out', async () => {
    const run = runSpecArchitect(['export-openapi', TASKFLOW]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, await readFile(TASKFLOW_GOLDEN, 'utf8'));
  });

  it('prints YAML to stdout with --out - and --format yaml, and writes no file named -', async () => {
    const run = runSpecArchitect(['export-openapi', TASKFLOW, '--out', '-', '--format', 'yaml'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(parseYaml(run.stdout), JSON.parse(await readFile(TASKFLOW_GOLDEN, 'utf8')));
    await assert.rejects(readFile(join(dir, '-'), 'utf8'), /ENOENT/);
  });

  it('exports the current folder when no dir is given', async () => {
    const run = runSpecArchitect(['export-openapi'], TASKFLOW);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, await readFile(TASKFLOW_GOLDEN, 'utf8'));
  });

  it('writes YAML to --out, choosing YAML from the file name', async () => {
    const out = join(dir, 'nested', 'openapi.yaml');
    const run = runSpecArchitect(['export-openapi', TASKFLOW, '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /wrote .*openapi\.yaml \(11 routes from 5 files\)/);
    assert.deepEqual(parseYaml(await readFile(out, 'utf8')), JSON.parse(await readFile(TASKFLOW_GOLDEN, 'utf8')));
  });

  it('reads the specs root from .spec-architect.json', async () => {
    const folder = join(dir, 'custom-root');
    await mkdir(join(folder, 'docs', 'specs'), { recursive: true });
    await cp(join(TASKFLOW, 'specs'), join(folder, 'docs', 'specs'), { recursive: true });
    await writeFile(join(folder, '.spec-architect.json'), JSON.stringify({ specsRoot: 'docs/specs' }));
    const run = runSpecArchitect(['export-openapi', folder]);
    assert.equal(run.status, 0, run.stderr);
    const doc = JSON.parse(run.stdout) as { paths: Record<string, { get?: { 'x-spec-source'?: string } }> };
    assert.equal(doc.paths['/api/tasks']?.get?.['x-spec-source'], '@specs/api/tasks.md#get-apitasks');
  });

  it('does not read an API spec whose symbolic link leads outside the folder', async () => {
    const outside = join(dir, 'outside');
    await mkdir(outside, { recursive: true });
    await writeFile(join(outside, 'secret.md'), '# Secret API\n\n## GET /api/secret-outside\n\nLeak.\n\n- **Auth:** public\n');
    const folder = join(dir, 'linked');
    await cp(TASKFLOW, folder, { recursive: true });
    await symlink(join(outside, 'secret.md'), join(folder, 'specs', 'api', 'secret.md'));
    const run = runSpecArchitect(['export-openapi', folder]);
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /secret-outside/);
    assert.equal(run.stdout, await readFile(TASKFLOW_GOLDEN, 'utf8'));
  });

  it('prints YAML with --format yaml', () => {
    const run = runSpecArchitect(['export-openapi', TASKFLOW, '--format', 'yaml']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^openapi: "3\.1\.0"\ninfo:\n {2}title: Taskflow API\n/);
  });

  it('exits 2 with a usage message for a bad format and for a folder without API specs', () => {
    const bad = runSpecArchitect(['export-openapi', TASKFLOW, '--format', 'xml']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--format must be json or yaml/);
    const empty = runSpecArchitect(['export-openapi', dir]);
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /no API specs/);
    assert.equal(empty.stdout, '');
  });

  it('exits 2 naming a folder that does not exist, without a stack trace', () => {
    const missing = runSpecArchitect(['export-openapi', join(dir, 'no-such-folder')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no-such-folder is not a folder/);
    assert.doesNotMatch(missing.stderr, /ENOENT|\n\s+at /);
  });

  it('passes `redocly lint` (recommended rules) with no errors; the only warning is the license the specs do not state', async () => {
    const out = join(dir, 'taskflow.openapi.json');
    assert.equal(runSpecArchitect(['export-openapi', TASKFLOW, '--out', out]).status, 0);
    const lint = runRedoclyLint(out, dir);
    const report = JSON.parse(lint.stdout) as { totals: { errors: number; warnings: number }; problems: Array<{ ruleId: string; severity: string }> };
    assert.deepEqual(report.problems.filter((p) => p.severity === 'error'), []);
    assert.equal(report.totals.errors, 0);
    assert.deepEqual(report.problems.map((p) => `${p.severity} ${p.ruleId}`), ['warn info-license']);
    assert.equal(lint.status, 0, lint.stderr);
  });
});
