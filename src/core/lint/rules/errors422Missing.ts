// errors.422-missing: FastAPI validates the body, path and query parameters
// and answers 422 with {"detail": [...]} when they do not validate. A route
// listing 400 instead is reported by errors.400-for-validation.
import type { LintRule } from '../types';
import { allRoutes, routeErrors, placeOf, routeLabel, takesInput } from '../places';
import { addErrorsFix } from '../fixes';

export const errors422Missing: LintRule = {
  code: 'errors.422-missing',
  defaultSeverity: 'warning',
  description: 'A route with a body or parameters does not list 422.',
  check(ctx) {
    return allRoutes(ctx)
      .filter(({ route }) => takesInput(route) && !routeErrors(ctx, route).includes(422) && !routeErrors(ctx, route).includes(400))
      .map(({ route }) => {
        const fix = addErrorsFix(ctx, route, [422]);
        return {
          ...placeOf(ctx, route, 'errors', 'heading'),
          message: `${routeLabel(route)} takes ${route.requestSchema ? 'a body' : 'parameters'} but does not list 422: add 422 (FastAPI's validation error, {"detail": [...]}) to its errors.`,
          fixes: fix ? [fix] : undefined,
        };
      });
  },
};
