// Keeps a ReferenceIndex of one workspace folder up to date from the files'
// modification times: a refresh walks the folder with the one bounded crawl
// of the core (core/paths/walk: each folder once by device and inode, links
// followed only inside the workspace, depth and entry limits, special files
// skipped) and reads only the files that are new or changed since the last
// one (a synchronous stat per file: several times faster than promises for
// thousands of small files). With watchers (a long-lived server), a refresh
// after the first stats only the paths they named, so a warm refresh costs
// nothing on a quiet workspace; when a watcher fails or cannot name a path,
// the next refresh walks again. Entries under the specs root go through the
// one confinement check: a link leaving the root is recorded, never read.
// Files are read by the Node host's rule (regular files only, never blocking).
import { lstatSync, statSync, watch, type FSWatcher } from 'node:fs';
import * as nodePath from 'node:path';
import type { SpecHost } from '../core/host';
import { readRegularSync, reasonOf } from '../cli/nodeHost';
import { confiner, isUnder, walkTree, type WalkResult } from '../core/paths';
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

type Changes = Refresh['changes'];

export class WorkspaceIndex {
  readonly index: ReferenceIndex;
  private readonly root: string;
  private readonly scanned: (path: string) => boolean;
  private readonly seen = new Map<string, Seen>();
  private readonly folders = new Set<string>();
  /** What the crawl could not read or stopped at (io.* findings). */
  private report: WalkResult = { warnings: [], unreadable: [], entries: 0 };

  constructor(readonly folder: string, private readonly host: SpecHost, specsRoot: string, languages: readonly string[] = DEFAULT_LANGUAGES) {
    this.index = new ReferenceIndex(specsRoot);
    this.root = normalizeRoot(specsRoot);
    this.scanned = scannedBy(languages);
  }

  /** Whether a workspace path lies under the specs root. */
  underRoot(path: string): boolean {
    return isUnder(path, this.root);
  }

