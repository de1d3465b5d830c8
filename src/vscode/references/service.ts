// Keeps one reference index per workspace folder current (file watcher,
// document edits debounced as the user types) and publishes diagnostics for
// every scanned file, open or not.
import * as vscode from 'vscode';
import { mergeSeverity, parseWorkspaceConfig, WORKSPACE_CONFIG_FILE } from '../../core/config';
import type { SeverityOverrides } from '../../core/diagnostics/finding';
import { buildIndex, diagnoseFile, filesToRecheck, scannedBy, DEFAULT_LANGUAGES, type IndexChange, type ReferenceCheckOptions, type ReferenceIndex } from '../../core/references/api';
import { createWorkspaceHost } from '../workspaceHost';
import { toDiagnostic, toUri } from '../convert';

const DEBOUNCE_MS = 250;

export interface FolderState {
  folder: vscode.WorkspaceFolder;
  index: ReferenceIndex;
  options: ReferenceCheckOptions;
  scanned: (path: string) => boolean;
}

export class ReferenceService implements vscode.Disposable {
  private readonly states = new Map<string, Promise<FolderState>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly diagnostics = vscode.languages.createDiagnosticCollection('spec-architect.references');
  private readonly disposables: vscode.Disposable[] = [this.diagnostics];

  constructor(private readonly templates: vscode.Uri) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.fileChanged(uri)),
      watcher.onDidChange((uri) => void this.fileChanged(uri)),
      watcher.onDidDelete((uri) => void this.fileDeleted(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.documentEdited(e.document)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('specArchitect')) void this.reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
    );
  }

  /** The state of the folder holding `uri`, indexed on first use. */
  async stateFor(uri: vscode.Uri): Promise<FolderState | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const key = folder.uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = this.load(folder);
      this.states.set(key, state);
    }
    return state;
  }

  /** The workspace-relative POSIX path of a URI in its folder. */
  relativePath(state: FolderState, uri: vscode.Uri): string {
    return uri.path.slice(state.folder.uri.path.replace(/\/$/, '').length + 1);
  }

  /** Re-reads every folder and re-checks everything; the counts of problems by severity. */
  async validateAll(): Promise<{ files: number; errors: number; warnings: number; other: number }> {
    await this.reload();
    const counts = { files: 0, errors: 0, warnings: 0, other: 0 };
    for (const state of this.states.values()) {
      const s = await state;
      for (const path of s.index.filesWithTokens()) {
        counts.files++;
        for (const f of diagnoseFile(s.index, path, s.options)) {
          if (f.severity === 'error') counts.errors++;
          else if (f.severity === 'warning') counts.warnings++;
          else counts.other++;
        }
      }
    }
    return counts;
  }

  /**
   * The content of a new spec from specs-templates/, or undefined for the
   * core's default: the starter template of the same path when there is one
   * (`@specs/auth/jwt.md` -> specs-templates/auth/jwt.md), else `<area>.md`, else `spec.md`.
   */
  async template(rel: string): Promise<string | undefined> {
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

  private async reload(): Promise<void> {
    this.states.clear();
    this.diagnostics.clear();
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.stateFor(f.uri)));
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<FolderState> {
    const config = vscode.workspace.getConfiguration('specArchitect', folder.uri);
    const host = createWorkspaceHost(folder.uri);
    const fileText = await host.readFile(WORKSPACE_CONFIG_FILE);
    const fileConfig = fileText === undefined ? {} : parseWorkspaceConfig(fileText).config;
    const specsRoot = fileConfig.specsRoot ?? config.get<string>('specsRoot', 'specs');
    const languages = config.get<string[]>('languages', DEFAULT_LANGUAGES);
    const index = await buildIndex(host, { specsRoot, languages });
    const state: FolderState = {
      folder,
      index,
      scanned: scannedBy(languages),
      options: {
        checkCodeBlocks: config.get<boolean>('checkCodeBlocks', true),
        severity: mergeSeverity(config.get<SeverityOverrides>('severity', {}), fileConfig.severity),
        ignore: fileConfig.ignore ?? config.get<string[]>('ignore', []),
      },
    };
    this.publishAll(state);
    return state;
  }

  private publishAll(state: FolderState): void {
    for (const path of state.index.filesWithTokens()) this.publish(state, path);
  }

  private publish(state: FolderState, path: string): void {
    const findings = diagnoseFile(state.index, path, state.options);
    this.diagnostics.set(toUri(state.folder.uri, path), findings.map(toDiagnostic));
  }

  /**
   * After a change, re-checks what it can affect: the changed file and the
   * files whose tokens read its headings or routes, or every file when files
   * or folders under the specs root appeared or disappeared.
   */
  private republish(state: FolderState, path: string, change: IndexChange): void {
    const recheck = filesToRecheck(state.index, path, change);
    if (recheck.all) {
      this.diagnostics.clear();
      this.publishAll(state);
    } else for (const file of recheck.files) this.publish(state, file);
  }

  private documentEdited(doc: vscode.TextDocument): void {
    if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'vscode-remote' && doc.uri.scheme !== 'vscode-userdata') return;
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.stateFor(doc.uri).then((state) => {
        if (!state) return;
        const path = this.relativePath(state, doc.uri);
        if (!state.scanned(path) && state.index.relative(path) === undefined) return;
        this.republish(state, path, state.index.update(path, doc.getText()));
      });
    }, DEBOUNCE_MS));
  }

  private async fileChanged(uri: vscode.Uri): Promise<void> {
    const state = await this.stateFor(uri);
    if (!state) return;
    const path = this.relativePath(state, uri);
    if (path.split('/').some((s) => s === 'node_modules' || s === '.git')) return;
    if (path === WORKSPACE_CONFIG_FILE) return this.reload();
    const stat = await vscode.workspace.fs.stat(uri).then((s) => s, () => undefined);
    if (!stat) return;
    let change: IndexChange;
    if (stat.type & vscode.FileType.Directory) {
      change = state.index.addFolder(path);
    } else if (state.scanned(path) || /\.(md|markdown)$/i.test(path)) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const text = open?.getText() ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      change = state.index.update(path, text);
    } else change = state.index.addFile(path);
    this.republish(state, path, change);
  }

  private async fileDeleted(uri: vscode.Uri): Promise<void> {
    const state = await this.stateFor(uri);
    if (!state) return;
    const path = this.relativePath(state, uri);
    const change = state.index.remove(path);
    this.diagnostics.delete(uri);
    for (const [u] of [...iterate(this.diagnostics)]) if (u.path.startsWith(`${uri.path}/`)) this.diagnostics.delete(u);
    // The deleted file has no tokens left; only others can need a new check.
    if (change.structure) this.republish(state, path, change);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

function iterate(collection: vscode.DiagnosticCollection): Array<[vscode.Uri, readonly vscode.Diagnostic[]]> {
  const out: Array<[vscode.Uri, readonly vscode.Diagnostic[]]> = [];
  collection.forEach((uri, diags) => out.push([uri, diags]));
  return out;
}
