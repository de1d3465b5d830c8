// Keeps a ReferenceIndex of one workspace folder up to date from the files'
// modification times: a refresh walks the folder (synchronous stats are
// several times faster than promises for thousands of small files) and reads
// only the files that are new or changed since the last one. With watchers
// (a long-lived server), a refresh after the first stats only the paths they
// named, so a warm refresh costs nothing on a quiet workspace; when a watcher
// fails or cannot name a path, the next refresh walks again. The same crawl
// rules as the core's buildIndex: skipped folders, scanned languages, and
// links under the specs root that leave it are recorded, never read.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, watch, type Dirent, type FSWatcher } from 'node:fs';
import * as nodePath from 'node:path';
import { DEFAULT_LANGUAGES, ReferenceIndex, SKIPPED_FOLDERS, scannedBy, type IndexChange } from '../core/references';
import { normalizeSpecsRoot as normalizeRoot } from '../core/settings';

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

  /**
   * One watcher per folder walked (not a recursive one, which would also
   * watch node_modules and .git), keyed by workspace path ('' the folder).
   */
  private readonly watchers = new Map<string, FSWatcher>();
  private watching = false;
  /** Folders walked by the current refresh. */
  private walked = new Set<string>();
  /** Paths the watchers named since the last refresh; undefined: walk everything. */
  private dirty: Set<string> | undefined;

  /** Watches the folders from the next refresh on; without it every refresh walks. */
  watch(): void {
    this.watching = true;
    this.dirty = undefined;
  }

  unwatch(): void {
    this.watching = false;
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
    this.dirty = undefined;
  }

  private watchFolder(dir: string, abs: string): void {
    this.walked.add(dir);
    if (!this.watching || this.watchers.has(dir)) return;
    try {
      const w = watch(abs, (_event, name) => {
        if (name === null) this.dirty = undefined;
        else this.dirty?.add(dir === '' ? String(name) : `${dir}/${String(name)}`);
      });
      w.on('error', () => {
        w.close();
        this.watchers.delete(dir);
        this.dirty = undefined;
      });
      this.watchers.set(dir, w);
    } catch {
      // No watcher for this folder (a limit reached): walk on every refresh instead.
      this.watching = false;
      this.dirty = undefined;
    }
  }

  private unwatchUnder(dir: string): void {
    for (const [d, w] of this.watchers) {
      if (d === dir || d.startsWith(`${dir}/`)) {
        w.close();
        this.watchers.delete(d);
      }
    }
  }

  /** Brings the index up to date with the disk. */
  refresh(): Refresh {
    this.realBase ??= safeRealpath(this.folder);
    const dirty = this.dirty;
    // From now on the watcher collects for the next refresh (a full walk when not watching).
    this.dirty = this.watching ? new Set() : undefined;
    if (dirty) return this.refreshPaths(dirty);
    const changes: Refresh['changes'] = [];
    const files = new Set<string>();
    const folders = new Set<string>();
    this.walked = new Set();
    this.visit('', files, folders, changes, new Set());
    for (const [d, w] of this.watchers) {
      if (!this.walked.has(d)) {
        w.close();
        this.watchers.delete(d);
      }
    }
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

  /** Re-reads only the named paths: a file, a folder (walked), or a path that went away. */
  private refreshPaths(paths: Set<string>): Refresh {
    const changes: Refresh['changes'] = [];
    for (const path of paths) {
      if (path.split('/').some((seg) => SKIPPED_FOLDERS.has(seg))) continue;
      const abs = nodePath.join(this.folder, ...path.split('/'));
      let st;
      try {
        st = lstatSync(abs);
      } catch {
        st = undefined;
      }
      if (st && !st.isSymbolicLink()) {
        if (st.isDirectory()) {
          const files = new Set<string>();
          const folders = new Set<string>();
          if (this.underRoot(path) && !this.folders.has(path)) {
            this.folders.add(path);
            changes.push({ path, change: this.index.addFolder(path) });
          }
          this.visit(path, files, folders, changes, new Set());
          for (const f of folders) this.folders.add(f);
          this.forgetUnder(path, files, folders, changes);
        } else this.visitFile(path, abs, this.underRoot(path), new Set(), changes);
        continue;
      }
      // A link: the full walk applies the rules for links (followed inside the workspace only).
      if (st) return this.walkAll(changes);
      // Gone: a file, or a folder with everything seen under it (in or outside the specs root).
      this.unwatchUnder(path);
      if (this.seen.delete(path)) changes.push({ path, change: this.index.remove(path) });
      else {
        const specsFolder = this.folders.delete(path);
        this.forgetUnder(path, new Set(), new Set(), changes);
        if (specsFolder) changes.push({ path, change: this.index.remove(path) });
      }
    }
    return { changes };
  }

  private walkAll(changes: Refresh['changes']): Refresh {
    this.dirty = undefined;
    const rest = this.refresh();
    return { changes: [...changes, ...rest.changes] };
  }

  /** Forgets what was seen under `dir` and is no longer there. */
  private forgetUnder(dir: string, files: Set<string>, folders: Set<string>, changes: Refresh['changes']): void {
    const prefix = `${dir}/`;
    for (const path of [...this.seen.keys()]) {
      if (path.startsWith(prefix) && !files.has(path)) {
        this.seen.delete(path);
        changes.push({ path, change: this.index.remove(path) });
      }
    }
    for (const f of [...this.folders]) {
      if (f.startsWith(prefix) && !folders.has(f)) {
        this.folders.delete(f);
        changes.push({ path: f, change: this.index.remove(f) });
      }
    }
  }

  private visit(dir: string, files: Set<string>, folders: Set<string>, changes: Refresh['changes'], visitedReal: Set<string>): void {
    const abs = dir === '' ? this.folder : nodePath.join(this.folder, ...dir.split('/'));
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    this.watchFolder(dir, abs);
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
      this.visitFile(path, entryAbs, underSpecs, files, changes);
    }
  }

  /** One file: read again when it is new or its modification time or size changed. */
  private visitFile(path: string, abs: string, underSpecs: boolean, files: Set<string>, changes: Refresh['changes']): void {
    const read = this.scanned(path) || (underSpecs && /\.(md|markdown)$/i.test(path));
    if (!read && !underSpecs) return;
    let st;
    try {
      st = statSync(abs);
    } catch {
      return;
    }
    files.add(path);
    const before = this.seen.get(path);
    if (before && before.mtimeMs === st.mtimeMs && before.size === st.size) return;
    this.seen.set(path, { mtimeMs: st.mtimeMs, size: st.size });
    if (!read) {
      changes.push({ path, change: this.index.addFile(path) });
      return;
    }
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch {
      return;
    }
    changes.push({ path, change: this.index.update(path, text) });
  }
}

function safeRealpath(abs: string): string | undefined {
  try {
    return realpathSync(abs);
  } catch {
    return undefined;
  }
}
