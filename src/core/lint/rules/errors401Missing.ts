// errors.401-missing: a route that needs a token answers 401 when the token is
// missing, expired or invalid (FastAPI's HTTPBearer/OAuth2 dependencies).
import type { LintRule } from '../types';
import { allRoutes, routeErrors, placeOf, routeLabel } from '../places';
import { addErrorsFix } from '../fixes';

export const errors401Missing: LintRule = {
  code: 'errors.401-missing',
  defaultSeverity: 'warning',
  description: 'A protected route does not list 401.',
  check(ctx) {
    return allRoutes(ctx)
      .filter(({ route }) => route.auth === 'jwt' && !routeErrors(ctx, route).includes(401))
      .map(({ route }) => {
        const fix = addErrorsFix(ctx, route, [401]);
        return {
          ...placeOf(ctx, route, 'errors', 'heading'),
          message: `${routeLabel(route)} requires a JWT but does not list 401: add 401 (missing, expired or invalid token) to its errors.`,
          fixes: fix ? [fix] : undefined,
        };
      });
  },
};
