// The SpecHost over one workspace folder: open editors' text first (so the
// linter sees what the user is typing), then the file system. Symbolic links
// are resolved on disk so the core can refuse targets outside the folder.
import * as vscode from 'vscode';
import { realpath } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { SpecHost } from '../../core/host';

/** A host reading the files of a workspace folder, by workspace-relative POSIX path. */
export function workspaceFolderHost(folder: vscode.WorkspaceFolder): SpecHost {
  const uriOf = (path: string) => vscode.Uri.joinPath(folder.uri, ...path.split('/').filter(Boolean));
  return {
    async readFile(path) {
      const uri = uriOf(path);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open) return open.getText();
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        return undefined;
      }
    },
    async readDirectory(path) {
      try {
        const entries = await vscode.workspace.fs.readDirectory(uriOf(path));
        return entries
          .filter(([, type]) => (type & (vscode.FileType.File | vscode.FileType.Directory)) !== 0)
          .map(([name, type]) => [name, type & vscode.FileType.Directory ? 'directory' : 'file'] as [string, 'file' | 'directory']);
      } catch {
        return undefined;
      }
    },
    async stat(path) {
      try {
        const s = await vscode.workspace.fs.stat(uriOf(path));
        return { kind: s.type & vscode.FileType.Directory ? 'directory' : 'file' };
      } catch {
        return undefined;
      }
    },
    async realPath(path) {
      const uri = uriOf(path);
      if (uri.scheme !== 'file') return path;
      try {
        const [real, base] = await Promise.all([realpath(uri.fsPath), realpath(folder.uri.fsPath)]);
        const rel = relative(base, real);
        if (rel.startsWith('..') || rel === '' && real !== base) return null;
        return rel.split(sep).join('/');
      } catch {
        return undefined;
      }
    },
  };
}
