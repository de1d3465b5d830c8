// A read-only SpecHost over one workspace folder for the export: open
// editors' text first (the export sees unsaved edits), then workspace.fs.
import * as vscode from 'vscode';
import { realpath } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { SpecHost } from '../../core/host';

/** Reads files of `folder` by workspace-relative POSIX path. */
export function exportHost(folder: vscode.WorkspaceFolder): SpecHost {
  const uriOf = (path: string) => vscode.Uri.joinPath(folder.uri, ...path.split('/').filter(Boolean));
  const kindOf = (type: vscode.FileType): 'file' | 'directory' => (type & vscode.FileType.Directory ? 'directory' : 'file');
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
        return (await vscode.workspace.fs.readDirectory(uriOf(path))).map(([name, type]) => [name, kindOf(type)] as [string, 'file' | 'directory']);
      } catch {
        return undefined;
      }
    },
    async stat(path) {
      try {
        return { kind: kindOf((await vscode.workspace.fs.stat(uriOf(path))).type) };
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
        if (rel === '..' || rel.startsWith(`..${sep}`)) return null;
        return rel.split(sep).join('/');
      } catch {
        return undefined;
      }
    },
  };
}
