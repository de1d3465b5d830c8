// `npm run publish:dry` run as a process: on the repository as it is, it
// refuses before building, naming the placeholder publisher and repository and
// the README's action reference; on a copy with them set it runs vsce ls,
// vsce package (no warnings), the Open VSX metadata rules and npm publish
// --dry-run, and passes; on copies with one thing wrong it names that thing.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

// Bundled to out/test/unit/ship/, four levels below the repository.
const ROOT = path.resolve(__dirname, '../../../..');
/** What the script needs of the checkout; the tests, the examples and every build output stay behind. */
const COPIED = ['package.json', 'package-lock.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'tsconfig.json', 'scripts', 'src', 'webview', 'media', 'specs-templates', 'docs'];

interface Copy { dir: string; edit(file: string, change: (text: string) => string): void }

function copyOfCheckout(parent: string, name: string): Copy {
  const dir = path.join(parent, name);
  for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return {
    dir,
    edit(file, change) {
      const target = path.join(dir, file);
      const before = readFileSync(target, 'utf8');
      const after = change(before);
      assert.notEqual(after, before, `the edit of ${file} changed nothing`);
      writeFileSync(target, after);
    },
  };
}

/** Sets the publisher, the repository and the README's action reference to real-looking values. */
function setIdentity(copy: Copy): void {
  copy.edit('package.json', (t) => t.replace(/"publisher": "[^"]*"/, '"publisher": "acme-tools"').replace(/"url": "[^"]*"/, '"url": "https://github.com/acme-tools/spec-architect.git"'));
  copy.edit('README.md', (t) => t.replace(/uses: \S+\/spec-architect@/g, 'uses: acme-tools/spec-architect@'));
}

function publishDry(dir: string) {
  const r = spawnSync('npm', ['run', 'publish:dry'], { cwd: dir, encoding: 'utf8', timeout: 170_000, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_cache: path.join(dir, '.npm-cache') } });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('npm run publish:dry', function () {
  this.timeout(180_000);
  let work: string;
  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'spec-publish-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('refuses the placeholders, naming each and what to set, before building anything', () => {
    const copy = copyOfCheckout(work, 'as-is');
    const run = publishDry(copy.dir);
    assert.equal(run.code, 1, run.out);
    assert.match(run.out, /package\.json "publisher" is the placeholder "[^"]+": set it to your publisher id on the Visual Studio Marketplace/);
    assert.match(run.out, /package\.json "repository\.url" is the placeholder "[^"]+": set it to the GitHub repository, e\.g\. https:\/\/github\.com\/<owner>\/spec-architect\.git/);
    assert.match(run.out, /README\.md uses the action as "[^"]+": write "uses: <owner>\/<name>@v/);
    assert.ok(!existsSync(path.join(copy.dir, 'dist')), 'nothing was built');
  });

  it('passes on a copy with the publisher and repository set: vsce ls, vsce package without warnings, Open VSX, npm publish --dry-run', () => {
    const copy = copyOfCheckout(work, 'set');
    setIdentity(copy);
    const run = publishDry(copy.dir);
    assert.equal(run.code, 0, run.out);
    assert.match(run.out, /^publish:dry: acme-tools\.spec-architect /m);
    assert.match(run.out, /^vsce ls: \d+ files, exactly /m);
    assert.match(run.out, /^vsce package: no warnings; wrote dist\/publish-dry\/spec-architect-[\d.]+\.vsix$/m);
    assert.doesNotMatch(run.out, /WARNING/);
    assert.match(run.out, /^Open VSX: the manifest passes/m);
    assert.match(run.out, /^ovsx: skipped, it has no dry-run or offline check/m);
    assert.match(run.out, /^\+ spec-architect@[\d.]+$/m, 'npm publish --dry-run ran');
    assert.match(run.out, /^publish:dry: ready to publish$/m);
    // python3 reads the zip (it is on every machine the tests run on; unzip is not).
    const readme = spawnSync('python3', ['-c', 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("extension/readme.md").decode())', path.join(copy.dir, 'dist/publish-dry', readdirVsix(copy.dir))], { encoding: 'utf8' });
    assert.equal(readme.status, 0, readme.stderr);
    assert.match(readme.stdout, /\(https:\/\/github\.com\/acme-tools\/spec-architect\/raw\/HEAD\/media\/screenshots\/review-panel\.png\)/, 'the gallery README points its picture at the repository');
  });

  it('names a file vsce would pack that the extension does not need', () => {
    const copy = copyOfCheckout(work, 'extra-file');
    setIdentity(copy);
    copy.edit('.vscodeignore', (t) => `${t}!docs/cli.md\n`);
    const run = publishDry(copy.dir);
    assert.equal(run.code, 1, run.out);
    assert.match(run.out, /vsce would pack docs\/cli\.md, which the extension does not need: exclude it in \.vscodeignore\./);
  });

  it('refuses when vsce package prints a warning, and shows it', () => {
    const copy = copyOfCheckout(work, 'vsce-warning');
    setIdentity(copy);
    copy.edit('package.json', (t) => t.replace('"main": "./dist/extension.js",', '"main": "./dist/extension.js",\n  "extensionKind": "workspace",'));
    const run = publishDry(copy.dir);
    assert.equal(run.code, 1, run.out);
    assert.match(run.out, /vsce package printed warnings, which the Marketplace page would show as problems:\n {2}- .*WARNING.*'extensionKind' property should be of type 'string\[\]'/);
  });

  it('names a manifest field open-vsx.org would refuse', () => {
    const copy = copyOfCheckout(work, 'open-vsx');
    setIdentity(copy);
    copy.edit('package.json', (t) => t.replace('"theme": "dark"', '"theme": "midnight"'));
    const run = publishDry(copy.dir);
    assert.equal(run.code, 1, run.out);
    assert.match(run.out, /open-vsx\.org would refuse this manifest:\n {2}- Open VSX: "galleryBanner\.theme" must be dark or light\./);
  });

  it('refuses a version the CHANGELOG has no entry for', () => {
    const copy = copyOfCheckout(work, 'changelog');
    setIdentity(copy);
    copy.edit('CHANGELOG.md', (t) => t.replace(/^## \d+\.\d+\.\d+.*$/m, '## Next'));
    const run = publishDry(copy.dir);
    assert.equal(run.code, 1, run.out);
    assert.match(run.out, /CHANGELOG\.md has no "## [\d.]+" entry: add what this release changes\./);
  });
});

function readdirVsix(dir: string): string {
  const name = `spec-architect-${(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version}.vsix`;
  assert.ok(existsSync(path.join(dir, 'dist/publish-dry', name)), name);
  return name;
}
