// A SpecHost over vscode.workspace.fs for one workspace folder; an open
// document's text wins over the file on disk.
import * as vscode from 'vscode';
import type { EntryKind, SpecHost } from '../../core/host';
import { toUri } from '../convert';

export function createVscodeHost(folder: vscode.Uri): SpecHost {
  const openText = (uri: vscode.Uri): string | undefined =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText();
  const kindOf = (type: vscode.FileType): EntryKind | undefined =>
    type & vscode.FileType.Directory ? 'directory' : type & vscode.FileType.File ? 'file' : undefined;
  return {
    async readFile(path) {
      const uri = toUri(folder, path);
      const open = openText(uri);
      if (open !== undefined) return open;
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        return undefined;
      }
    },
    async readDirectory(path) {
      try {
        const entries = await vscode.workspace.fs.readDirectory(toUri(folder, path));
        return entries.flatMap(([name, type]) => {
          const kind = kindOf(type);
          return kind ? [[name, kind] as [string, EntryKind]] : [];
        });
      } catch {
        return undefined;
      }
    },
    async stat(path) {
      try {
        const kind = kindOf((await vscode.workspace.fs.stat(toUri(folder, path))).type);
        return kind ? { kind } : undefined;
      } catch {
        return undefined;
      }
    },
    async realPath(path) {
      // workspace.fs does not expose link targets; a symbolic link is treated as
      // leaving the root, so nothing behind it is read.
      try {
        const st = await vscode.workspace.fs.stat(toUri(folder, path));
        return st.type & vscode.FileType.SymbolicLink ? null : path;
      } catch {
        return undefined;
      }
    },
  };
}
