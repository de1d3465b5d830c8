// Watches a workspace folder for a long-lived agent server and collects the
// paths that changed, so each answer tells the spec service only those
// (fileChanged / fileDeleted) instead of reading the workspace again. One
// watcher per folder the core's bounded crawl enters (a recursive watcher
// would also watch node_modules and .git, and follow no crawl limits). When a
// watcher cannot name what changed, fails, or cannot be set up (a system
// limit), `take()` answers undefined: the caller reads everything again.
import { watch, type FSWatcher } from 'node:fs';
import * as nodePath from 'node:path';
import type { SpecHost } from '../core/host';
import { walkTree } from '../core/paths';
import { SKIPPED_FOLDERS } from '../core/references';

export class FolderWatcher {
  /** Watchers by workspace path of their folder ('' the workspace folder). */
  private readonly watchers = new Map<string, FSWatcher>();
  /** Paths named since the last take(); undefined when something was missed. */
  private named: Set<string> | undefined = new Set();
  private closed = false;
  /** Watching failed for good (a system limit): every take() says to read everything again. */
  failing = false;

  constructor(private readonly folder: string, private readonly host: SpecHost) {}

  /** Watches `dir` ('' the workspace) and every folder under it that the crawl would enter. */
  async watchUnder(dir: string): Promise<void> {
    await walkTree(this.host, dir, (_path, kind) => kind === 'directory', { skip: (name) => SKIPPED_FOLDERS.has(name), entered: (d) => this.watchFolder(d) });
  }

  /** The paths named since the last call (undefined: read everything again), and starts collecting anew. */
  take(): Set<string> | undefined {
    if (this.failing) return undefined;
    const named = this.named;
    this.named = new Set();
    return named;
  }

  /** Stops watching a folder that went away, and everything under it. */
  forget(dir: string): void {
    for (const [d, w] of this.watchers) {
      if (d === dir || d.startsWith(`${dir}/`)) {
        w.close();
        this.watchers.delete(d);
      }
    }
  }

  dispose(): void {
    this.closed = true;
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }

  private watchFolder(dir: string): void {
    if (this.closed || this.watchers.has(dir)) return;
    const missed = () => {
      this.named = undefined;
    };
    try {
      const w = watch(dir === '' ? this.folder : nodePath.join(this.folder, ...dir.split('/')), (_event, name) => {
        if (name === null) missed();
        else this.named?.add(dir === '' ? String(name) : `${dir}/${String(name)}`);
      });
      w.on('error', () => {
        w.close();
        this.watchers.delete(dir);
        missed();
      });
      this.watchers.set(dir, w);
    } catch {
      // No watcher for this folder (a system limit reached): its changes would go unseen, so every refresh reads again.
      this.failing = true;
      this.dispose();
    }
  }
}