  /** Limits the crawl reached and what it could not read, as of the last refresh. */
  crawlReport(): Readonly<WalkResult> {
    return this.report;
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

  private watchFolder(dir: string): void {
    this.walked.add(dir);
    if (!this.watching || this.watchers.has(dir)) return;
    try {
      const w = watch(this.absolute(dir), (_event, name) => {
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

  private absolute(path: string): string {
    return path === '' ? this.folder : nodePath.join(this.folder, ...path.split('/'));
  }

  /** Brings the index up to date with the disk. */
  async refresh(): Promise<Refresh> {
    const dirty = this.dirty;
    // From now on the watcher collects for the next refresh (a full walk when not watching).
    this.dirty = this.watching ? new Set() : undefined;
    if (dirty) return this.refreshPaths(dirty);
    const changes: Changes = [];
    const files = new Set<string>();
    const folders = new Set<string>();
    this.walked = new Set();
    this.report = await this.visit('', files, folders, changes);
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
  private async refreshPaths(paths: Set<string>): Promise<Refresh> {
    const changes: Changes = [];
    for (const path of paths) {
      if (path.split('/').some((seg) => SKIPPED_FOLDERS.has(seg))) continue;
      let st;
      try {
        st = lstatSync(this.absolute(path));
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
          const report = await this.visit(path, files, folders, changes);
          this.report = { ...report, unreadable: [...this.report.unreadable.filter((u) => !isUnder(u.path, path)), ...report.unreadable], warnings: [...new Set([...this.report.warnings, ...report.warnings])] };
          for (const f of folders) this.folders.add(f);
          this.forgetUnder(path, files, folders, changes);
        } else if (st.isFile()) {
          const reason = await this.visitFile(path, this.underRoot(path), new Set(), changes);
          if (reason) this.report = { ...this.report, unreadable: [...this.report.unreadable.filter((u) => u.path !== path), { path, reason }] };
        }
        continue;
      }
      // A link: the full walk applies the rules for links (followed inside the workspace only).
      if (st) return this.walkAll(changes);
      // Gone: a file, or a folder with everything seen under it (in or outside the specs root).
      this.unwatchUnder(path);
      this.report = { ...this.report, unreadable: this.report.unreadable.filter((u) => !isUnder(u.path, path)) };
      if (this.seen.delete(path)) changes.push({ path, change: this.index.remove(path) });
      else {
        const specsFolder = this.folders.delete(path);
        this.forgetUnder(path, new Set(), new Set(), changes);
        if (specsFolder) changes.push({ path, change: this.index.remove(path) });
      }
    }
    return { changes };
  }

  private async walkAll(changes: Changes): Promise<Refresh> {
    this.dirty = undefined;
    const rest = await this.refresh();
    return { changes: [...changes, ...rest.changes] };
  }

  /** Forgets what was seen under `dir` and is no longer there. */
  private forgetUnder(dir: string, files: Set<string>, folders: Set<string>, changes: Changes): void {
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

  /** Walks `dir` with the core's bounded crawl; returns what the crawl could not read or stopped at. */
  private async visit(dir: string, files: Set<string>, folders: Set<string>, changes: Changes): Promise<WalkResult> {
    const unreadableFiles: WalkResult['unreadable'] = [];
    const confine = confiner(this.host, this.root);
    // A folder a watcher named is checked like any entry before anything in it is taken as inside.
    if (dir !== '' && this.underRoot(dir) && dir !== this.root && !(await confine(dir, 'read')).ok) return { warnings: [], unreadable: [], entries: 0 };
    const report = await walkTree(
      this.host,
      dir,
      async (path, kind, link) => {
        const underSpecs = this.underRoot(path) && path !== this.root;
        if (underSpecs && !(await confine(path, 'read', link)).ok) {
          const change = this.index.markOutside(path);
          if (change.structure) changes.push({ path, change });
          return false;
        }
        if (kind === 'directory') {
          if (underSpecs) {
            folders.add(path);
            if (!this.folders.has(path)) changes.push({ path, change: this.index.addFolder(path) });
          }
          return true;
        }
        const reason = await this.visitFile(path, underSpecs, files, changes);
        if (reason) unreadableFiles.push({ path, reason });
        return true;
      },
      { skip: (name) => SKIPPED_FOLDERS.has(name), first: dir === '' && this.root !== '' ? this.root : undefined, entered: (d) => this.watchFolder(d) },
    );
    report.unreadable.push(...unreadableFiles);
    return report;
  }

  /** One file: read again when it is new or its modification time or size changed; the reason when it cannot be read. */
  private async visitFile(path: string, underSpecs: boolean, files: Set<string>, changes: Changes): Promise<string | undefined> {
    const read = this.scanned(path) || (underSpecs && /\.(md|markdown)$/i.test(path));
    if (!read && !underSpecs) return undefined;
    const abs = this.absolute(path);
    let st;
    try {
      // A link outside the specs root is read only while it stays in the workspace (the host's rule).
      if (lstatSync(abs).isSymbolicLink() && (await this.host.realPath(path)) === null) return undefined;
      st = statSync(abs);
    } catch {
      return undefined;
    }
    if (!st.isFile()) return undefined;
    files.add(path);
    const before = this.seen.get(path);
    if (before && before.mtimeMs === st.mtimeMs && before.size === st.size) return undefined;
    this.seen.set(path, { mtimeMs: st.mtimeMs, size: st.size });
    if (!read) {
      changes.push({ path, change: this.index.addFile(path) });
      return undefined;
    }
    // The host's read rule (regular files only, never blocking, BOM dropped, 16 MB at most), synchronous:
    // the path was confined above (under the root) or is a file of the workspace after links.
    let text: string | undefined;
    let reason: string | undefined;
    try {
      text = readRegularSync(abs);
    } catch (error) {
      reason = reasonOf(error);
    }
    if (text === undefined) {
      // Seen but unread: the next refresh tries again; a spec still exists for the references to it.
      this.seen.delete(path);
      const change = underSpecs ? this.index.addFile(path) : undefined;
      if (change?.structure) changes.push({ path, change });
      return reason;
    }
    this.report = { ...this.report, unreadable: this.report.unreadable.filter((u) => u.path !== path) };
    changes.push({ path, change: this.index.update(path, text) });
    return undefined;
  }
}
