// A virtual file system for the hostile-tree properties: folders, files,
// symbolic links (to any workspace path, or out of it), FIFOs and folders
// without permission, served through the SpecHost interface the way the
// Node host serves a disk. Links resolve component by component, as the
// kernel does, with the same limit of 40 hops (ELOOP).
import type { EntryKind, SpecHost } from '../../../src/core/host';

export type TreeNode = { kind: 'dir'; locked?: boolean } | { kind: 'file'; text: string; locked?: boolean } | { kind: 'link'; target: string | null } | { kind: 'fifo' };

export interface TreeHost extends SpecHost {
  /** Every path readFile was asked for, and whether it returned text. */
  reads: Array<{ path: string; read: boolean }>;
  /** readDirectory calls, for the operation count. */
  listings: number;
}

export function treeHost(nodes: Map<string, TreeNode>): TreeHost {
  const real = (path: string, hops = 0): string | null | undefined => {
    let at = '';
    for (const part of path.split('/').filter((p) => p !== '')) {
      if (part === '..' || part === '.') return null;
      const candidate = at === '' ? part : `${at}/${part}`;
      const node = nodes.get(candidate);
      if (!node) return undefined;
      if (node.kind === 'link') {
        if (hops >= 40 || node.target === null) return hops >= 40 ? undefined : null;
        const r = real(node.target, hops + 1);
        if (typeof r !== 'string') return r;
        at = r;
      } else at = candidate;
    }
    return at;
  };
  const nodeAt = (path: string): TreeNode | undefined => {
    const r = real(path);
    if (typeof r !== 'string') return undefined;
    return r === '' ? { kind: 'dir' } : nodes.get(r);
  };
  const host: TreeHost = {
    reads: [],
    listings: 0,
    async readFile(path) {
      const n = nodeAt(path);
      const text = n?.kind === 'file' && !n.locked ? n.text : undefined;
      host.reads.push({ path, read: text !== undefined });
      return text;
    },
    async readDirectory(path) {
      host.listings++;
      const r = real(path);
      const n = nodeAt(path);
      if (typeof r !== 'string' || n?.kind !== 'dir' || n.locked) return undefined;
      const prefix = r === '' ? '' : `${r}/`;
      const out: Array<[string, EntryKind]> = [];
      for (const key of nodes.keys()) {
        if (!key.startsWith(prefix) || key.slice(prefix.length).includes('/') || key === r) continue;
        const name = key.slice(prefix.length);
        const child = nodeAt(`${path === '' ? '' : `${path}/`}${name}`);
        if (child?.kind === 'dir') out.push([name, 'directory']);
        else if (child?.kind === 'file') out.push([name, 'file']);
      }
      return out;
    },
    async stat(path) {
      const n = nodeAt(path);
      return n?.kind === 'dir' ? { kind: 'directory' } : n?.kind === 'file' ? { kind: 'file' } : undefined;
    },
    async realPath(path) {
      return real(path);
    },
    async identity(path) {
      const r = real(path);
      return typeof r === 'string' ? `ino:${r}` : undefined;
    },
    async unreadable(path) {
      const n = nodeAt(path);
      return n && 'locked' in n && n.locked ? 'permission denied' : undefined;
    },
  };
  return host;
}
