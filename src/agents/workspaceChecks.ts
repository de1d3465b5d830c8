// The one place where the coding-agent tools (the MCP server, the hook and the
// editor's language-model tools) call into the core. It uses the same public
// core functions as the CLI's lint, export-openapi and generate, keeps the
// reference index in memory and brings it up to date from the files'
// modification times before every answer, so a warm check reads only what
// changed. A core service that owns an incremental index can replace the
// body of this file without touching the tools.
import { readFileSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { formatSettingsProblem, resolveSettings, WORKSPACE_CONFIG_FILE, type SpecSettings } from '../core/settings';
import { applySeverity, type Finding } from '../core/diagnostics';
import type { SpecHost } from '../core/host';
import { lintApiWorkspace } from '../core/lint';
import type { ApiDesign, SourceIndex } from '../core/model';
import { validateDesign } from '../core/model';
import { readApiSpecs } from '../core/reader';
import { crawlFindings, diagnoseFile, filesToRecheck, resolveToken, scanTokens, underRoot, type Resolution } from '../core/references';
import { routeKey, type SpecFileInfo } from '../core/references';
import { exportOpenApiFromSpecs, type OpenApiExport, type OpenApiFormat } from '../core/openapi';
import { applyEdits, generationPlan, lineDiff, type GenerationPlan } from '../core/designer';
import { confine, readInside } from '../core/paths';
import { createNodeHost } from '../cli/nodeHost';
import { applySteps, checkSteps, failureLines, type WriteStep } from '../cli/writeTargets';
import { describeProblem } from '../cli/designProblems';
import { WorkspaceIndex } from './workspaceIndex';

export type { Finding } from '../core/diagnostics/finding';
export type { ApiDesign, SourceIndex } from '../core/model';
export type { DiffLine } from '../protocol/designerProtocol';

/** A reference resolved for a reader: the target file (and heading) or why it does not resolve. */
export type ReferenceLookup =
  | { kind: 'section'; file: string; startLine: number; endLine: number; heading?: string; text: string }
  | { kind: 'folder'; folder: string; files: string[] }
  | { kind: 'glob'; matches: string[] }
  | { kind: 'broken'; code: string; message: string; closest: string[] };

/** The files one design would write: each with its text before and after. */
export interface DesignPlan {
  specsRoot: string;
  files: Array<{ path: string; status: 'new' | 'changed' | 'unchanged'; before: string; after: string }>;
  /** Files of resources the design leaves out: listed, never deleted here. */
  kept: string[];
  /** Paths that would leave `<specsRoot>/api/` (nothing is written when there is one). */
  outside: string[];
}

export class WorkspaceChecks {
  readonly host: SpecHost;
  private config: SpecSettings = resolveSettings(undefined, undefined).settings;
  private configProblems: string[] = [];
  private configStamp = '';
  private index!: WorkspaceIndex;
  private refreshing: Promise<unknown> = Promise.resolve();
  private changeCount = 0;
  private readonly refFindings = new Map<string, Finding[]>();
  /** The API specs' lint findings and read design, recomputed when a file under the specs root changes. */
  private apiState: { lint: Finding[]; noApi: boolean; read?: { design: ApiDesign; sources: SourceIndex } } | undefined;

  /** `watch`: keep a file watcher so warm refreshes stat only what changed (a long-lived server; call dispose()). */
  constructor(readonly folder: string, private readonly options: { watch?: boolean } = {}) {
    this.folder = nodePath.resolve(folder);
    this.host = createNodeHost(this.folder);
    this.loadConfig();
    this.reset();
  }

  get specsRoot(): string {
    return this.config.specsRoot;
  }

  /** Problems in `.spec-architect.json`, as the CLI prints them. */
  get problems(): readonly string[] {
    return this.configProblems;
  }

  /** Reads `.spec-architect.json` when it changed (or appeared, or went); true when it did. */
  private loadConfig(): boolean {
    const configPath = nodePath.join(this.folder, WORKSPACE_CONFIG_FILE);
    let stamp = '';
    try {
      const st = statSync(configPath);
      // Only a regular file is read: a FIFO of that name would block the read forever.
      if (st.isFile()) stamp = `${st.mtimeMs}:${st.size}`;
    } catch { /* no config: the defaults */ }
    if (stamp === this.configStamp) return false;
    this.configStamp = stamp;
    let text: string | undefined;
    try {
      text = stamp === '' ? undefined : readFileSync(configPath, 'utf8').replace(/^\uFEFF/, '');
    } catch { /* gone since the stat */ }
    const loaded = resolveSettings(undefined, text);
    this.config = loaded.settings;
    this.configProblems = loaded.problems.map(formatSettingsProblem);
    return true;
  }

  /** Stops the watcher. */
  dispose(): void {
    this.index.unwatch();
  }

  /** Counts the refreshes that changed something: answers computed at the same version are the same. */
  get version(): number {
    return this.changeCount;
  }

  private reset(): void {
    this.index?.unwatch();
    this.changeCount++;
    this.index = new WorkspaceIndex(this.folder, this.host, this.specsRoot);
    if (this.options.watch) this.index.watch();
    this.refFindings.clear();
    this.apiState = undefined;
  }

  /**
   * Reads what changed on disk since the last call; the first call reads
   * everything. `api: false` skips the API specs' lint and reading (a caller
   * that only asks about references outside the specs root).
   */
  refresh(what: { api?: boolean } = {}): Promise<void> {
    // One refresh at a time: a second caller waits for the first and then only reads what changed since.
    const next = this.refreshing.then(() => this.refreshNow(what));
    this.refreshing = next.catch(() => undefined);
    return next;
  }

  private async refreshNow(what: { api?: boolean }): Promise<void> {
    // A file written just before the request has its watcher event queued already: one turn of the event loop delivers it.
    if (this.options.watch) await new Promise((done) => setImmediate(done));
    if (this.loadConfig()) this.reset();
    const first = this.refFindings.size === 0 && this.apiState === undefined;
    const { changes } = await this.index.refresh();
    if (changes.length > 0) this.changeCount++;
    const index = this.index.index;
    const recheck = new Set<string>();
    let all = first;
    const apiDir = `${this.specsRoot}/api`;
    for (const { path, change } of changes) {
      // With no API spec the lint has nothing to say, whatever else changes under the root (a workspace of plain specs).
      const touchesApi = path === apiDir || path.startsWith(`${apiDir}/`);
      if (this.index.underRoot(path) && (touchesApi || !this.apiState?.noApi)) this.apiState = undefined;
      const r = filesToRecheck(index, path, change);
      if (r.all) all = true;
      for (const f of r.files) recheck.add(f);
    }
    const options = { severity: this.config.severity ?? {} };
    if (all) {
      this.refFindings.clear();
      for (const path of index.filesWithTokens()) this.refFindings.set(path, diagnoseFile(index, path, options));
    } else {
      for (const path of recheck) {
        const found = diagnoseFile(index, path, options);
        if (found.length > 0 || index.tokensOf(path).length > 0) this.refFindings.set(path, found);
        else this.refFindings.delete(path);
      }
    }
    if (this.apiState === undefined && what.api !== false) {
      const severity = this.config.severity ?? {};
      const lint = (await lintApiWorkspace(this.host, { specsRoot: this.specsRoot, severity, databaseSpecs: [...this.config.databaseSpecs], authSpecs: [...this.config.authSpecs] }))
        .flatMap((f) => applySeverity(f, severity) ?? []);
      const noApi = !((await this.host.readDirectory(apiDir)) ?? []).some(([n, k]) => k === 'file' && /\.md$/i.test(n));
      this.apiState = { lint, noApi };
    }
  }

  /** The reference and lint findings, of the workspace or of the listed workspace paths, in file order. */
  findings(files?: readonly string[]): Finding[] {
    const wanted = files ? new Set(files) : undefined;
    const out: Finding[] = [];
    for (const [path, found] of this.refFindings) if (!wanted || wanted.has(path)) for (const f of found) out.push(f);
    // What the crawl could not read or stopped at (io.unreadable, io.crawl-limit), as the CLI's lint reports it.
    for (const found of crawlFindings(this.index.crawlReport())) {
      const f = applySeverity(found, this.config.severity ?? {});
      if (f && (!wanted || wanted.has(f.file))) out.push(f);
    }
    for (const f of this.apiState?.lint ?? []) if (!wanted || wanted.has(f.file)) out.push(f);
    // Plain comparison: localeCompare costs tens of milliseconds on thousands of findings.
    return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start.offset - b.range.start.offset));
  }

  /** Whether a workspace path holds `@specs/` tokens or is a spec under the root. */
  concerns(path: string): boolean {
    return this.index.index.tokensOf(path).length > 0 || (this.index.underRoot(path) && /\.(md|markdown)$/i.test(path));
  }

  /** The scanned files whose findings may change when the spec `path` changes (its readers). */
  dependentsOf(path: string): string[] {
    const rel = this.index.index.relative(path);
    return rel === undefined ? [] : this.index.index.readersOf(rel);
  }

  /** Resolves a reference as written (`@specs/db/models.md#task`, optionally followed by a route). */
  lookup(reference: string, route?: string): ReferenceLookup | undefined {
    const text = `${reference}${route ? ` ${route}` : ''}`;
    const token = scanTokens(text, 'query.txt')[0];
    if (!token) return undefined;
    const index = this.index.index;
    const r: Resolution = resolveToken(index, token);
    if (r.kind === 'broken') return { kind: 'broken', code: r.code, message: r.message, closest: r.suggestions.slice(0, 5).map((s) => (r.code === 'ref.no-such-heading' ? `@specs/${token.path}#${s}` : `@specs/${s}`)) };
    if (r.kind === 'folder') return { kind: 'folder', folder: underRoot(index.specsRoot, r.folder), files: index.children(r.folder).files.map((f) => underRoot(index.specsRoot, r.folder === '' ? f : `${r.folder}/${f}`)) };
    if (r.kind === 'glob') return { kind: 'glob', matches: r.matches.map((m) => underRoot(index.specsRoot, m)) };
    const info = index.spec(r.file);
    const file = underRoot(index.specsRoot, r.file);
    if (!info) return { kind: 'section', file, startLine: 1, endLine: 1, text: '' };
    let heading = r.heading;
    // A route with no anchor names the section that declares it.
    if (!heading && token.route) heading = sectionOfRoute(info, token.route.method, token.route.path);
    const start = heading?.range.start.offset ?? 0;
    const end = heading?.sectionEnd ?? info.text.length;
    const body = info.text.slice(start, end).replace(/\s+$/, '');
    return { kind: 'section', file, startLine: lineAt(info.text, start) + 1, endLine: lineAt(info.text, start + body.length) + 1, ...(heading ? { heading: heading.text } : {}), text: body };
  }

  /** The API as the reader sees it: the design and where each element was read from (read once per change). */
  async api(): Promise<{ design: ApiDesign; sources: SourceIndex }> {
    const { design, sources } = this.apiState?.read ?? readApiSpecs(await this.apiFiles());
    if (this.apiState) this.apiState.read = { design, sources };
    return { design, sources };
  }

  /** Validates a design; one line per problem, saying what to write. */
  validate(raw: unknown): { ok: true; design: ApiDesign } | { ok: false; problems: string[] } {
    const v = validateDesign(raw);
    return v.ok ? v : { ok: false, problems: v.problems.map(describeProblem) };
  }

  /** What generating `design` would write, through the partial update when API specs exist. Writes nothing. */
  async planDesign(design: ApiDesign): Promise<DesignPlan> {
    const existing = await this.apiFiles();
    const { plan, outside } = generationPlan(design, existing, this.specsRoot);
    const byPath = new Map(existing.map((f) => [f.path, f.text]));
    const files: DesignPlan['files'] = [];
    for (const path of new Set(plan.edits.map((e) => e.file))) {
      const before = byPath.get(path) ?? '';
      const after = applyEdits(before, plan.edits.filter((e) => e.file === path));
      files.push({ path, status: after === before ? 'unchanged' : 'changed', before, after });
    }
    for (const c of plan.creates) files.push({ path: c.file, status: 'new', before: '', after: c.content });
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
    return exportOpenApiFromSpecs(this.host, this.specsRoot, format);
  }

  private async refusedTargets(plan: GenerationPlan, outside: string[]): Promise<string[]> {
    const refused: string[] = [];
    for (const path of new Set([...plan.creates.map((c) => c.file), ...plan.edits.map((e) => e.file)])) {
      if (!outside.includes(path) && !(await confine(this.host, path, this.specsRoot, 'write')).ok) refused.push(path);
    }
    return refused;
  }

  private async apiFiles(): Promise<Array<{ path: string; text: string }>> {
    const dir = `${this.specsRoot}/api`;
    const names = ((await this.host.readDirectory(dir)) ?? []).filter(([n, k]) => k === 'file' && /\.md$/i.test(n)).map(([n]) => n).sort();
    const files: Array<{ path: string; text: string }> = [];
    for (const name of names) {
      // A spec that is a link leading out of the specs root is never read (the one confinement check).
      const text = await readInside(this.host, `${dir}/${name}`, this.specsRoot);
      if (text !== undefined) files.push({ path: `${dir}/${name}`, text });
    }
    return files;
  }
}

/** The line diff of two texts (for printing a change before it is written). */
export function textDiff(before: string, after: string) {
  return lineDiff(before, after);
}

function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function sectionOfRoute(info: SpecFileInfo, method: string, path: string) {
  const key = routeKey(method, path);
  const route = info.routes.find((r) => r.key === key);
  if (!route) return undefined;
  const at = route.range.start.offset;
  let best: SpecFileInfo['headings'][number] | undefined;
  for (const h of info.headings) if (h.range.start.offset <= at && at < h.sectionEnd && (!best || h.level >= best.level)) best = h;
  return best;
}
