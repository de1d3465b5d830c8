// errors.schema-missing: clients need to know the error body. FastAPI's is
// {"detail": "..."} ({"detail": [...]} for 422); the spec should say so or
// define its own envelope. A statement in an overview, an errors file, an
// auth spec or the design holds for every spec; one in another API spec holds
// for the specs of its folder (a project's phases and features keep their
// API specs in folders of their own). Told once per folder that lacks it.
import type { LintRule, RuleFinding } from '../types';
import { allRoutes, spanOf } from '../places';

const folderOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

export const errorsSchemaMissing: LintRule = {
  code: 'errors.schema-missing',
  defaultSeverity: 'warning',
  description: 'No error response schema is defined.',
  check(ctx) {
    if (ctx.design.resources.every((r) => r.routes.length === 0)) return [];
    // Contexts built without the per-file facts (older callers) keep the workspace-wide answer.
    if (ctx.errorSchemaEverywhere ?? ctx.errorSchemaStated) return [];
    const stated = new Set([...(ctx.errorSchemaFiles ?? [])].map(folderOf));
    const files = [...new Set(allRoutes(ctx).map(({ route }) => spanOf(ctx, route)?.file ?? ctx.firstFile ?? ''))].filter(Boolean).sort();
    const told = new Set<string>();
    const origin = { line: 0, character: 0, offset: 0 };
    const found: RuleFinding[] = [];
    for (const file of files) {
      const folder = folderOf(file);
      if (stated.has(folder) || told.has(folder)) continue;
      told.add(folder);
      found.push({
        file,
        range: { start: origin, end: origin },
        message: 'No error response schema is defined: add an "Error schema" section stating FastAPI\'s {"detail": "<message>"} body (and {"detail": [...]} for 422), or your own envelope.',
      });
    }
    return found;
  },
};
