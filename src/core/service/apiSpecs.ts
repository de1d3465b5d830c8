// The API specs of one workspace folder, kept current file by file: each API
// spec is read into the model once per version of its text, each database
// spec's models likewise, and the lint runs over the cached reads: over the
// whole design when a file appears or disappears or an edit changes what all
// findings depend on, else over the edited file (apiLint.ts). A run says which
// files' findings changed, so callers republish only those. A file past the
// markdown parser's budget (core/reader/budget.ts) is left out of the design
// and reported instead, as the workspace lint does.
import type { Finding } from '../diagnostics';
import type { DbModel } from '../dbModels';
import { readDbModels } from '../dbModels';
import { classifySpecFiles, declaresRoutes, describesDatabase } from '../lint';
import { isIgnored } from '../references';
import { budgetFinding, combineApiReads, overBudget, readApiFile, type BudgetProblem, type FileRead, type ReadApiResult } from '../reader';
import { fileContext, fullRun, localFindings, routeSignature, sharedFacets, WORKSPACE_RULES, workspaceFindings, type FullRun, type LintInputsNow } from './apiLint';
import type { SpecSettings } from '../settings';

/** A markdown file under the specs root and its current text. */
export interface SpecText {
  path: string;
  text: string;
}

interface Cached<T> {
  text: string;
  value: T;
}

export class ApiSpecIndex {
  private readonly reads = new Map<string, Cached<FileRead>>();
  private readonly models = new Map<string, Cached<DbModel[]>>();
  private readonly budget = new Map<string, Cached<BudgetProblem | undefined>>();
  private texts = new Map<string, string>();
  private sets: { api: string[]; database: string[]; auth: string[] } = { api: [], database: [], auth: [] };
  private findings = new Map<string, Finding[]>();
  private dirty = true;
  private structureChanged = true;
  /** The last full run, and the findings since: of the local rules and of the workspace rules, by file. */
  private last: FullRun | undefined;
  private local = new Map<string, Finding[]>();
  private across = new Map<string, Finding[]>();
  /** What the last lint pass read: each API spec's read and text, and the database and auth specs' texts. */
  private seen = new Map<string, { read: FileRead; text: string }>();
  private seenOther = new Map<string, string | undefined>();

  constructor(private readonly settings: SpecSettings) {}

  /**
   * Takes the specs root's markdown files as they are now. `structure` says
   * files appeared or disappeared (the API, database and auth sets are sorted
   * again); otherwise only texts changed. Nothing is parsed here.
   */
  sync(files: Iterable<SpecText>, structure: boolean): void {
    const texts = new Map<string, string>();
    for (const f of files) if (!isIgnored(f.path, this.settings.ignore)) texts.set(f.path, f.text);
    // Which files declare routes is part of the structure: an edit that adds the first route (or removes the last) sorts the sets again.
    if (!structure && this.declaringChanged(texts)) structure = true;
    this.texts = texts;
    if (structure) {
      const paths = [...texts.keys()].sort();
      const globs = { databaseSpecs: [...this.settings.databaseSpecs], authSpecs: [...this.settings.authSpecs], apiSpecs: [...this.settings.apiSpecs] };
      this.sets = classifySpecFiles(paths, this.settings.specsRoot, globs, texts);
      for (const cache of [this.reads, this.models, this.budget]) for (const p of cache.keys()) if (!texts.has(p)) cache.delete(p);
      this.structureChanged = true;
    }
    this.dirty = true;
  }

  /** Whether an edited file outside api/ started or stopped declaring routes (then whether it is an API spec changes). */
  private declaringChanged(texts: ReadonlyMap<string, string>): boolean {
    if (this.settings.apiSpecs.length > 0) return false;
    const apiFolder = this.settings.specsRoot === '' ? 'api/' : `${this.settings.specsRoot}/api/`;
    for (const [path, text] of texts) {
      const before = this.texts.get(path);
      if (before === undefined || before === text || path.startsWith(apiFolder)) continue;
      if (declaresRoutes(before) !== declaresRoutes(text)) return true;
    }
    return false;
  }

  /** Whether a workspace path is one of the API specs the lint reads. */
  isApiSpec(path: string): boolean {
    return this.sets.api.includes(path);
  }

  /** The files the lint reads: API, database and auth specs. */
  lintedFiles(): string[] {
    return [...new Set([...this.sets.api, ...this.sets.database, ...this.sets.auth])];
  }

  /** The design of the API specs (all of them, or those `include` accepts), from the cached reads. */
  model(include: (path: string) => boolean = () => true): ReadApiResult & { files: string[] } {
    const files = this.sets.api.filter((p) => include(p) && this.readable(p));
    const { design, sources, unplaced } = combineApiReads(files.map((p) => this.readOf(p)));
    return { design, sources, unplaced, files };
  }

  /** Why API specs that `include` accepts were left out of the design (past the parser's budget), in words. */
  skipped(include: (path: string) => boolean = () => true): string[] {
    return this.sets.api.flatMap((p) => (include(p) && this.texts.has(p) ? (this.problemOf(p)?.message ?? []) : []));
  }

