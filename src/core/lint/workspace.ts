// The linter's entry points: the whole workspace (Problems panel, CLI) and one
// file (the editor). Both read every API spec, because rules such as
// rest.duplicate-route and errors.ownership-status-inconsistent look across
// files.
import type { SpecHost } from '../host';
import type { Finding, SeverityOverrides } from '../diagnostics';
import { budgetFinding, overBudget, readApiSpecs } from '../reader';
import { readDbModels } from '../dbModels';
import { buildLintContext } from './context';
import { classifySpecFiles, describesDatabase, globToRegExp, listSpecFiles } from './discover';
import { runLintRules } from './engine';
import { normalizeSpecsRoot } from '../settings';

export interface LintApiOptions {
  /** The specs root, relative to the workspace folder (`specs`). */
  specsRoot: string;
  severity?: SeverityOverrides;
  /** Globs relative to the specs root; empty or absent: found automatically. */
  databaseSpecs?: string[];
  authSpecs?: string[];
  /** Globs relative to the specs root naming the API specs; empty or absent: every spec that declares routes. */
  apiSpecs?: string[];
  /** Workspace-relative globs of files no check reads (a pasted brief, an archive). */
  ignore?: string[];
}

/** The texts of the given files (those the host can read). */
async function readAll(host: SpecHost, paths: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const path of paths) {
    const text = await host.readFile(path);
    if (text !== undefined) texts.set(path, text);
  }
  return texts;
}

/** Lints every API spec of the workspace (the specs that declare routes, or the `apiSpecs` globs). */
export async function lintApiWorkspace(host: SpecHost, options: LintApiOptions): Promise<Finding[]> {
  const root = normalizeSpecsRoot(options.specsRoot);
  const ignored = (options.ignore ?? []).map((g) => globToRegExp(g.replace(/^\.?\//, '')));
  const files = (await listSpecFiles(host, root)).filter((f) => !ignored.some((r) => r.test(f)));
  const all = await readAll(host, files);
  const sets = classifySpecFiles(files, root, options, all);
  // A file past the parser's budget is reported instead of parsed (core/reader/budget.ts).
  const skipped: Finding[] = [];
  const pick = (paths: readonly string[]): Map<string, string> => {
    const texts = new Map<string, string>();
    for (const path of paths) {
      const text = all.get(path);
      if (text === undefined) continue;
      const problem = overBudget(path, text);
      if (problem === undefined) texts.set(path, text);
      else if (!skipped.some((f) => f.file === path)) skipped.push(budgetFinding(path, problem));
    }
    return texts;
  };
  const apiTexts = pick(sets.api);
  if (apiTexts.size === 0) return skipped;
  // Besides the usual places, any spec holding CREATE TABLE or a SQLModel table class describes the database.
  const others = files.filter((f) => !sets.api.includes(f) && !sets.database.includes(f) && !sets.auth.includes(f));
  const dbPaths = [...sets.database, ...others.filter((p) => (options.databaseSpecs ?? []).length === 0 && describesDatabase(all.get(p) ?? ''))];
  const dbTexts = pick(dbPaths);
  const authTexts = pick(sets.auth);
  const { design, sources, inline, impliedOwnership } = readApiSpecs([...apiTexts].map(([path, text]) => ({ path, text })));
  const dbModels = [...dbTexts].flatMap(([path, text]) => readDbModels(path, text));
  return [...skipped, ...runLintRules(buildLintContext({ design, sources, apiTexts, dbModels, authTexts, inline, impliedOwnership }), options.severity)];
}

/** The findings in one API spec (the rules still see the whole workspace). */
export async function lintApiFile(host: SpecHost, options: LintApiOptions, file: string): Promise<Finding[]> {
  return (await lintApiWorkspace(host, options)).filter((f) => f.file === file);
}
