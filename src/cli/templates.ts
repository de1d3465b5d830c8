// The starter templates for `spec-architect init`, read from a
// specs-templates/ folder found from where the bundle really is (links
// resolved, as npm's bin links and `npx` are): next to dist/ in the
// repository, the npm package and the .vsix alike, or beside the bundle when
// dist/cli.js was copied with the folder next to it. They are read at run time
// rather than embedded in the bundle so there is one copy, which the extension
// reads from its install folder too; when none is found, the error says where
// it looked.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import * as nodePath from 'node:path';

/** The folders looked in, in order, for a bundle in `bundleDir` (default: this bundle's folder). */
export function templatesCandidates(bundleDir = __dirname): string[] {
  const real = existsSync(bundleDir) ? realpathSync(bundleDir) : bundleDir;
  return [nodePath.resolve(real, '..', 'specs-templates'), nodePath.resolve(real, 'specs-templates')];
}

/** The first candidate that is a folder, or undefined. */
export function templatesFolder(bundleDir = __dirname): string | undefined {
  return templatesCandidates(bundleDir).find((dir) => existsSync(dir) && statSync(dir).isDirectory());
}

/** Every regular file under `dir`, by POSIX path relative to it; links are not followed. */
export async function readTemplates(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (abs: string, rel: string): Promise<void> => {
    for (const entry of (await readdir(abs, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(nodePath.join(abs, entry.name), relPath);
      else if (entry.isFile()) out.set(relPath, await readFile(nodePath.join(abs, entry.name), 'utf8'));
    }
  };
  await walk(dir, '');
  return out;
}
