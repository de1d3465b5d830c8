// Keeps a ReferenceIndex of one workspace folder up to date from the files'
// modification times: each refresh walks the folder (synchronous stats are
// several times faster than promises for thousands of small files) and reads
// only the files that are new or changed since the last one. The same crawl
// rules as the core's buildIndex: skipped folders, scanned languages, and
// links under the specs root that leave it are recorded, never read.
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import * as nodePath from 'node:path';
import { ReferenceIndex, normalizeRoot, type IndexChange } from '../core/references/api';
import { DEFAULT_LANGUAGES, SKIPPED_FOLDERS, scannedBy } from '../core/references/languages';

/** What one refresh changed. */
export interface Refresh {
  /** Workspace paths read again, added or removed, with what each change can affect. */
  changes: Array<{ path: string; change: IndexChange }>;
}

interface Seen {
  mtimeMs: number;
  size: number;
}

export class WorkspaceIndex {
  readonly index: ReferenceIndex;
  private readonly root: string;
  private readonly scanned: (path: string) => boolean;
  private readonly seen = new Map<string, Seen>();
  private readonly folders = new Set<string>();
  private realBase: string | undefined;

  constructor(readonly folder: string, specsRoot: string, languages: readonly string[] = DEFAULT_LANGUAGES) {
    this.index = new ReferenceIndex(specsRoot);
    this.root = normalizeRoot(specsRoot);
    this.scanned = scannedBy(languages);
  }

  /** Whether a workspace path lies under the specs root. */
  underRoot(path: string): boolean {
    return this.root === '' || path === this.root || path.startsWith(`${this.root}/`);
  }

  /** Brings the index up to date with the disk. */
  refresh(): Refresh {
    this.realBase ??= safeRealpath(this.folder);
    const changes: Refresh['changes'] = [];
    const files = new Set<string>();
    const folders = new Set<string>();
    this.visit('', files, folders, changes, new Set());
    for (const path of [...this.seen.keys()]) {
      if (!files.has(path)) {
        this.seen.delete(path);
        changes.push({ path, change: this.index.remove(path) });
      }
    }
    for (const dir of this.folders) if (!folders.has(dir)) changes.push({ path: dir, change: this.index.remove(dir) });
    this.folders.clear();
    for (const dir of folders) this.folders.add(dir);
    return { changes };
  }

  private visit(dir: string, files: Set<string>, folders: Set<string>, changes: Refresh['changes'], visitedReal: Set<string>): void {
    const abs = dir === '' ? this.folder : nodePath.join(this.folder, ...dir.split('/'));
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      const entryAbs = nodePath.join(abs, entry.name);
      const underSpecs = this.underRoot(path);
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        // A link is followed only while its target stays in the workspace (and, under the specs root, in the root).
        const real = safeRealpath(entryAbs);
        const base = this.realBase;
        const rel = real && base && (real === base || real.startsWith(base + nodePath.sep)) ? nodePath.relative(base, real).split(nodePath.sep).join('/') : undefined;
        if (rel === undefined || (underSpecs && !this.underRoot(rel))) {
          if (underSpecs) this.index.markOutside(path);
          continue;
        }
        if (visitedReal.has(real as string)) continue;
        try {
          isDir = statSync(entryAbs).isDirectory();
        } catch {
          continue;
        }
        if (isDir) visitedReal.add(real as string);
      }
      if (isDir) {
        if (SKIPPED_FOLDERS.has(entry.name)) continue;
        if (underSpecs) {
          folders.add(path);
          if (!this.folders.has(path)) changes.push({ path, change: this.index.addFolder(path) });
        }
        this.visit(path, files, folders, changes, visitedReal);
        continue;
      }
      const read = this.scanned(path) || (underSpecs && /\.(md|markdown)$/i.test(path));
      if (!read && !underSpecs) continue;
      let st;
      try {
        st = statSync(entryAbs);
      } catch {
        continue;
      }
      files.add(path);
      const before = this.seen.get(path);
      if (before && before.mtimeMs === st.mtimeMs && before.size === st.size) continue;
      this.seen.set(path, { mtimeMs: st.mtimeMs, size: st.size });
      if (!read) {
        changes.push({ path, change: this.index.addFile(path) });
        continue;
      }
      let text: string;
      try {
        text = readFileSync(entryAbs, 'utf8');
      } catch {
        continue;
      }
      changes.push({ path, change: this.index.update(path, text) });
    }
  }
}

function safeRealpath(abs: string): string | undefined {
  try {
    return realpathSync(abs);
  } catch {
    return undefined;
  }
}
