// What the core needs from its environment, passed in by the caller: the VS Code
// layer implements it over workspace.fs and open documents, the CLI over
// node:fs, and tests over an in-memory map. The core never touches a file
// system itself.
//
// Paths are POSIX, relative to the workspace folder (`specs/api/tasks.md`).

export type EntryKind = 'file' | 'directory';

/**
 * One entry of a folder. `link` says whether the entry itself is a symbolic
 * link (its kind is then its target's), when the host can tell: a crawl asks
 * where an entry really lies only when it may be a link.
 */
export type DirectoryEntry = [name: string, kind: EntryKind, link?: boolean];

export interface SpecHost {
  /** The text of a file (an open editor's text when it has one), or undefined if it does not exist. */
  readFile(path: string): Promise<string | undefined>;
  /** The entries of a folder, or undefined if it does not exist. */
  readDirectory(path: string): Promise<DirectoryEntry[] | undefined>;
  /** Whether a path is a file or a folder, or undefined if it does not exist. */
  stat(path: string): Promise<{ kind: EntryKind } | undefined>;
  /**
   * Where a path really points after following symbolic links, as a path
   * relative to the workspace folder; `null` when the target lies outside the
   * workspace folder; undefined when the path does not exist. Hosts without
   * links return the path itself.
   */
  realPath(path: string): Promise<string | null | undefined>;
  /**
   * What identifies the folder or file on its device (`dev:ino`), so a crawl
   * can tell a folder it has seen under another name. Optional: without it
   * the crawl compares real paths.
   */
  identity?(path: string): Promise<string | undefined>;
  /**
   * Why a path that exists cannot be read (`permission denied`), or undefined
   * when it can be read or does not exist. Optional: hosts that cannot tell
   * leave unreadable files looking missing.
   */
  unreadable?(path: string): Promise<string | undefined>;
}
