// Publishes the API lint findings as diagnostics, workspace-wide: on start,
// as the user types in a spec (debounced), when spec files change on disk,
// and when the settings or `.spec-architect.json` change. Keeps the findings
// so the code action provider can offer their fixes.
import * as vscode from 'vscode';
import type { Finding } from '../../core/diagnostics/finding';
import { lintApiWorkspace } from '../../core/lint';
import { WORKSPACE_CONFIG_FILE } from '../../core/config';
import { toDiagnostic } from '../convert';
import { lintOptionsFor } from './settings';
import { createWorkspaceHost } from '../workspaceHost';

const DEBOUNCE_MS = 300;

/** Problems counted by severity, and the number of files they are in. */
export interface ProblemCounts {
  files: number;
  errors: number;
  warnings: number;
  other: number;
}

/** The latest findings of each workspace folder, by folder URI. */
export class ApiLintDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('spec-architect-api-lint');
  private readonly findings = new Map<string, Finding[]>();
  private readonly published = new Map<string, vscode.Uri[]>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();

  /** The findings in a document, with the folder they are relative to. */
  findingsFor(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; findings: Finding[] } | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const base = folder.uri.path.replace(/\/+$/, '');
    const file = uri.path.slice(base.length + 1);
    return { folder, findings: (this.findings.get(folder.uri.toString()) ?? []).filter((f) => f.file === file) };
  }

  /** Lints every folder again after a short pause (typing, saving, settings). */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refreshAll(), DEBOUNCE_MS);
  }

  /** Lints every workspace folder now; resolves when the diagnostics are published. */
  refreshAll(): Promise<void> {
    this.running = this.running.then(async () => {
      for (const folder of vscode.workspace.workspaceFolders ?? []) await this.refresh(folder);
    });
    return this.running;
  }

  private async refresh(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    let findings: Finding[] = [];
    try {
      const host = createWorkspaceHost(folder.uri);
      findings = await lintApiWorkspace(host, await lintOptionsFor(folder, host));
    } catch (error) {
      console.error('Spec Architect: API lint failed', error);
    }
    this.findings.set(key, findings);
    for (const uri of this.published.get(key) ?? []) this.collection.delete(uri);
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), toDiagnostic(f)]);
    const uris: vscode.Uri[] = [];
    for (const [file, diagnostics] of byFile) {
      const uri = vscode.Uri.joinPath(folder.uri, ...file.split('/'));
      this.collection.set(uri, diagnostics);
      uris.push(uri);
    }
    this.published.set(key, uris);
  }

  /** The latest findings of every folder, counted by severity; `files` holds at least one. */
  counts(): ProblemCounts {
    const counts: ProblemCounts = { files: 0, errors: 0, warnings: 0, other: 0 };
    for (const findings of this.findings.values()) {
      counts.files += new Set(findings.map((f) => f.file)).size;
      for (const f of findings) {
        if (f.severity === 'error') counts.errors++;
        else if (f.severity === 'warning') counts.warnings++;
        else counts.other++;
      }
    }
    return counts;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.collection.dispose();
  }
}

/** Starts the API lint and keeps it up to date. */
export function watchApiLint(context: vscode.ExtensionContext, diagnostics: ApiLintDiagnostics): void {
  const isSpec = (uri: vscode.Uri) => uri.path.endsWith('.md') || uri.path.endsWith(`/${WORKSPACE_CONFIG_FILE}`);
  const watcher = vscode.workspace.createFileSystemWatcher(`**/{*.md,${WORKSPACE_CONFIG_FILE}}`);
  context.subscriptions.push(
    diagnostics,
    watcher,
    watcher.onDidCreate(() => diagnostics.schedule()),
    watcher.onDidChange(() => diagnostics.schedule()),
    watcher.onDidDelete(() => diagnostics.schedule()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && isSpec(e.document.uri)) diagnostics.schedule();
    }),
    // A closed editor's unsaved text no longer counts: read the disk again.
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (isSpec(d.uri)) diagnostics.schedule();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('specArchitect')) diagnostics.schedule();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => diagnostics.schedule()),
  );
  void diagnostics.refreshAll();
}
