// rest.param-unused: a path parameter declared in the table but absent from
// the path is a typo in one of the two.
import type { LintRule } from '../types';
import { allRoutes, memberLine, pathParams, placeOf, routeLabel } from '../places';

export const restParamUnused: LintRule = {
  code: 'rest.param-unused',
  defaultSeverity: 'warning',
  description: 'A declared path parameter does not appear in the path.',
  check(ctx) {
    return allRoutes(ctx).flatMap(({ route }) => {
      const inPath = new Set(pathParams(route.path));
      return route.params
        .filter((p) => p.in === 'path' && !inPath.has(p.name))
        .map((p) => ({
          ...(memberLine(ctx, route, p) ?? placeOf(ctx, route, 'params', 'heading')),
          message: `${routeLabel(route)} declares the path parameter "${p.name}", which its path does not contain: write {${p.name}} in the path, or make it a query parameter, or remove the row.`,
        }));
    });
  },
};
