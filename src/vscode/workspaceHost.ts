// The SpecHost over one workspace folder, shared by every feature: an open
// editor's text wins over the file on disk (checks see what the user is
// typing), then vscode.workspace.fs. Confined to the folder: a path that climbs
// out of it, or whose real location (after symbolic links) lies outside it, is
// answered as missing and never read.
import * as vscode from 'vscode';
import { realpath, stat as statOnDisk } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import type { DirectoryEntry, EntryKind, SpecHost } from '../core/host';
import { toUri } from './convert';

/** A host reading the files of `folder` by workspace-relative POSIX path. */
export function createWorkspaceHost(folder: vscode.Uri): SpecHost {
  const openText = (uri: vscode.Uri): string | undefined =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText();
  const kindOf = (type: vscode.FileType): EntryKind | undefined =>
    type & vscode.FileType.Directory ? 'directory' : type & vscode.FileType.File ? 'file' : undefined;

  /** The URI of a path that stays inside the folder, or undefined. */
  const uriOf = (path: string): vscode.Uri | undefined =>
    path.includes('\\') || path.startsWith('/') || path.split('/').includes('..') ? undefined : toUri(folder, path);

  /**
   * The path's real location relative to the folder: `null` outside it,
   * undefined when missing. On disk, links are followed; on other file systems
   * workspace.fs does not expose link targets, so a link counts as outside.
   */
  const realPathOf = async (path: string): Promise<string | null | undefined> => {
    const uri = uriOf(path);
    if (!uri) return null;
    try {
      if (uri.scheme !== 'file') {
        const st = await vscode.workspace.fs.stat(uri);
        return st.type & vscode.FileType.SymbolicLink ? null : path;
      }
      const [real, base] = await Promise.all([realpath(uri.fsPath), realpath(folder.fsPath)]);
      const rel = relative(base, real);
      if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
      return rel.split(sep).join('/');
    } catch {
      return undefined;
    }
  };

  /** The URI to read for a path, or undefined when it is outside the folder or missing. */
  const readable = async (path: string): Promise<vscode.Uri | undefined> => {
    const uri = uriOf(path);
    if (!uri) return undefined;
    return typeof (await realPathOf(path)) === 'string' ? uri : undefined;
  };

  return {
    async readFile(path) {
      const target = await readable(path);
      if (!target) return undefined;
      const open = openText(target);
      if (open !== undefined) return open;
      try {
        // Only regular files: reading a FIFO or a device would never end.
        if (!((await vscode.workspace.fs.stat(target)).type & vscode.FileType.File)) return undefined;
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      } catch {
        return undefined;
      }
    },
    async readDirectory(path) {
      const target = await readable(path);
      if (!target) return undefined;
      try {
        const entries = await vscode.workspace.fs.readDirectory(target);
        return entries.flatMap(([name, type]): DirectoryEntry[] => {
          const kind = kindOf(type);
          return kind ? [[name, kind, (type & vscode.FileType.SymbolicLink) !== 0]] : [];
        });
      } catch {
        return undefined;
      }
    },
    async stat(path) {
      const target = await readable(path);
      if (!target) return undefined;
      try {
        const kind = kindOf((await vscode.workspace.fs.stat(target)).type);
        return kind ? { kind } : undefined;
      } catch {
        return undefined;
      }
    },
    realPath: realPathOf,
    // The crawl's visited set (core/paths/walk): device and inode on disk; elsewhere it falls back to real paths.
    async identity(path) {
      const target = await readable(path);
      if (!target || target.scheme !== 'file') return undefined;
      const st = await statOnDisk(target.fsPath).catch(() => undefined);
      return st ? `${st.dev}:${st.ino}` : undefined;
    },
  };
}
