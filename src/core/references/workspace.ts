// Fills an index from a host: crawls the workspace once through the bounded
// walker (core/paths), checking every entry under the specs root for links
// that leave it before reading anything. What the crawl could not read or
// stopped at is kept with the index (crawlReport) for io.* findings.
import type { SpecHost } from '../host';
import { confine, walkTree, type WalkResult } from '../paths';
import { ReferenceIndex, normalizeRoot } from './index';
import { DEFAULT_LANGUAGES, SKIPPED_FOLDERS, scannedBy } from './languages';

export interface IndexOptions {
  specsRoot: string;
  /** Language ids whose files are scanned for tokens (markdown, python, ... by default). */
  languages?: readonly string[];
}

/** What the last crawl of an index met: limits reached, folders and files it could not read. */
const reports = new WeakMap<ReferenceIndex, WalkResult>();

/** The crawl report of an index built by buildIndex (empty for other indexes). */
export function crawlReport(index: ReferenceIndex): WalkResult {
  return reports.get(index) ?? { warnings: [], unreadable: [], entries: 0 };
}

/** Reads the workspace into a new index. */
export async function buildIndex(host: SpecHost, options: IndexOptions): Promise<ReferenceIndex> {
  const index = new ReferenceIndex(options.specsRoot);
  const root = normalizeRoot(options.specsRoot);
  const scanned = scannedBy(options.languages ?? DEFAULT_LANGUAGES);
  const inRoot = (p: string): boolean => root === '' || p === root || p.startsWith(`${root}/`);
  const unreadableFiles: WalkResult['unreadable'] = [];

  const visit = async (path: string, kind: 'file' | 'directory'): Promise<boolean> => {
    const underSpecs = inRoot(path) && path !== root;
    if (underSpecs && !(await confine(host, path, root, 'read')).ok) {
      index.markOutside(path);
      return false;
    }
    if (kind === 'directory') {
      // Only folders on the way to the root, or under it, matter for resolution; others only for tokens.
      if (underSpecs) index.addFolder(path);
      return true;
    }
    if (scanned(path) || (underSpecs && /\.(md|markdown)$/i.test(path))) {
      const text = await host.readFile(path);
      if (text !== undefined) index.update(path, text);
      else {
        const reason = await host.unreadable?.(path);
        if (reason) unreadableFiles.push({ path, reason });
        if (underSpecs) index.addFile(path);
      }
    } else if (underSpecs) index.addFile(path);
    return true;
  };
  const report = await walkTree(host, '', visit, { skip: (name) => SKIPPED_FOLDERS.has(name), first: root === '' ? undefined : root });
  report.unreadable.push(...unreadableFiles);
  reports.set(index, report);
  return index;
}
