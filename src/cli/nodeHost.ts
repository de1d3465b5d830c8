// A SpecHost over node:fs, confined to one folder: paths are relative to it,
// and a path that would leave it is answered as missing, never read.
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import type { EntryKind, SpecHost } from '../core/host';

/** A host rooted at `dir`. */
export function createNodeHost(dir: string): SpecHost {
  const base = nodePath.resolve(dir);
  const inside = (abs: string): boolean => abs === base || abs.startsWith(base + nodePath.sep);
  const absolute = (path: string): string | undefined => {
    if (path.includes('\\') || path.split('/').includes('..') || nodePath.isAbsolute(path)) return undefined;
    const abs = nodePath.resolve(base, path);
    return inside(abs) ? abs : undefined;
  };
  let realBase: string | undefined;
  // A path whose real location is outside the folder is not read.
  // A folder that does not exist has no real path: everything in it is missing (not an exception).
  const realInside = async (abs: string): Promise<boolean> => {
    try {
      realBase ??= await fs.realpath(base);
      const real = await fs.realpath(abs);
      return real === realBase || real.startsWith(realBase + nodePath.sep);
    } catch {
      return false;
    }
  };
  return {
    async readFile(path) {
      const abs = absolute(path);
      if (!abs || !(await realInside(abs))) return undefined;
      try {
        return await fs.readFile(abs, 'utf8');
      } catch {
        return undefined;
      }
    },
    async readDirectory(path) {
      const abs = absolute(path);
      if (!abs || !(await realInside(abs))) return undefined;
      try {
        const entries = await fs.readdir(abs, { withFileTypes: true });
        const out: Array<[string, EntryKind]> = [];
        for (const e of entries) {
          if (e.isDirectory()) out.push([e.name, 'directory']);
          else if (e.isFile()) out.push([e.name, 'file']);
          else if (e.isSymbolicLink()) {
            const st = await fs.stat(nodePath.join(abs, e.name)).catch(() => undefined);
            if (st) out.push([e.name, st.isDirectory() ? 'directory' : 'file']);
          }
        }
        return out;
      } catch {
        return undefined;
      }
    },
    async stat(path) {
      const abs = absolute(path);
      if (!abs || !(await realInside(abs))) return undefined;
      const st = await fs.stat(abs).catch(() => undefined);
      return st ? { kind: st.isDirectory() ? 'directory' : 'file' } : undefined;
    },
    async realPath(path) {
      const abs = absolute(path);
      if (!abs) return null;
      let real: string;
      try {
        real = await fs.realpath(abs);
        realBase ??= await fs.realpath(base);
      } catch {
        return undefined;
      }
      if (real !== realBase && !real.startsWith(realBase + nodePath.sep)) return null;
      return nodePath.relative(realBase, real).split(nodePath.sep).join('/');
    },
  };
}
