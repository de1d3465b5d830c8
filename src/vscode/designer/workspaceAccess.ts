// The API Designer's file access in VS Code: reads the API and database specs
// under the specs root, and applies a generation plan as one WorkspaceEdit.
// The designer works in the first workspace folder, with that folder's
// settings (the editor's specArchitect.* under its .spec-architect.json, by the
// same loader as the lint, the export and the CLI), so it reads and writes the
// folder they check.
import * as vscode from 'vscode';
import type { DbModelOffer } from '../../protocol/designerProtocol';
import { readSpecFolder, type GenerationPlan } from '../../core/designer';
import { readDbModels } from '../../core/dbModels';
import { confine } from '../../core/paths';
import { folderSettings } from '../settings';
import { createWorkspaceHost } from '../workspaceHost';

let loadedRoot = 'specs';

function workspaceFolder(): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.[0];
}

function folder(): vscode.Uri | undefined {
  return workspaceFolder()?.uri;
}

/** Loads the designer folder's settings again (a read or a write starts with it) and returns its specs root. */
async function refreshSpecsRoot(): Promise<string> {
  const f = workspaceFolder();
  loadedRoot = f ? (await folderSettings(f)).settings.specsRoot : 'specs';
  return loadedRoot;
}

/** The specs root as last loaded: every read and write of this module loads it first, so after one it is current. */
export function specsRoot(): string {
  return loadedRoot;
}

/** The markdown files directly in `<specsRoot>/<sub>/` (an open editor's text when it has one), read as the CLI's generate reads them (core/designer). */
async function readMarkdownIn(sub: string): Promise<Array<{ path: string; text: string }>> {
  const base = folder();
  if (!base) return [];
  return readSpecFolder(createWorkspaceHost(base), await refreshSpecsRoot(), sub);
}

export const readApiFiles = (): Promise<Array<{ path: string; text: string }>> => readMarkdownIn('api');

/** The database models of `<specsRoot>/db/*.md`, offered for "based on a database model". */
export async function dbModelOffers(): Promise<DbModelOffer[]> {
  const files = await readMarkdownIn('db');
  const cut = specsRoot() === '' ? 0 : specsRoot().length + 1;
  return files.flatMap((f) =>
    readDbModels(f.path, f.text).map((m) => ({
      name: m.name,
      reference: `@specs/${f.path.slice(cut)}${m.anchors[0] ? `#${m.anchors[0]}` : ''}`,
      fields: m.fields.map((x) => ({ name: x.name, type: x.type })),
    })),
  );
}

/** Applies the plan as one WorkspaceEdit (one undo step, deletions included), then saves the touched files; returns the paths written and deleted. */
export async function applyPlan(plan: GenerationPlan): Promise<string[]> {
  const base = folder();
  if (!base) throw new Error('Open a workspace folder first.');
  const uri = (path: string) => vscode.Uri.joinPath(base, ...path.split('/'));
  // The one confinement check (core/paths): every file edited, created or deleted must really lie in the specs root, links followed.
  const host = createWorkspaceHost(base);
  const refused: string[] = [];
  for (const path of new Set([...plan.edits.map((e) => e.file), ...plan.creates.map((c) => c.file), ...plan.deletes])) {
    if (!(await confine(host, path, specsRoot(), 'write')).ok) refused.push(path);
  }
  if (refused.length > 0) throw new Error(`Nothing was written: ${refused.join(', ')} would be written outside ${specsRoot()}/ (a path or a link leading out).`);
  const edit = new vscode.WorkspaceEdit();
  for (const e of plan.edits) {
    const r = e.range;
    edit.replace(uri(e.file), new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), e.newText);
  }
  for (const c of plan.creates) {
    edit.createFile(uri(c.file), { overwrite: false, ignoreIfExists: true });
    edit.insert(uri(c.file), new vscode.Position(0, 0), c.content);
  }
  // Files of resources the design no longer has (the plan never both edits and deletes a file).
  for (const path of plan.deletes) edit.deleteFile(uri(path), { ignoreIfNotExists: true });
  const touched = [...new Set([...plan.edits.map((e) => e.file), ...plan.creates.map((c) => c.file)])];
  if (touched.length === 0 && plan.deletes.length === 0) return [];
  if (!(await vscode.workspace.applyEdit(edit))) {
    // A refused file operation can leave the edits before it applied: say which files to look at and how to see what differs.
    const files = [...touched, ...plan.deletes].join(', ');
    throw new Error(`VS Code did not apply the whole edit (a file name the file system refuses, or a file changed or locked meanwhile), so some of ${files} may have changed and others not. Open Review to see what still differs from the draft, then Generate again.`);
  }
  for (const path of touched) {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri(path).toString());
    if (doc?.isDirty) await doc.save();
  }
  return [...touched, ...plan.deletes];
}
