// An in-memory SpecHost over a map of workspace-relative paths, and a loader
// for fixture folders on disk (tests only).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SpecHost } from '../../../../src/core/host';
import type { TextEdit } from '../../../../src/core/diagnostics/finding';

export function memoryHost(files: ReadonlyMap<string, string>): SpecHost {
  const dirEntries = (dir: string) => {
    const prefix = `${dir}/`;
    const entries = new Map<string, 'file' | 'directory'>();
    for (const path of files.keys()) {
      if (!path.startsWith(prefix)) continue;
      const [name, ...rest] = path.slice(prefix.length).split('/');
      if (name) entries.set(name, rest.length > 0 ? 'directory' : 'file');
    }
    return entries;
  };
  return {
    readFile: async (path) => files.get(path),
    readDirectory: async (path) => {
      const entries = dirEntries(path);
      return entries.size > 0 ? [...entries] : undefined;
    },
    stat: async (path) => (files.has(path) ? { kind: 'file' } : dirEntries(path).size > 0 ? { kind: 'directory' } : undefined),
    realPath: async (path) => (files.has(path) || dirEntries(path).size > 0 ? path : undefined),
  };
}

/** Every file under a folder on disk, by path relative to it. */
export function loadFolder(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      if (statSync(path).isDirectory()) walk(path, relPath);
      else files.set(relPath, readFileSync(path, 'utf8'));
    }
  };
  walk(root, '');
  return files;
}

/** Applies edits to one text (edits must not overlap). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.range.start.offset - a.range.start.offset)
    .reduce((t, e) => t.slice(0, e.range.start.offset) + e.newText + t.slice(e.range.end.offset), text);
}
