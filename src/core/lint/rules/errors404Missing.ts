// errors.404-missing: a route that addresses one row by id answers 404 when
// the row does not exist. A `{user_id}` alone does not address a row. A route
// only listed in an index (nothing written about it) is not told.
import type { LintRule } from '../types';
import { allRoutes, routeErrors, isListedOnly, isUserParam, pathParams, placeOf, routeLabel } from '../places';
import { addErrorsFix } from '../fixes';

export const errors404Missing: LintRule = {
  code: 'errors.404-missing',
  defaultSeverity: 'warning',
  description: 'A route with path parameters does not list 404.',
  check(ctx) {
    return allRoutes(ctx)
      .filter(({ route }) => pathParams(route.path).some((p) => !isUserParam(p)) && !routeErrors(ctx, route).includes(404) && !isListedOnly(ctx, route))
      .map(({ route }) => {
        const fix = addErrorsFix(ctx, route, [404]);
        return {
          ...placeOf(ctx, route, 'errors', 'heading'),
          message: `${routeLabel(route)} addresses a row by its path but does not list 404: add 404 (no such row) to its errors.`,
          fixes: fix ? [fix] : undefined,
        };
      });
  },
};
