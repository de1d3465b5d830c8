// Reads `<specsRoot>/api/*.md` through the host and exports them: the one
// pipeline behind the editor command and the CLI.
import type { SpecHost } from '../host';
import { readInside } from '../paths';
import { overBudget, readApiSpecs, type ReadApiResult } from '../reader';
import { normalizeSpecsRoot } from '../settings';
import { buildOpenApi } from './document';
import { toJson, toYaml } from './serialize';

/** The serializations the export writes. */
export type OpenApiFormat = 'json' | 'yaml';

/** The result of {@link exportOpenApiFromSpecs}. */
export interface OpenApiExport {
  /** The document's text, ending in a newline. */
  text: string;
  /** The spec files read, workspace-relative, in the order read. */
  files: string[];
  /** How many routes the document has. */
  routes: number;
  /** Why files were left out (past the markdown parser's budget, core/reader/budget.ts). */
  skipped: string[];
}

/**
 * Exports the API specs under `specsRoot` (workspace-relative, e.g. `specs`).
 * Files are read in name order so the document does not depend on the order
 * the file system lists them in. Returns undefined when there is no API spec.
 */
export async function exportOpenApiFromSpecs(host: SpecHost, specsRoot: string, format: OpenApiFormat): Promise<OpenApiExport | undefined> {
  const root = normalizeSpecsRoot(specsRoot);
  const dir = root === '' ? 'api' : `${root}/api`;
  const entries = (await host.readDirectory(dir)) ?? [];
  const names = entries.filter(([name, kind]) => kind === 'file' && /\.md$/i.test(name)).map(([name]) => name).sort();
  const files: Array<{ path: string; text: string }> = [];
  /** Files past the markdown parser's budget, in words. */
  const skipped: string[] = [];
  for (const name of names) {
    const path = `${dir}/${name}`;
    // A spec that is a link leading out of the specs root is not exported (lint calls it outside the root too).
    const text = await readInside(host, path, root);
    const problem = text === undefined ? undefined : overBudget(path, text);
    if (problem) skipped.push(problem.message);
    else if (text !== undefined) files.push({ path, text });
  }
  if (files.length === 0) return undefined;
  return exportOpenApiFromModel(readApiSpecs(files), files.map((f) => f.path), root, format, skipped);
}

/** Exports a design already read (the spec service keeps one), from the spec files `files`; `skipped` says why others were left out. */
export function exportOpenApiFromModel(model: Pick<ReadApiResult, 'design' | 'sources'>, files: readonly string[], specsRoot: string, format: OpenApiFormat, skipped: readonly string[] = []): OpenApiExport {
  const { design, sources } = model;
  const doc = buildOpenApi(design, { sources, specsRoot: normalizeSpecsRoot(specsRoot) });
  return {
    text: format === 'yaml' ? toYaml(doc) : toJson(doc),
    files: [...files],
    skipped: [...skipped],
    routes: design.resources.reduce((n, r) => n + r.routes.length, 0),
  };
}
