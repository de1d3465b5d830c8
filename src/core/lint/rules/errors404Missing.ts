// errors.404-missing: a route that addresses one row by id answers 404 when
// the row does not exist. A `{user_id}` alone does not address a row. A route
// only listed in an index (nothing written about it) is not told. When no
// route of a file lists 404, the file misses one statement: told once.
import type { LintRule, RuleFinding } from '../types';
import type { Route } from '../../model';
import { allRoutes, byFile, fileOf, routeErrors, isListedOnly, isUserParam, pathParams, placeOf, routeLabel } from '../places';
import { listed, namesNoStatus, onceForFile } from './onceForFile';
import { addErrorsFix } from '../fixes';

export const errors404Missing: LintRule = {
  code: 'errors.404-missing',
  defaultSeverity: 'warning',
  description: 'A route with path parameters does not list 404.',
  check(ctx) {
    const byId = (route: Route) => pathParams(route.path).some((p) => !isUserParam(p));
    // A route only listed in an index is told only when its file names no error status at all.
    const missing = allRoutes(ctx).filter(({ route }) => byId(route) && !routeErrors(ctx, route).includes(404) && (!isListedOnly(ctx, route) || namesNoStatus(ctx, fileOf(ctx, route))));
    const everyRoute = byFile(ctx, allRoutes(ctx));
    const found: RuleFinding[] = [];
    for (const [file, entries] of byFile(ctx, missing)) {
      const anyLists404 = (everyRoute.get(file) ?? []).some(({ route }) => routeErrors(ctx, route).includes(404));
      if (entries.length >= 2 && !anyLists404) {
        // No route of the file says what a missing row answers: one missing statement, not one per route.
        const routes = entries.map((e) => e.route);
        found.push(onceForFile(ctx, routes, 404, `${routes.length} routes of this file address a row by its path (${listed(routes)}) but none lists 404: say once that an unknown id answers 404, or add 404 to their errors.`));
        continue;
      }
      for (const { route } of entries) {
        const fix = addErrorsFix(ctx, route, [404]);
        found.push({
          ...placeOf(ctx, route, 'errors', 'heading'),
          message: `${routeLabel(route)} addresses a row by its path but does not list 404: add 404 (no such row) to its errors.`,
          fixes: fix ? [fix] : undefined,
        });
      }
    }
    return found;
  },
};
