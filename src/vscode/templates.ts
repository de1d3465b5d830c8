// The starter templates as the extension sees them: specs-templates/ in the
// extension's install folder, read at run time through vscode.workspace.fs.
// Read rather than embedded in the bundle by esbuild because there is then
// one copy on disk, shipped in the .vsix (.vscodeignore keeps
// specs-templates/**; the packaged tests fail when one is missing), which the
// CLI (dist/cli.js -> ../specs-templates) and the references quick fix
// "create from template" read as well; adding a template needs no code change.
import * as vscode from 'vscode';

/** specs-templates/ of the installed extension. */
export function templatesFolder(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'specs-templates');
}

/** Every regular file under `folder`, by POSIX path relative to it; links are skipped. */
export async function readTemplates(folder: vscode.Uri): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (uri: vscode.Uri, rel: string): Promise<void> => {
    const entries = (await vscode.workspace.fs.readDirectory(uri)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name, type] of entries) {
      if (type & vscode.FileType.SymbolicLink) continue;
      const child = vscode.Uri.joinPath(uri, name);
      const relPath = rel ? `${rel}/${name}` : name;
      if (type & vscode.FileType.Directory) await walk(child, relPath);
      else if (type & vscode.FileType.File) out.set(relPath, new TextDecoder().decode(await vscode.workspace.fs.readFile(child)));
    }
  };
  await walk(folder, '');
  return out;
}