  /** The lint findings by file, running the lint again (see apiLint.ts: a full run, or one file) when something changed since the last run. */
  lint(): { byFile: ReadonlyMap<string, Finding[]>; changed: string[] } {
    if (!this.dirty) return { byFile: this.findings, changed: [] };
    this.dirty = false;
    const api = this.sets.api.filter((p) => this.readable(p)).map((path) => ({ path, read: this.readOf(path), text: this.texts.get(path) as string }));
    // Without API specs there is nothing to lint: the database specs are not even looked for.
    const dbPaths = api.length > 0 ? this.databasePaths() : [];
    const authPaths = api.length > 0 ? this.sets.auth.filter((p) => this.texts.has(p)) : [];
    // Files past the parser's budget are reported, not read (the workspace lint reports the same).
    const tooBig = [...this.sets.api, ...dbPaths, ...authPaths].filter((p) => this.texts.has(p) && this.problemOf(p));
    const inputs: LintInputsNow = {
      api,
      dbModels: dbPaths.filter((p) => this.readable(p)).flatMap((p) => this.modelsOf(p)),
      authTexts: new Map(authPaths.filter((p) => this.readable(p)).map((p) => [p, this.texts.get(p) as string])),
      severity: this.settings.severity,
    };
    const others = [...dbPaths, ...this.sets.auth];
    const edited = api.filter((a) => this.seen.get(a.path)?.text !== a.text);
    let full = api.length > 0 && (this.last === undefined || this.structureChanged || others.some((p) => this.seenOther.get(p) !== this.texts.get(p)) || this.seen.size !== api.length);
    let across = false;
    const local = new Map(this.local);
    if (!full && this.last && api.length > 0) {
      for (const file of edited) {
        const before = this.seen.get(file.path);
        if (!before) {
          full = true;
          break;
        }
        const was = fileContext(this.last, { path: file.path, read: before.read, text: before.text }, inputs);
        const now = fileContext(this.last, file, inputs);
        if (sharedFacets(before.read, was.raw) !== sharedFacets(file.read, now.raw)) {
          full = true;
          break;
        }
        local.set(file.path, localFindings(now.ctx, file.path, this.settings.severity));
        const involved = this.across.has(file.path) || [...this.across.values()].some((list) => list.some((f) => f.message.includes(`${file.path}:`)));
        if (involved || routeSignature(before.read) !== routeSignature(file.read)) across = true;
      }
    }
    let workspace = this.across;
    if (api.length === 0) {
      local.clear();
      workspace = new Map();
      this.last = undefined;
    } else if (full) {
      this.last = fullRun(inputs);
      local.clear();
      workspace = new Map();
      for (const [file, list] of this.last.byFile) {
        const mine = list.filter((f) => !WORKSPACE_RULES.has(f.code));
        const theirs = list.filter((f) => WORKSPACE_RULES.has(f.code));
        if (mine.length) local.set(file, mine);
        if (theirs.length) workspace.set(file, theirs);
      }
    } else if (across && this.last) {
      workspace = workspaceFindings(this.last, inputs);
    }
    this.structureChanged = false;
    this.local = local;
    this.across = workspace;
    this.seen = new Map(api.map((a) => [a.path, { read: a.read, text: a.text }]));
    this.seenOther = new Map(others.map((p) => [p, this.texts.get(p)]));
    const next = new Map<string, Finding[]>();
    const budget = new Map(tooBig.map((p) => [p, [budgetFinding(p, this.problemOf(p) as BudgetProblem)]]));
    for (const file of new Set([...budget.keys(), ...local.keys(), ...workspace.keys()])) {
      const list = [...(budget.get(file) ?? []), ...(local.get(file) ?? []), ...(workspace.get(file) ?? [])];
      if (list.length) next.set(file, list.sort((a, b) => a.range.start.offset - b.range.start.offset || a.code.localeCompare(b.code)));
    }
    const changed: string[] = [];
    for (const file of new Set([...this.findings.keys(), ...next.keys()])) {
      if (!sameFindings(this.findings.get(file), next.get(file))) changed.push(file);
    }
    this.findings = next;
    return { byFile: next, changed };
  }

  /** Database specs: the configured or usual places, and, unless configured, any other spec holding a table definition. */
  private databasePaths(): string[] {
    const claimed = new Set([...this.sets.api, ...this.sets.database, ...this.sets.auth]);
    const found = this.settings.databaseSpecs.length > 0 ? [] : [...this.texts].filter(([p, t]) => !claimed.has(p) && describesDatabase(t)).map(([p]) => p);
    return [...this.sets.database.filter((p) => this.texts.has(p)), ...found];
  }

  /** Why a spec's current text is past the parser's budget, or undefined; cached per version of the text. */
  private problemOf(path: string): BudgetProblem | undefined {
    const text = this.texts.get(path) as string;
    const cached = this.budget.get(path);
    if (cached && cached.text === text) return cached.value;
    const value = overBudget(path, text);
    this.budget.set(path, { text, value });
    return value;
  }

  /** Whether a spec is there and within the parser's budget. */
  private readable(path: string): boolean {
    return this.texts.has(path) && this.problemOf(path) === undefined;
  }

  private readOf(path: string): FileRead {
    const text = this.texts.get(path) as string;
    const cached = this.reads.get(path);
    if (cached && cached.text === text) return cached.value;
    const value = readApiFile(path, text);
    this.reads.set(path, { text, value });
    return value;
  }

  private modelsOf(path: string): DbModel[] {
    const text = this.texts.get(path) as string;
    const cached = this.models.get(path);
    if (cached && cached.text === text) return cached.value;
    const value = readDbModels(path, text);
    this.models.set(path, { text, value });
    return value;
  }
}

function sameFindings(a: readonly Finding[] | undefined, b: readonly Finding[] | undefined): boolean {
  if ((a?.length ?? 0) !== (b?.length ?? 0)) return false;
  if (!a || !b) return true;
  return a.every((f, i) => {
    const g = b[i] as Finding;
    return f.code === g.code && f.message === g.message && f.severity === g.severity && f.range.start.offset === g.range.start.offset && f.range.end.offset === g.range.end.offset && f.range.start.line === g.range.start.line;
  });
}
