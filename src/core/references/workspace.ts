// Fills an index from a host through the one bounded crawl (core/paths/walk):
// every entry under the specs root is checked by the one confinement check
// before anything is read, so a link leaving the root is recorded, never
// read. What the crawl could not read or stopped at (locked folders and
// files, limits reached) is kept with the index as its crawl report, for the
// io.* findings (crawlFindings.ts).
import type { SpecHost } from '../host';
import { confiner, isUnder, walkTree, type WalkResult } from '../paths';
import { ReferenceIndex } from './referenceIndex';
import { DEFAULT_LANGUAGES, SKIPPED_FOLDERS, scannedBy } from './languages';

export interface IndexOptions {
  specsRoot: string;
  /** Language ids whose files are scanned for tokens (markdown, python, ... by default). */
  languages?: readonly string[];
}

/** What the crawls of an index met: limits reached, folders and files it could not read. */
const reports = new WeakMap<ReferenceIndex, WalkResult>();

const NO_REPORT: WalkResult = { warnings: [], unreadable: [], entries: 0 };

/** The crawl report of an index (empty for an index no crawl filled). A report is replaced when it changes, never changed. */
export function crawlReport(index: ReferenceIndex): Readonly<WalkResult> {
  return reports.get(index) ?? NO_REPORT;
}

/**
 * Records that `path` could not be read (`reason`), or, without a reason,
 * that it and everything under it can be read again or are gone: an edit, a
 * deletion or a chmod seen by a watcher.
 */
export function noteUnreadable(index: ReferenceIndex, path: string, reason?: string): void {
  const report = crawlReport(index);
  const unreadable = report.unreadable.filter((u) => !isUnder(u.path, path));
  if (reason) unreadable.push({ path, reason });
  reports.set(index, { ...report, unreadable });
}

/** Reads the workspace into a new index. */
export async function buildIndex(host: SpecHost, options: IndexOptions): Promise<ReferenceIndex> {
  const index = new ReferenceIndex(options.specsRoot);
  await indexFolder(host, index, '', options.languages);
  return index;
}

/**
 * Reads one folder and everything under it into the index: the whole
 * workspace (`''`) when the index is built, or a folder that appeared later
 * (a watcher reports a new folder once, not each file in it).
 */
export async function indexFolder(host: SpecHost, index: ReferenceIndex, folder: string, languages: readonly string[] = DEFAULT_LANGUAGES): Promise<void> {
  const root = index.specsRoot;
  const scanned = scannedBy(languages);
  const underSpecs = (p: string): boolean => isUnder(p, root) && p !== root;
  const unreadableFiles: WalkResult['unreadable'] = [];
  const confine = confiner(host, root);

  // `link` (the host's word) spares the lookup of where a plain entry really lies (core/paths/confine).
  const visit = async (path: string, kind: 'file' | 'directory', link?: boolean): Promise<boolean> => {
    if (underSpecs(path) && !(await confine(path, 'read', link)).ok) {
      index.markOutside(path);
      return false;
    }
    if (kind === 'directory') {
      // Only folders on the way to the root, or under it, matter for resolution; others only for tokens.
      if (underSpecs(path)) index.addFolder(path);
      return true;
    }
    if (scanned(path) || (underSpecs(path) && /\.(md|markdown)$/i.test(path))) {
      const text = await host.readFile(path);
      if (text !== undefined) index.update(path, text);
      else {
        const reason = await host.unreadable?.(path);
        if (reason) unreadableFiles.push({ path, reason });
        if (underSpecs(path)) index.addFile(path);
      }
    } else if (underSpecs(path)) index.addFile(path);
    return true;
  };
  // A folder that appeared later is checked like any entry before it is entered.
  if (folder !== '' && !(await visit(folder, 'directory'))) return;
  const report = await walkTree(host, folder, visit, { skip: (name) => SKIPPED_FOLDERS.has(name), first: folder === '' && root !== '' ? root : undefined });
  report.unreadable.push(...unreadableFiles);
  if (folder === '') reports.set(index, report);
  else {
    // A later folder replaces what earlier crawls said about it and keeps the rest.
    const before = crawlReport(index);
    reports.set(index, {
      warnings: [...new Set([...before.warnings, ...report.warnings])],
      unreadable: [...before.unreadable.filter((u) => !isUnder(u.path, folder)), ...report.unreadable],
      entries: before.entries + report.entries,
    });
  }
}
