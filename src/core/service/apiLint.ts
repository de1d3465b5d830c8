// The API lint kept current one file at a time. A full run (every rule over
// the whole design) happens when files appear or disappear, or when an edit
// changes what every file's findings can depend on: schemas, the overview and
// the errors catalog, status-code sections, database and auth specs. Any
// other edit re-runs the rules on the edited file alone, with the rest of the
// design as context; the rules that compare routes across files
// (WORKSPACE_RULES) run again over everything only when the edited file's
// routes changed in what they compare, or when their findings involve it.
import type { Finding, SeverityOverrides } from '../diagnostics';
import type { DbModel } from '../dbModels';
import { API_LINT_RULES, buildLintContext, runLintRules, type LintContext } from '../lint';
import type { ApiDesign, Route, SourceIndex, SourceRange } from '../model';
import { combineApiReads, type FileRead, type InlineBodies } from '../reader';

/**
 * Rules whose findings in one file depend on the routes of other files (and
 * the errors-schema rule, which reports once for the workspace). A new rule of
 * that kind must be named here, or edits would not re-check it everywhere.
 */
export const WORKSPACE_RULES = new Set(['rest.duplicate-route', 'errors.ownership-status-inconsistent', 'errors.schema-missing']);
const LOCAL = API_LINT_RULES.filter((r) => !WORKSPACE_RULES.has(r.code));
const ACROSS = API_LINT_RULES.filter((r) => WORKSPACE_RULES.has(r.code));

/** What a file shares with every other file's findings: a change to it means a full run. */
export function sharedFacets(read: FileRead, fileContext: Pick<LintContext, 'globalErrors' | 'errorSchemaStated'>): string {
  // A resource's ownership, sharing and parent are read by the access rules of other files (grant bodies, nested routes).
  const { name, model, owned, sharing, parent } = read.resource;
  return JSON.stringify([read.title, read.schemas, read.overview, read.errors, fileContext.globalErrors, fileContext.errorSchemaStated, [name, model, owned, sharing, parent]]);
}

/** The parts of a file's routes the workspace rules compare (not their wording or places). */
export function routeSignature(read: FileRead): string {
  return JSON.stringify([read.resource.routes, read.summaryRoutes], (key, value) => (key === 'purpose' || key === 'description' ? undefined : value));
}

export interface LintInputsNow {
  /** API spec paths in design order and their reads. */
  api: ReadonlyArray<{ path: string; read: FileRead; text: string }>;
  dbModels: DbModel[];
  authTexts: ReadonlyMap<string, string>;
  severity: SeverityOverrides;
}

/** The findings of a full run, split by file, with what a later one-file run needs. */
export interface FullRun {
  byFile: Map<string, Finding[]>;
  ctx: LintContext;
  design: ApiDesign;
  sources: SourceIndex;
}

export function fullRun(inputs: LintInputsNow): FullRun {
  const { design, sources } = combineApiReads(inputs.api.map((a) => a.read));
  const apiTexts = new Map(inputs.api.map((a) => [a.path, a.text]));
  const ctx = buildLintContext({ design, sources, apiTexts, dbModels: inputs.dbModels, authTexts: inputs.authTexts, inline: inlineOf(inputs.api.map((a) => a.read)), impliedOwnership: impliedOf(inputs.api.map((a) => a.read)) });
  return { byFile: group(runLintRules(ctx, inputs.severity)), ctx, design, sources };
}

/** The context of one file: its resources, the rest of the design (auth, errors, schemas) and the workspace-wide facts of the last full run. */
export function fileContext(last: FullRun, file: { path: string; read: FileRead; text: string }, inputs: LintInputsNow): { ctx: LintContext; raw: LintContext } {
  const own = combineApiReads([file.read]);
  for (const [element, span] of own.sources) last.sources.set(element, span);
  const raw = buildLintContext({ design: { ...last.design, resources: own.design.resources }, sources: last.sources, apiTexts: new Map([[file.path, file.text]]), dbModels: inputs.dbModels, authTexts: inputs.authTexts, inline: inlineOf([file.read]), impliedOwnership: impliedOf([file.read]) });
  // The other files' resources as the last full run saw them, this file's as they are now.
  const mine = new Map(raw.design.resources.map((r) => [r.name, r]));
  const workspaceResources = [...last.ctx.workspaceResources.map((r) => mine.get(r.name) ?? r), ...raw.design.resources.filter((r) => !last.ctx.workspaceResources.some((w) => w.name === r.name))];
  // Its own text only: suppressions and fixes read the file the findings are in.
  return { raw, ctx: { ...raw, workspaceResources, errorSchemaStated: last.ctx.errorSchemaStated, errorSchemaEverywhere: last.ctx.errorSchemaEverywhere, errorSchemaFiles: last.ctx.errorSchemaFiles, globalErrors: last.ctx.globalErrors, firstFile: last.ctx.firstFile } };
}

/** The local rules' findings in one file. */
export function localFindings(ctx: LintContext, path: string, severity: SeverityOverrides): Finding[] {
  return runLintRules(ctx, severity, LOCAL).filter((f) => f.file === path);
}

/** The workspace rules over the whole design as it is now (each file's current resources). */
export function workspaceFindings(last: FullRun, inputs: LintInputsNow): Map<string, Finding[]> {
  const texts = new Map(inputs.api.map((a) => [a.path, a.text]));
  const resources = inputs.api.flatMap((a) => {
    const own = combineApiReads([a.read]);
    for (const [element, span] of own.sources) last.sources.set(element, span);
    return own.design.resources;
  });
  const ctx: LintContext = { ...last.ctx, design: { ...last.ctx.design, resources }, sources: last.sources, texts, inline: inlineOf(inputs.api.map((a) => a.read)), impliedOwnership: impliedOf(inputs.api.map((a) => a.read)) };
  return group(runLintRules(ctx, inputs.severity, ACROSS));
}

/** The bodies the reads found written inline, by route. */
function inlineOf(reads: readonly FileRead[]): Map<Route, InlineBodies> {
  return new Map(reads.flatMap((r) => [...(r.inline ?? [])]));
}

/** The routes whose ownership their files imply beside their auth lines. */
function impliedOf(reads: readonly FileRead[]): Map<Route, SourceRange> {
  return new Map(reads.flatMap((r) => [...(r.impliedOwnership ?? [])]));
}

export function group(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    let list = out.get(f.file);
    if (!list) out.set(f.file, (list = []));
    list.push(f);
  }
  return out;
}
