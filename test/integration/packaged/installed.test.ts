// Run by the package level only: the extension this host loaded is the one
// installed from the .vsix into the fresh extensions folder, not the
// repository, and it carries its bundles and nothing it should not.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
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
    for (const shipped of ['package.json', 'dist/extension.js', 'dist/webview.js', 'dist/cli.js', 'LICENSE.txt']) {
      assert.ok(existsSync(join(root, shipped)), `${shipped} is missing from the .vsix`);
    }
    for (const kept of ['src', 'test', 'out', 'node_modules', 'tsconfig.json', 'dist/extension.js.map']) {
      assert.ok(!existsSync(join(root, kept)), `${kept} should not be in the .vsix`);
    }
  });
});
