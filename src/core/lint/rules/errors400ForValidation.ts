// errors.400-for-validation: FastAPI answers request validation failures with
// 422, not 400. A route that lists 400 but not 422 usually means the spec
// expects 400 for a bad body, which FastAPI will never send.
import type { LintRule } from '../types';
import { allRoutes, routeErrors, placeOf, routeLabel, takesInput } from '../places';
import { addErrorsFix } from '../fixes';

export const errors400ForValidation: LintRule = {
  code: 'errors.400-for-validation',
  defaultSeverity: 'warning',
  description: 'A route lists 400 where FastAPI answers 422 for request validation.',
  check(ctx) {
    return allRoutes(ctx)
      .filter(({ route }) => takesInput(route) && routeErrors(ctx, route).includes(400) && !routeErrors(ctx, route).includes(422))
      .map(({ route }) => {
        const fix = addErrorsFix(ctx, route, [422]);
        return {
          ...placeOf(ctx, route, 'errors', 'heading'),
          message: `${routeLabel(route)} lists 400 but not 422: FastAPI answers an invalid body or parameter with 422 and {"detail": [...]}; add 422 (keep 400 only for errors the route raises itself).`,
          fixes: fix ? [fix] : undefined,
        };
      });
  },
};
