// The one workspace crawl, shared by the reference index, the API lint's file
// discovery and every host: bounded whatever the tree holds. A folder is
// visited once, known by its identity (device and inode where the host can
// tell, else its real path), so two links `a/up -> ..` and `c/up -> ..` end
// instead of looping; links are followed only when they stay in the
// workspace; depth and entry count are capped with a warning; only regular
// files and folders are listed (hosts drop FIFOs, sockets and devices).
import type { DirectoryEntry, EntryKind, SpecHost } from '../host';

/** How deep and how wide a crawl goes before it stops with a warning. */
export const WALK_LIMITS = { maxDepth: 32, maxEntries: 200_000 } as const;

export interface WalkOptions {
  maxDepth?: number;
  maxEntries?: number;
  /** A folder crawled before everything else under its own name even when it is a link (the specs root). */
  first?: string;
  /** Folders not entered (by name), e.g. node_modules. */
  skip?(name: string, path: string): boolean;
  /** Called for each folder listed ('' the workspace folder), once, before its entries are visited (a watcher per folder). */
  entered?(dir: string): void;
}

export interface WalkProblem {
  path: string;
  reason: string;
}

export interface WalkResult {
  /** Limits reached (once each), in words. */
  warnings: string[];
  /** Folders that exist but could not be listed, with the reason. */
  unreadable: WalkProblem[];
  /** Entries seen, for scaling tests. */
  entries: number;
}

/** What the walker needs from a host. */
export type WalkHost = Pick<SpecHost, 'readDirectory' | 'realPath'> & Partial<Pick<SpecHost, 'identity' | 'unreadable'>>;

/**
 * Visits every file and folder below `start` ('' for the workspace folder),
 * each folder before its contents; siblings are visited concurrently. `link`
 * is the host's word on whether the entry itself is a symbolic link.
 */
export async function walkTree(host: WalkHost, start: string, visit: (path: string, kind: EntryKind, link?: boolean) => unknown, options: WalkOptions = {}): Promise<WalkResult> {
  const maxDepth = options.maxDepth ?? WALK_LIMITS.maxDepth;
  const maxEntries = options.maxEntries ?? WALK_LIMITS.maxEntries;
  const result: WalkResult = { warnings: [], unreadable: [], entries: 0 };
  const seen = new Set<string>();
  let stopped = false;
  let deep = false;

  const identityOf = async (dir: string, known?: string | null): Promise<string | null | undefined> => {
    const real = known ?? (await host.realPath(dir));
    if (typeof real !== 'string') return real;
    return (await host.identity?.(dir)) ?? `real:${real}`;
  };

  // Folders reached through a link wait until every real folder was seen, so
  // a link met first (`aaa -> specs`) never takes the place of the folder it names.
  const linked: Array<[string, number]> = [];

  const enter = async (dir: string, depth: number, viaLink = false): Promise<void> => {
    // A folder met under its own name is entered now; its real path serves its identity too.
    const real = viaLink || dir === '' ? undefined : await host.realPath(dir);
    if (real !== undefined && real !== dir) {
      linked.push([dir, depth]);
      return;
    }
    const id = await identityOf(dir, real);
    // A link leading out of the workspace (null) is not followed; a folder seen before is not entered again.
    if (id === null || id === undefined || seen.has(id)) return;
    seen.add(id);
    const entries = await host.readDirectory(dir);
    if (!entries) {
      const reason = await host.unreadable?.(dir);
      if (reason) result.unreadable.push({ path: dir, reason });
      return;
    }
    options.entered?.(dir);
    const taken: DirectoryEntry[] = [];
    for (const entry of entries) {
      if (stopped) return;
      if (++result.entries > maxEntries) {
        stopped = true;
        result.warnings.push(`stopped after ${maxEntries} entries; files past them were not checked (is a large folder such as a build output or a link to one inside the workspace?)`);
        break;
      }
      taken.push(entry);
    }
    // The entries of a folder are visited together, so the host reads in parallel. A folder's
    // identity is checked and marked seen with no await between, so it is still entered once.
    await Promise.all(taken.map(async ([name, kind, link]) => {
      const path = dir === '' ? name : `${dir}/${name}`;
      if (kind !== 'directory') {
        await visit(path, kind, link);
        return;
      }
      if (options.skip?.(name, path)) return;
      if ((await visit(path, kind, link)) === false) return;
      if (depth + 1 > maxDepth) {
        if (!deep) result.warnings.push(`folders deeper than ${maxDepth} levels were not entered (first: ${path})`);
        deep = true;
        return;
      }
      await enter(path, depth + 1);
    }));
  };
  if (options.first) await enter(options.first, options.first.split('/').length, true);
  await enter(start, 0, true);
  while (linked.length > 0 && !stopped) {
    const [dir, depth] = linked.shift() as [string, number];
    await enter(dir, depth, true);
  }
  return result;
}
