// Writing for the CLI, confined to the target folder: a path that climbs out,
// or that reaches a link leading out (the file itself or the nearest folder
// that exists), is refused before anything is written.
import { mkdir, writeFile } from 'node:fs/promises';
import * as nodePath from 'node:path';
import type { SpecHost } from '../core/host';

/** True when writing the folder-relative POSIX `path` stays inside the host's folder. */
export async function writableInside(host: Pick<SpecHost, 'realPath'>, path: string): Promise<boolean> {
  const parts = path.split('/');
  if (path.includes('\\') || path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..')) return false;
  for (let n = parts.length; n >= 1; n--) {
    const real = await host.realPath(parts.slice(0, n).join('/'));
    if (real === null) return false;
    if (real !== undefined) return true;
  }
  return true;
}

/**
 * Writes `text` to `<folder>/<path>`, creating folders. `create` never
 * replaces anything (the exclusive flag also refuses a dangling link):
 * 'exists' when something is already there.
 */
export async function writeInside(folder: string, path: string, text: string, mode: 'create' | 'replace'): Promise<'written' | 'exists'> {
  const abs = nodePath.join(folder, ...path.split('/'));
  await mkdir(nodePath.dirname(abs), { recursive: true });
  try {
    await writeFile(abs, text, { encoding: 'utf8', flag: mode === 'create' ? 'wx' : 'w' });
    return 'written';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw error;
  }
}
