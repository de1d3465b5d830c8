// errors.422-missing: FastAPI validates the body and the query parameters and
// answers 422 with {"detail": [...]} when they do not validate. A route whose
// only input is a typed path id is not told (a wrong id is at most a 422 no
// client relies on), nor a route only listed in an index. A route listing 400
// instead is reported by errors.400-for-validation.
import type { LintRule } from '../types';
import { allRoutes, isListedOnly, routeErrors, placeOf, routeLabel, takesBody } from '../places';
import { addErrorsFix } from '../fixes';

export const errors422Missing: LintRule = {
  code: 'errors.422-missing',
  defaultSeverity: 'warning',
  description: 'A route with a body or query parameters does not list 422.',
  check(ctx) {
    return allRoutes(ctx)
      .filter(({ route }) => (takesBody(ctx, route) || route.params.some((p) => p.in === 'query')) && !isListedOnly(ctx, route))
      .filter(({ route }) => !routeErrors(ctx, route).includes(422) && !routeErrors(ctx, route).includes(400))
      .map(({ route }) => {
        const fix = addErrorsFix(ctx, route, [422]);
        return {
          ...placeOf(ctx, route, 'errors', 'heading'),
          message: `${routeLabel(route)} takes ${takesBody(ctx, route) ? 'a body' : 'query parameters'} but does not list 422: add 422 (FastAPI's validation error, {"detail": [...]}) to its errors.`,
          fixes: fix ? [fix] : undefined,
        };
      });
  },
};
