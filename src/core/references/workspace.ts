// Fills an index from a host: crawls the workspace once, checking every entry
// under the specs root for links that leave it before reading anything.
import type { SpecHost } from '../host';
import { ReferenceIndex } from './referenceIndex';
import { DEFAULT_LANGUAGES, SKIPPED_FOLDERS, scannedBy } from './languages';

export interface IndexOptions {
  specsRoot: string;
  /** Language ids whose files are scanned for tokens (markdown, python, ... by default). */
  languages?: readonly string[];
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
  const inRoot = (p: string): boolean => root === '' || p === root || p.startsWith(`${root}/`);
  const leaves = async (p: string): Promise<boolean> => {
    const real = await host.realPath(p);
    if (real === undefined) return false;
    return real === null || !inRoot(real);
  };

  const visit = async (dir: string): Promise<void> => {
    const entries = await host.readDirectory(dir);
    if (!entries) return;
    await Promise.all(entries.map(async ([name, kind]) => {
      const path = dir === '' ? name : `${dir}/${name}`;
      const underSpecs = inRoot(path);
      if (underSpecs && (await leaves(path))) {
        index.markOutside(path);
        return;
      }
      if (kind === 'directory') {
        if (SKIPPED_FOLDERS.has(name)) return;
        // Only folders on the way to the root, or under it, matter for resolution; others only for tokens.
        if (underSpecs) index.addFolder(path);
        await visit(path);
        return;
      }
      if (scanned(path) || (underSpecs && /\.(md|markdown)$/i.test(path))) {
        const text = await host.readFile(path);
        if (text !== undefined) index.update(path, text);
      } else if (underSpecs) index.addFile(path);
    }));
  };
  if (folder !== '' && inRoot(folder)) {
    if (await leaves(folder)) {
      index.markOutside(folder);
      return;
    }
    index.addFolder(folder);
  }
  await visit(folder);
}
