// The starter templates for `spec-architect init`, read from the
// specs-templates/ folder next to dist/ (in the repository, the npm package and
// the .vsix alike). They are read at run time rather than embedded in the
// bundle so there is one copy, which the extension reads from its install
// folder too; a missing folder is an error that says where it looked.
import { readdir, readFile } from 'node:fs/promises';
import * as nodePath from 'node:path';

/** specs-templates/ beside the folder of this bundle (dist/cli.js -> specs-templates/). */
export function templatesFolder(): string {
  return nodePath.resolve(__dirname, '..', 'specs-templates');
}

/** Every regular file under `dir`, by POSIX path relative to it; links are not followed. */
export async function readTemplates(dir = templatesFolder()): Promise<Map<string, string>> {
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
