// An in-memory SpecHost for the reference tests: files by workspace path,
// folders implied by them, and symbolic links given as path -> target
// (`null` for a target outside the workspace).
import type { EntryKind, SpecHost } from '../../../src/core/host';

export interface MemoryHost extends SpecHost {
  /** Every path readFile was asked for. */
  reads: string[];
}

export function memoryHost(files: Record<string, string>, links: Record<string, string | null> = {}): MemoryHost {
  const reads: string[] = [];
  const entries = (dir: string): Map<string, EntryKind> => {
    const out = new Map<string, EntryKind>();
    const prefix = dir === '' ? '' : `${dir}/`;
    for (const p of [...Object.keys(files), ...Object.keys(links)]) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      out.set(slash === -1 ? rest : rest.slice(0, slash), slash === -1 ? 'file' : 'directory');
    }
    return out;
  };
  return {
    reads,
    async readFile(path) {
      reads.push(path);
      return files[path];
    },
    async readDirectory(path) {
      const e = entries(path);
      return e.size || path === '' ? [...e] : undefined;
    },
    async stat(path) {
      if (path in files || path in links) return { kind: 'file' };
      return entries(path).size ? { kind: 'directory' } : undefined;
    },
    async realPath(path) {
      for (const [link, target] of Object.entries(links)) {
        if (path === link || path.startsWith(`${link}/`)) return target === null ? null : target + path.slice(link.length);
      }
      return path in files || entries(path).size ? path : undefined;
    },
  };
}
