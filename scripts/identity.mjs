// The release identity, read from package.json, the one place it is set: the
// version (one for the extension, the CLI package and the action), the
// Marketplace / Open VSX publisher and the repository. The build defines the
// version and the repository in the bundles; scripts/pack-cli.mjs and
// scripts/publish-dry.mjs read the rest from here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** package.json of the checkout at `root` (default: the current folder). */
export function readManifest(root = '.') {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
}

/** The repository's web address: `git+` and a trailing `.git` removed. */
export function repositoryWebUrl(manifest) {
  const url = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url ?? '';
  return url.replace(/^git\+/, '').replace(/\.git$/, '');
}

/** esbuild `define`s for the bundles: the version and the repository address. */
export function identityDefines(manifest) {
  return {
    SPEC_ARCHITECT_VERSION: JSON.stringify(manifest.version),
    SPEC_ARCHITECT_REPOSITORY: JSON.stringify(repositoryWebUrl(manifest)),
  };
}
