// A SpecHost over node:fs, confined to one folder: paths are relative to it,
// and a path that would leave it is answered as missing, never read. Only
// regular files are read and only folders listed: a FIFO, socket or device
// (a FIFO named .spec-architect.json) would block a read forever. Files are
// opened without blocking and checked on the open descriptor, so nothing can
// swap a FIFO in between. A byte order mark is dropped, as the editor does.
// Files are read synchronously: a crawl reads thousands of small specs in a
// row, and each promise-based open, stat, read and close costs a trip through
// the thread pool, which made reading 5,000 specs several times slower than
// all the rest of a check. The crawl still lists each folder asynchronously,
// so a long-lived process answers other work between folders.
import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync, promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import type { DirectoryEntry, EntryKind, SpecHost } from '../core/host';

/** Files larger than this are not read (a spec is a few KB; see docs/security.md). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder',
  ELOOP: 'too many levels of symbolic links',
  EIO: 'input/output error',
  EFBIG: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
};

/** A short reason for an OS error, for messages. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  return REASONS[code] ?? (code ? code : String((error as Error | undefined)?.message ?? error));
}

const kindOfStat = (st: { isDirectory(): boolean; isFile(): boolean }): EntryKind | undefined => (st.isDirectory() ? 'directory' : st.isFile() ? 'file' : undefined);

/**
 * Reads a regular file without ever blocking on a FIFO or device: its text,
 * BOM dropped; undefined for anything else; throws the OS error (EACCES) or EFBIG.
 */
function readRegular(abs: string): string | undefined {
  const fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return undefined;
    if (st.size > MAX_FILE_BYTES) throw Object.assign(new Error(`larger than ${MAX_FILE_BYTES} bytes`), { code: 'EFBIG' });
    const text = readFileSync(fd, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } finally {
    closeSync(fd);
  }
}

/** A host rooted at `dir`. */
export function createNodeHost(dir: string): SpecHost {
  const base = nodePath.resolve(dir);
  const inside = (abs: string): boolean => abs === base || abs.startsWith(base + nodePath.sep);
  const absolute = (path: string): string | undefined => {
    if (path.includes('\\') || path.includes('\0') || path.split('/').includes('..') || nodePath.isAbsolute(path)) return undefined;
    const abs = nodePath.resolve(base, path);
    return inside(abs) ? abs : undefined;
  };
  let realBase: string | undefined;
  const realOf = async (abs: string): Promise<string | undefined> => {
    try {
      realBase ??= await fs.realpath(base);
      return await fs.realpath(abs);
    } catch {
      return undefined;
    }
  };
  const realInside = (real: string): boolean => real === realBase || real.startsWith((realBase ?? '') + nodePath.sep);
  // A path whose real location is outside the folder is not read.
  // A folder that does not exist has no real path: everything in it is missing (not an exception).
  const readable = async (path: string): Promise<string | undefined> => {
    const abs = absolute(path);
    if (!abs) return undefined;
    const real = await realOf(abs);
    return real !== undefined && realInside(real) ? abs : undefined;
  };
  return {
    async readFile(path) {
      const abs = absolute(path);
      if (!abs) return undefined;
      try {
        realBase ??= realpathSync(base);
        return realInside(realpathSync(abs)) ? readRegular(abs) : undefined;
      } catch {
        return undefined;
      }
    },
    async readDirectory(path) {
      const abs = await readable(path);
      if (!abs) return undefined;
      try {
        const entries = await fs.readdir(abs, { withFileTypes: true });
        const out: DirectoryEntry[] = [];
        for (const e of entries) {
          if (e.isDirectory()) out.push([e.name, 'directory', false]);
          else if (e.isFile()) out.push([e.name, 'file', false]);
          else if (e.isSymbolicLink()) {
            const st = await fs.stat(nodePath.join(abs, e.name)).catch(() => undefined);
            const kind = st && kindOfStat(st);
            if (kind) out.push([e.name, kind, true]);
          }
        }
        return out;
      } catch {
        return undefined;
      }
    },
    async stat(path) {
      const abs = await readable(path);
      if (!abs) return undefined;
      const st = await fs.stat(abs).catch(() => undefined);
      const kind = st && kindOfStat(st);
      return kind ? { kind } : undefined;
    },
    async realPath(path) {
      const abs = absolute(path);
      if (!abs) return null;
      const real = await realOf(abs);
      if (real === undefined) return undefined;
      if (!realInside(real)) return null;
      return nodePath.relative(realBase ?? base, real).split(nodePath.sep).join('/');
    },
    async identity(path) {
      const abs = await readable(path);
      const st = abs ? await fs.stat(abs).catch(() => undefined) : undefined;
      return st ? `${st.dev}:${st.ino}` : undefined;
    },
    async unreadable(path) {
      const abs = await readable(path);
      if (!abs) return undefined;
      try {
        const st = await fs.stat(abs);
        if (st.isDirectory()) await fs.readdir(abs);
        else if (st.isFile()) readRegular(abs);
        else return undefined;
        return undefined;
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : reasonOf(error);
      }
    },
  };
}
