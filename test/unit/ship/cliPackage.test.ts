// The npm package of the CLI, as a user gets it: scripts/pack-cli.mjs
// assembles and packs it, `npm install <tarball>` puts it into an empty folder
// (offline: the package has no dependencies to fetch), and `npx spec-architect`
// runs init, lint, generate, export-openapi and --version there. Also
// installed globally under a prefix, where npm links the bin from another
// folder, to show the templates are found wherever the package lands.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

// Bundled to out/test/unit/ship/, four levels below the repository.
const ROOT = path.resolve(__dirname, '../../../..');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const GOLDEN = path.join(ROOT, 'test/fixtures/golden');

/** npm without the network, the update check or the user's cache. */
function npmEnv(cache: string): NodeJS.ProcessEnv {
  return { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_cache: cache };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, all: `${r.stdout}\n${r.stderr}` };
}

describe('CLI npm package', function () {
  this.timeout(180_000);
  let work: string;
  let tarball: string;
  let env: NodeJS.ProcessEnv;

  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'spec-npm-'));
    env = npmEnv(path.join(work, 'npm-cache'));
    const pack = run(process.execPath, [path.join(ROOT, 'scripts/pack-cli.mjs'), '--out', path.join(work, 'stage'), '--pack', path.join(work, 'packed')], ROOT, env);
    assert.equal(pack.code, 0, pack.all);
    tarball = path.join(work, 'packed', `spec-architect-${VERSION}.tgz`);
    assert.ok(existsSync(tarball), `no ${tarball}: ${readdirSync(path.join(work, 'packed')).join(', ')}`);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('holds the bundle, the templates, the README and the license, and declares no dependencies', () => {
    const listed = run('tar', ['-tzf', tarball], work, env);
    assert.equal(listed.code, 0, listed.all);
    const files = listed.stdout.trim().split('\n').map((f) => f.replace(/^package\//, '')).sort();
    const templates = readdirSync(path.join(ROOT, 'specs-templates'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    assert.deepEqual(files, ['LICENSE', 'README.md', 'dist/cli.js', 'package.json', ...templates].sort());
    const manifest = JSON.parse(readFileSync(path.join(work, 'stage/package.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(manifest.name, 'spec-architect');
    assert.equal(manifest.version, VERSION);
    assert.deepEqual(manifest.bin, { 'spec-architect': 'dist/cli.js' });
    assert.equal(manifest.dependencies, undefined);
    assert.equal(manifest.private, undefined);
    assert.match(String((manifest.engines as { node?: string }).node), /^>=20/);
  });

  it('installs into an empty folder offline, and npx spec-architect runs init, lint, generate, export-openapi, hook, init --agents and --version', () => {
    const project = path.join(work, 'project');
    mkdirSync(project);
    const install = run('npm', ['install', tarball], project, env);
    assert.equal(install.code, 0, install.all);

    const npx = (...args: string[]) => run('npx', ['spec-architect', ...args], project, env);
    const version = npx('--version');
    assert.equal(version.code, 0, version.all);
    assert.equal(version.stdout, `${VERSION}\n`);

    const init = npx('init');
    assert.equal(init.code, 0, init.all);
    assert.match(init.stdout, /^4 created, 0 skipped in /m);
    const clean = npx('lint');
    assert.equal(clean.code, 0, clean.all);
    assert.match(clean.stderr, /^0 findings/m);

    appendFileSync(path.join(project, 'specs/api/README.md'), '\nSee @specs/db/modles.md for the tables.\n');
    const broken = npx('lint');
    assert.equal(broken.code, 1, broken.all);
    assert.match(broken.stdout, /^specs\/api\/README\.md:\d+:\d+ error ref\.no-such-file .*@specs\/db\/models\.md/m);

    // The agent commands run from the package too: the Claude Code hook on the broken spec, and init --agents.
    const edited = path.join(project, 'specs/api/README.md');
    const hookInput = JSON.stringify({ hook_event_name: 'PostToolUse', tool_name: 'Edit', cwd: project, tool_input: { file_path: edited } });
    const hook = spawnSync('npx', ['spec-architect', 'hook'], { cwd: project, env: { ...env, CLAUDE_PROJECT_DIR: project }, input: hookInput, encoding: 'utf8', timeout: 120_000 });
    assert.equal(hook.status, 2, `${hook.stdout}\n${hook.stderr}`);
    assert.match(hook.stderr, /ref\.no-such-file/);
    const agents = npx('init', '--agents', '--dry-run');
    assert.equal(agents.code, 0, agents.all);
    assert.match(agents.all, /\.mcp\.json/);

    const generate = npx('generate', path.join(GOLDEN, 'taskflow.model.json'), '--out', 'designed');
    assert.equal(generate.code, 0, generate.all);
    assert.equal(readFileSync(path.join(project, 'designed/specs/api/tasks.md'), 'utf8'), readFileSync(path.join(GOLDEN, 'taskflow/tasks.md'), 'utf8'));
    const exported = npx('export-openapi', 'designed', '--out', '-');
    assert.equal(exported.code, 0, exported.all);
    assert.equal((JSON.parse(exported.stdout) as { openapi: string }).openapi, '3.1.0');
  });

  it('finds its templates when installed globally, run through the bin link npm puts elsewhere', () => {
    const prefix = path.join(work, 'global');
    const install = run('npm', ['install', '--global', '--prefix', prefix, tarball], work, env);
    assert.equal(install.code, 0, install.all);
    const bin = path.join(prefix, 'bin/spec-architect');
    const target = path.join(work, 'elsewhere');
    const init = run(bin, ['init', target], work, env);
    assert.equal(init.code, 0, init.all);
    assert.ok(existsSync(path.join(target, 'specs/db/models.md')));
  });

  it('copied on its own with specs-templates/ beside it, init finds the folder there', () => {
    const beside = path.join(work, 'beside');
    mkdirSync(beside);
    cpSync(path.join(work, 'stage/dist/cli.js'), path.join(beside, 'cli.js'));
    cpSync(path.join(ROOT, 'specs-templates'), path.join(beside, 'specs-templates'), { recursive: true });
    const init = run(process.execPath, [path.join(beside, 'cli.js'), 'init', 'project'], beside, env);
    assert.equal(init.code, 0, init.all);
    assert.ok(existsSync(path.join(beside, 'project/specs/auth/jwt.md')));
  });

  it('run without its specs-templates/ folder, init says where it looked and how to install the package', () => {
    const alone = path.join(work, 'alone');
    mkdirSync(alone);
    cpSync(path.join(work, 'stage/dist/cli.js'), path.join(alone, 'cli.js'));
    const init = run(process.execPath, [path.join(alone, 'cli.js'), 'init', 'project'], alone, env);
    assert.equal(init.code, 2, init.all);
    assert.match(init.stderr, /no specs-templates\/ folder in .*specs-templates or .*specs-templates\. Install the CLI as a package \(npm install spec-architect\)/);
  });
});

