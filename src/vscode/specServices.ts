// One spec service per workspace folder (its own settings and specs root;
// nothing resolves across folders), kept current by one file watcher and the
// editors' text (debounced as the user types), and one diagnostic collection
// holding every finding of every folder, open files or not.
import * as vscode from 'vscode';
import type { Finding } from '../core/diagnostics';
import { createSpecService, type DiagnosticsChange, type SpecService } from '../core/service';
import { WORKSPACE_CONFIG_FILE } from '../core/settings';
import { toDiagnostic, toUri } from './convert';
import { folderSettings } from './settings';
import { createWorkspaceHost } from './workspaceHost';

const DEBOUNCE_MS = 250;

/** A folder's service. */
export interface FolderService {
  folder: vscode.WorkspaceFolder;
  service: SpecService;
}

/** Problems counted by severity, and the number of files checked. */
export interface ProblemCounts {
  files: number;
  errors: number;
  warnings: number;
  other: number;
}

export class SpecServices implements vscode.Disposable {
  private readonly services = new Map<string, Promise<FolderService>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly published = new Map<string, Set<string>>();
  private readonly collection = vscode.languages.createDiagnosticCollection('spec-architect');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly templates: vscode.Uri) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.changed(uri)),
      watcher.onDidChange((uri) => void this.changed(uri)),
      watcher.onDidDelete((uri) => void this.deleted(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.edited(e.document);
      }),
      // A closed editor's unsaved text no longer counts: read the disk again.
      vscode.workspace.onDidCloseTextDocument((d) => void this.changed(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('specArchitect')) void this.reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
    );
  }

  /** The service of the folder holding `uri`, indexed and published on first use. */
  async forUri(uri: vscode.Uri): Promise<FolderService | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.forFolder(folder) : undefined;
  }

  forFolder(folder: vscode.WorkspaceFolder): Promise<FolderService> {
    const key = folder.uri.toString();
    let entry = this.services.get(key);
    if (!entry) {
      entry = this.load(folder);
      this.services.set(key, entry);
    }
    return entry;
  }

  /** The workspace-relative POSIX path of a URI in its folder. */
  relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
    return uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
  }

  /** Starts every folder's service. */
  async startAll(): Promise<void> {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.forFolder(f)));
  }

  /** Reads every folder again, republishes everything and counts the findings by checker. */
  async validateAll(): Promise<{ references: ProblemCounts; apiLint: ProblemCounts }> {
    await this.reload();
    const references: ProblemCounts = { files: 0, errors: 0, warnings: 0, other: 0 };
    const apiLint: ProblemCounts = { files: 0, errors: 0, warnings: 0, other: 0 };
    for (const entry of this.services.values()) {
      const { service } = await entry;
      const findings = await service.workspaceDiagnostics();
      references.files += (await service.checkedFiles()).length;
      apiLint.files += new Set(findings.filter((f) => f.source === 'api-lint').map((f) => f.file)).size;
      for (const f of findings) {
        const counts = f.source === 'api-lint' ? apiLint : references;
        if (f.severity === 'error') counts.errors++;
        else if (f.severity === 'warning') counts.warnings++;
        else counts.other++;
      }
    }
    return { references, apiLint };
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<FolderService> {
    const host = createWorkspaceHost(folder.uri);
    const { settings } = await folderSettings(folder, host);
    const service = createSpecService({ host, settings, template: (rel) => this.template(rel) });
    const entry = { folder, service };
    await this.publish(entry, { all: true, files: [] });
    return entry;
  }

  private async reload(): Promise<void> {
    this.services.clear();
    this.collection.clear();
    this.published.clear();
    await this.startAll();
  }

  /** Sets the diagnostics of the files a change names (every file of the folder when `all`). */
  private async publish(entry: FolderService, change: DiagnosticsChange): Promise<void> {
    const key = entry.folder.uri.toString();
    let published = this.published.get(key);
    if (!published) this.published.set(key, (published = new Set()));
    let files = change.files;
    if (change.all) {
      files = await entry.service.checkedFiles();
      const now = new Set(files);
      for (const file of published) if (!now.has(file)) this.collection.delete(toUri(entry.folder.uri, file));
      published.clear();
    }
    for (const file of files) {
      const findings: Finding[] = await entry.service.diagnostics(file);
      const uri = toUri(entry.folder.uri, file);
      if (findings.length === 0) {
        this.collection.delete(uri);
        published.delete(file);
      } else {
        this.collection.set(uri, findings.map(toDiagnostic));
        published.add(file);
      }
    }
  }

  private edited(doc: vscode.TextDocument): void {
    if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'vscode-remote' && doc.uri.scheme !== 'vscode-userdata') return;
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.forUri(doc.uri).then(async (entry) => {
        if (!entry) return;
        const path = this.relativePath(entry.folder, doc.uri);
        if (path === WORKSPACE_CONFIG_FILE || !entry.service.tracks(path)) return;
        await this.publish(entry, await entry.service.fileChanged(path, doc.getText()));
      });
    }, DEBOUNCE_MS));
  }

  private async changed(uri: vscode.Uri): Promise<void> {
    const entry = await this.forUri(uri);
    if (!entry) return;
    const path = this.relativePath(entry.folder, uri);
    if (path.split('/').some((s) => s === 'node_modules' || s === '.git')) return;
    if (path === WORKSPACE_CONFIG_FILE) return this.reload();
    // A new folder may hold specs or scanned files: the service crawls it.
    await this.publish(entry, await entry.service.fileChanged(path));
  }

  private async deleted(uri: vscode.Uri): Promise<void> {
    const entry = await this.forUri(uri);
    if (!entry) return;
    const path = this.relativePath(entry.folder, uri);
    if (path === WORKSPACE_CONFIG_FILE) return this.reload();
    this.collection.delete(uri);
    this.published.get(entry.folder.uri.toString())?.delete(path);
    await this.publish(entry, await entry.service.fileDeleted(path));
  }

  /**
   * The content of a new spec from specs-templates/, or undefined for the
   * core's default: the starter template of the same path when there is one
   * (`@specs/auth/jwt.md` -> specs-templates/auth/jwt.md), else `<area>.md`, else `spec.md`.
   */
  private async template(rel: string): Promise<string | undefined> {
    const parts = rel.split('/');
    const area = parts[0] ?? '';
    const same = parts.every((p) => p !== '' && p !== '.' && p !== '..' && !p.includes('\\')) ? [rel] : [];
    for (const name of [...same, `${area}.md`, 'spec.md']) {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.templates, ...name.split('/'))));
      } catch {
        // try the next template
      }
    }
    return undefined;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
