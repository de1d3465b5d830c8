// The one place where the coding-agent tools (the MCP server, the hook and the
// editor's language-model tools) call into the core: a Node host over the
// workspace folder, its settings (loadSettings) and the one spec service
// (createSpecService), as the CLI's lint uses them. A long-lived server keeps
// the service and a file watcher, and before each answer tells the service
// what the watcher named, so a warm check reads only what changed; without a
// watcher each refresh reads the workspace again. The findings of each file
// are kept and asked again only for the files a change names.
import * as nodePath from 'node:path';
import type { Finding } from '../core/diagnostics';
import type { SpecHost } from '../core/host';
import { validateDesign, type ApiDesign, type SourceIndex } from '../core/model';
import type { OpenApiExport, OpenApiFormat } from '../core/openapi';
import { confine } from '../core/paths';
import { lineDiff, generationPlan, plannedFiles, readSpecFolder, type GenerationPlan } from '../core/designer';
import { SKIPPED_FOLDERS, type ReferenceLookup } from '../core/references';
import { createSpecService, type DiagnosticsChange, type SpecService } from '../core/service';
import { formatSettingsProblem, loadSettings, WORKSPACE_CONFIG_FILE } from '../core/settings';
import { createNodeHost } from '../cli/nodeHost';
import { applySteps, checkSteps, failureLines, type WriteStep } from '../cli/writeTargets';
import { describeProblem } from '../cli/designProblems';
import { FolderWatcher } from './folderWatcher';

export type { Finding } from '../core/diagnostics';
export type { ReferenceLookup } from '../core/references';

/** The files one design would write: each with its text before and after. */
export interface DesignPlan {
  specsRoot: string;
  files: Array<{ path: string; status: 'new' | 'changed' | 'unchanged'; before: string; after: string }>;
  /** Files of resources the design leaves out: listed, never deleted here. */
  kept: string[];
  /** Paths that would leave `<specsRoot>/api/` (nothing is written when there is one). */
  outside: string[];
}

const byFileThenOffset = (a: Finding, b: Finding): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start.offset - b.range.start.offset);

export class WorkspaceChecks {
  readonly folder: string;
  readonly host: SpecHost;
  private service!: SpecService;
  private configProblems: string[] = [];
  private readonly watcher: FolderWatcher | undefined;
  private turn: Promise<unknown> = Promise.resolve();
  private refreshed = false;
  /** Whether the watcher covers the folders the current service reads. */
  private watched = false;
  private changeCount = 0;
  /** Each checked file's findings; undefined: ask for every file on the next answer. */
  private byFile: Map<string, Finding[]> | undefined;
  /** Files whose findings a change may have altered since they were asked for. */
  private readonly stale = new Set<string>();

  private constructor(folder: string, watch: boolean) {
    this.folder = nodePath.resolve(folder);
    this.host = createNodeHost(this.folder);
    this.watcher = watch ? new FolderWatcher(this.folder, this.host) : undefined;
  }

  /**
   * The checks of one workspace folder, its settings loaded. `watch`: keep a
   * file watcher so warm refreshes read only what changed (a long-lived
   * server; call dispose()).
   */
  static async open(folder: string, options: { watch?: boolean } = {}): Promise<WorkspaceChecks> {
    const checks = new WorkspaceChecks(folder, options.watch === true);
    await checks.reload();
    return checks;
  }

  get specsRoot(): string {
    return this.service.settings.specsRoot;
  }

  /** Problems in `.spec-architect.json`, as the CLI prints them. */
  get problems(): readonly string[] {
    return this.configProblems;
  }

  /** Counts the refreshes that changed something: answers computed at the same version are the same. */
  get version(): number {
    return this.changeCount;
  }

  /** Stops the watcher. */
  dispose(): void {
    this.watcher?.dispose();
  }

  /** Loads the settings and starts a new service (nothing is read until it is asked). */
  private async reload(): Promise<void> {
    this.watched = false;
    const { settings, problems } = await loadSettings(this.host);
    this.configProblems = problems.map(formatSettingsProblem);
    this.service = createSpecService({ host: this.host, settings });
    this.byFile = undefined;
    this.stale.clear();
    this.changeCount++;
  }

  /** Reads what changed on disk since the last call; the first call reads everything. */
  refresh(): Promise<void> {
    return this.inTurn(() => this.refreshNow());
  }

