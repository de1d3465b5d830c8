// rest.path-param-undeclared: a route that lists its parameters (a table,
// `- \`task_id\`: ...` bullets) but leaves one of its path's out. A route with
// no parameter list at all is not told: its path declares them. A hint: an
// id the path already names is self-explanatory to a reviewer.
import type { LintRule } from '../types';
import type { FindingFix } from '../../diagnostics';
import type { LintContext } from '../types';
import type { Route } from '../../model';
import { allRoutes, pathParams, placeOf, routeLabel, spanOf } from '../places';
import { eolOf, lineEnd, rangeAt } from '../text';

const CANONICAL_HEADER = /^\|\s*parameter\s*\|\s*in\s*\|\s*type\s*\|\s*required\s*\|\s*description\s*\|/i;

function guessType(name: string): string {
  return /(^id$|_id$|Id$)/.test(name) ? 'integer' : 'string';
}

/** Adds a row to the canonical parameter table, or a new table after the purpose. */
function declareFix(ctx: LintContext, route: Route, name: string): FindingFix | undefined {
  const span = spanOf(ctx, route);
  const text = span && ctx.texts.get(span.file);
  if (!span || text === undefined) return undefined;
  const eol = eolOf(text);
  const row = `| ${name} | path | ${guessType(name)} | yes | The ${name.replace(/_/g, ' ')} |`;
  const params = span.parts.params;
  if (params) {
    const table = text.slice(params.start.offset, params.end.offset);
    if (!CANONICAL_HEADER.test(table.trimStart())) return undefined;
    const at = lineEnd(text, Math.max(params.start.offset, params.end.offset - 1));
    return { title: `Declare {${name}}`, edits: [{ file: span.file, range: rangeAt(text, at, at), newText: `${eol}${row}` }], preferred: true };
  }
  const after = span.parts.purpose ?? span.parts.heading;
  if (!after) return undefined;
  const at = lineEnd(text, after.end.offset);
  const table = ['| parameter | in | type | required | description |', '|---|---|---|---|---|', row].join(eol);
  return { title: `Declare {${name}}`, edits: [{ file: span.file, range: rangeAt(text, at, at), newText: `${eol}${eol}${table}` }], preferred: true };
}

export const restPathParamUndeclared: LintRule = {
  code: 'rest.path-param-undeclared',
  defaultSeverity: 'hint',
  description: 'A `{param}` in the path is not in the parameter list.',
  check(ctx) {
    return allRoutes(ctx).flatMap(({ route }) => {
      const declared = new Set(route.params.filter((p) => p.in === 'path').map((p) => p.name));
      // The path itself declares its parameters; only a parameter list that leaves one of them out is a mistake.
      if (route.params.length === 0) return [];
      const missing = pathParams(route.path).filter((name) => !declared.has(name));
      return missing.map((name) => {
        const fix = missing.length === 1 ? declareFix(ctx, route, name) : undefined;
        return {
          ...placeOf(ctx, route, 'params', 'heading'),
          message: `${routeLabel(route)} has {${name}} in its path but does not declare it: add a row "| ${name} | path | ${guessType(name)} | yes | ... |" to its parameter table.`,
          fixes: fix ? [fix] : undefined,
        };
      });
    });
  },
};
