// Run by the package level only: the extension this host loaded is the one
// installed from the .vsix into the fresh extensions folder, not the
// repository, and it carries its bundles and nothing it should not.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { HostEnv } from '../../harness/hostResults';
import { activatedExtension } from '../support/extension';

describe('packaged extension', () => {
  it('is loaded from the extensions folder the .vsix was installed into', async () => {
    const extensionsDir = process.env[HostEnv.extensionsDir];
    assert.ok(extensionsDir, `${HostEnv.extensionsDir} is not set: run this suite through run-package`);
    const extension = await activatedExtension();
    assert.ok(
      resolve(extension.extensionPath).startsWith(resolve(extensionsDir) + sep),
      `the extension was loaded from ${extension.extensionPath}, not from ${extensionsDir}`,
    );
  });

  it('ships its bundles and no sources, tests or node_modules', async () => {
    const root = (await activatedExtension()).extensionPath;
    for (const shipped of ['package.json', 'dist/extension.js', 'dist/webview.js', 'dist/review.js', 'dist/cli.js', 'LICENSE.txt']) {
      assert.ok(existsSync(join(root, shipped)), `${shipped} is missing from the .vsix`);
    }
    for (const kept of ['src', 'test', 'out', 'node_modules', 'tsconfig.json', 'dist/extension.js.map']) {
      assert.ok(!existsSync(join(root, kept)), `${kept} should not be in the .vsix`);
    }
  });

  it('ships every starter template of specs-templates/, byte for byte', async () => {
    const root = (await activatedExtension()).extensionPath;
    // This suite runs from the repository's out/test/integration/packaged/; the templates are four levels up.
    const source = resolve(__dirname, '../../../../specs-templates');
    const templates = filesUnder(source);
    assert.ok(templates.length >= 4, `only ${templates.length} templates found in ${source}`);
    for (const t of templates) {
      const shipped = join(root, 'specs-templates', t);
      assert.ok(existsSync(shipped), `specs-templates/${t} is missing from the .vsix (check .vscodeignore)`);
      assert.equal(readFileSync(shipped, 'utf8'), readFileSync(join(source, t), 'utf8'), `specs-templates/${t} differs in the .vsix`);
    }
  });
});

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel)).flatMap((name) => {
    const path = rel ? join(rel, name) : name;
    return statSync(join(dir, path)).isDirectory() ? filesUnder(dir, path) : [path];
  });
}