  /**
   * Runs refreshes and the gathering of findings one at a time, in order: a
   * second caller waits for the first and then only reads what changed since,
   * and findings asked while others are being gathered are gathered once.
   */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const next = this.turn.then(work);
    this.turn = next.catch(() => undefined);
    return next;
  }

  private async refreshNow(): Promise<void> {
    if (this.refreshed) {
      // A file written just before the request has its watcher event queued already: one turn of the event loop delivers it.
      if (this.watcher) await new Promise((done) => setImmediate(done));
      const named = this.watcher?.take();
      if (named === undefined || named.has(WORKSPACE_CONFIG_FILE)) await this.reload();
      else for (const path of named) await this.tell(path);
    }
    // Watch before the service reads: whatever changes while it reads is named for the next refresh.
    if (this.watcher && !this.watched && !this.watcher.failing) await this.watcher.watchUnder('');
    this.watched = true;
    this.refreshed = true;
    await this.service.ready();
  }

  /** Tells the service about one path a watcher named, and the watcher about a folder that came or went. */
  private async tell(path: string): Promise<void> {
    if (path.split('/').some((segment) => SKIPPED_FOLDERS.has(segment))) return;
    const kind = (await this.host.stat(path))?.kind;
    if (kind === 'directory') await this.watcher?.watchUnder(path);
    else if (kind === undefined) this.watcher?.forget(path);
    this.noteChange(kind === undefined ? await this.service.fileDeleted(path) : await this.service.fileChanged(path));
  }

  private noteChange(change: DiagnosticsChange): void {
    if (!change.all && change.files.length === 0) return;
    this.changeCount++;
    if (change.all) this.byFile = undefined;
    else for (const f of change.files) this.stale.add(f);
  }

  /** Every checked file's findings, asking the service again only for the files a change named. */
  private async current(): Promise<Map<string, Finding[]>> {
    let byFile = this.byFile;
    const ask = byFile ? [...this.stale] : await this.service.checkedFiles();
    byFile ??= new Map();
    this.stale.clear();
    for (const file of ask) {
      const found = await this.service.diagnostics(file);
      if (found.length > 0) byFile.set(file, found);
      else byFile.delete(file);
    }
    this.byFile = byFile;
    return byFile;
  }

  /** The reference, lint and io.* findings of the workspace or of the listed workspace paths, by file and position. */
  async findings(files?: readonly string[]): Promise<Finding[]> {
    const byFile = await this.inTurn(() => this.current());
    const wanted = files ? [...new Set(files)] : [...byFile.keys()];
    const out: Finding[] = [];
    // One push at a time: a file with a few hundred thousand findings would overflow push(...spread).
    for (const file of wanted) for (const f of byFile.get(file) ?? []) out.push(f);
    // Plain comparison: localeCompare costs tens of milliseconds on thousands of findings.
    return out.sort(byFileThenOffset);
  }

  /** The scanned files whose findings may change when the spec `path` changes (its readers). */
  dependentsOf(path: string): Promise<string[]> {
    return this.service.dependentsOf(path);
  }

  /** Resolves a reference as written (`@specs/db/models.md#task`, optionally followed by a route). */
  lookup(reference: string, route?: string): Promise<ReferenceLookup | undefined> {
    return this.service.lookupReference(reference, route);
  }

  /** The API as the reader sees it (the specs the lint reads): the design and where each element was read from. */
  async api(): Promise<{ design: ApiDesign; sources: SourceIndex }> {
    const { design, sources } = await this.service.apiModel();
    return { design, sources };
  }

  /** Validates a design; one line per problem, saying what to write. */
  validate(raw: unknown): { ok: true; design: ApiDesign } | { ok: false; problems: string[] } {
    const v = validateDesign(raw);
    return v.ok ? v : { ok: false, problems: v.problems.map(describeProblem) };
  }

  /** What generating `design` would write, through the designer's plan (the partial update when API specs exist). Writes nothing. */
  async planDesign(design: ApiDesign): Promise<DesignPlan> {
    const existing = await readSpecFolder(this.host, this.specsRoot);
    const { plan, outside } = generationPlan(design, existing, this.specsRoot);
    const files: DesignPlan['files'] = [];
    // The files of resources the design leaves out are kept here, never deleted.
    for (const f of plannedFiles(plan, existing)) if (f.status !== 'deleted') files.push({ path: f.path, status: f.status, before: f.before, after: f.after });
    return { specsRoot: this.specsRoot, files, kept: plan.deletes, outside: [...outside, ...(await this.refusedTargets(plan, outside))] };
  }

  /**
   * Writes a plan made by planDesign in two phases (cli/writeTargets): every
   * target is checked first (inside the specs root after links, not a folder,
   * not a link to nothing, writable), so a refusal writes nothing; a write
   * that still fails says what was and was not written.
   */
  async writePlan(plan: DesignPlan): Promise<string[]> {
    if (plan.outside.length > 0) throw new Error(`nothing was written: ${plan.outside.join(', ')} would be written outside ${plan.specsRoot}/api/.`);
    const steps = plan.files.filter((f) => f.status !== 'unchanged').map((f): WriteStep => ({ path: f.path, kind: f.status === 'new' ? 'create' : 'replace', text: f.after }));
    const refused = await checkSteps(this.folder, this.host, plan.specsRoot, steps);
    if (refused.length > 0) throw new Error(`nothing was written: ${refused.map((r) => `${r.path}: ${r.why}`).join('; ')}. Plan again.`);
    const result = await applySteps(this.folder, steps);
    if (result.failed) throw new Error(failureLines('apply_design_change', result, steps).join('\n'));
    return result.done.map((s) => s.path);
  }

  /** The line diff of two texts. */
  diff(before: string, after: string) {
    return lineDiff(before, after);
  }

  /** The OpenAPI 3.1 document of the API specs, or undefined when there are none. */
  exportOpenApi(format: OpenApiFormat): Promise<OpenApiExport | undefined> {
    return this.service.exportOpenApi(format);
  }

  private async refusedTargets(plan: GenerationPlan, outside: string[]): Promise<string[]> {
    const refused: string[] = [];
    for (const path of new Set([...plan.creates.map((c) => c.file), ...plan.edits.map((e) => e.file)])) {
      if (!outside.includes(path) && !(await confine(this.host, path, this.specsRoot, 'write')).ok) refused.push(path);
    }
    return refused;
  }
}
