// The API specs of one workspace folder, kept current file by file: each API
// spec is read into the model once per version of its text, each database
// spec's models likewise, and the lint runs over the cached reads. Because
// some rules look across files (rest.duplicate-route,
// errors.ownership-status-inconsistent), a run sees the whole design, but no
// file is parsed again unless its text changed; a run says which files'
// findings changed, so callers republish only those.
import type { Finding } from '../diagnostics/finding';
import type { DbModel } from '../dbModels';
import { readDbModels } from '../dbModels';
import { buildLintContext, classifySpecFiles, describesDatabase, runLintRules } from '../lint';
import { combineApiReads, readApiFile, type FileRead, type ReadApiResult } from '../reader';
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
  private texts = new Map<string, string>();
  private sets: { api: string[]; database: string[]; auth: string[] } = { api: [], database: [], auth: [] };
  private findings = new Map<string, Finding[]>();
  private dirty = true;

  constructor(private readonly settings: SpecSettings) {}

  /**
   * Takes the specs root's markdown files as they are now. `structure` says
   * files appeared or disappeared (the API, database and auth sets are sorted
   * again); otherwise only texts changed. Nothing is parsed here.
   */
  sync(files: Iterable<SpecText>, structure: boolean): void {
    const texts = new Map<string, string>();
    for (const f of files) texts.set(f.path, f.text);
    this.texts = texts;
    if (structure) {
      const paths = [...texts.keys()].sort();
      this.sets = classifySpecFiles(paths, this.settings.specsRoot, { databaseSpecs: [...this.settings.databaseSpecs], authSpecs: [...this.settings.authSpecs] });
      for (const cache of [this.reads, this.models]) for (const p of cache.keys()) if (!texts.has(p)) cache.delete(p);
    }
    this.dirty = true;
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
    const files = this.sets.api.filter((p) => include(p) && this.texts.has(p));
    const { design, sources, unplaced } = combineApiReads(files.map((p) => this.readOf(p)));
    return { design, sources, unplaced, files };
  }

  /** The lint findings by file, running the lint again when something changed since the last run. */
  lint(): { byFile: ReadonlyMap<string, Finding[]>; changed: string[] } {
    if (!this.dirty) return { byFile: this.findings, changed: [] };
    this.dirty = false;
    const next = new Map<string, Finding[]>();
    const api = this.sets.api.filter((p) => this.texts.has(p));
    if (api.length > 0) {
      const { design, sources } = combineApiReads(api.map((p) => this.readOf(p)));
      const apiTexts = new Map(api.map((p) => [p, this.texts.get(p) as string]));
      const dbPaths = this.databasePaths();
      const dbModels = dbPaths.flatMap((p) => this.modelsOf(p));
      const authTexts = new Map(this.sets.auth.filter((p) => this.texts.has(p)).map((p) => [p, this.texts.get(p) as string]));
      for (const f of runLintRules(buildLintContext({ design, sources, apiTexts, dbModels, authTexts }), this.settings.severity)) {
        let list = next.get(f.file);
        if (!list) next.set(f.file, (list = []));
        list.push(f);
      }
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
