// A read-only SpecHost over a folder on disk, for the export-openapi command.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SpecHost } from '../core/host';

/** Reads files under `folder` by POSIX path relative to it. */
export function folderHost(folder: string): SpecHost {
  const abs = (path: string) => join(folder, ...path.split('/').filter(Boolean));
  return {
    async readFile(path) {
      try {
        return await readFile(abs(path), 'utf8');
      } catch {
        return undefined;
      }
    },
    async readDirectory(path) {
      try {
        const entries = await readdir(abs(path), { withFileTypes: true });
        return entries.filter((e) => e.isFile() || e.isDirectory()).map((e) => [e.name, e.isDirectory() ? 'directory' : 'file'] as [string, 'file' | 'directory']);
      } catch {
        return undefined;
      }
    },
    async stat(path) {
      try {
        return { kind: (await stat(abs(path))).isDirectory() ? 'directory' : 'file' };
      } catch {
        return undefined;
      }
    },
    async realPath(path) {
      try {
        const [real, base] = await Promise.all([realpath(abs(path)), realpath(folder)]);
        const rel = relative(base, real);
        if (rel === '..' || rel.startsWith(`..${sep}`)) return null;
        return rel.split(sep).join('/');
      } catch {
        return undefined;
      }
    },
  };
}
