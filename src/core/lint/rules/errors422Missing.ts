// errors.422-missing: FastAPI validates the body and the query parameters and
// answers 422 with {"detail": [...]} when they do not validate. A route whose
// only input is a typed path id is not told (a wrong id is at most a 422 no
// client relies on), nor a route only listed in an index. A route listing 400
// instead is reported by errors.400-for-validation. When no route of a file
// lists 422, the file misses one statement: told once. Routes only listed in
// an index are told only when their file names no error status at all.
import type { LintRule, RuleFinding } from '../types';
import type { Route } from '../../model';
import { allRoutes, byFile, fileOf, isListedOnly, routeErrors, placeOf, routeLabel, takesBody } from '../places';
import { listed, namesNoStatus, onceForFile } from './onceForFile';
import { addErrorsFix } from '../fixes';

export const errors422Missing: LintRule = {
  code: 'errors.422-missing',
  defaultSeverity: 'warning',
  description: 'A route with a body does not list 422.',
  check(ctx) {
    // A create or update only listed in an index takes a body too; it is told when its file names no error status at all.
    // Optional query filters alone are not told: a reviewer does not ask for 422 on them.
    const takes = (route: Route) => takesBody(ctx, route);
    const listedWrite = (route: Route) => isListedOnly(ctx, route) && WRITES.has(route.method) && !NO_BODY.test(route.path) && namesNoStatus(ctx, fileOf(ctx, route));
    const missing = allRoutes(ctx)
      .filter(({ route }) => (takes(route) && !isListedOnly(ctx, route)) || listedWrite(route))
      .filter(({ route }) => !routeErrors(ctx, route).includes(422) && !routeErrors(ctx, route).includes(400));
    const everyRoute = byFile(ctx, allRoutes(ctx));
    const found: RuleFinding[] = [];
    for (const [file, entries] of byFile(ctx, missing)) {
      const routes = entries.map((e) => e.route);
      const anyLists422 = (everyRoute.get(file) ?? []).some((e) => routeErrors(ctx, e.route).includes(422));
      if (routes.length >= 2 && !anyLists422) {
        // No route of the file says what a body that does not validate answers: one missing statement.
        found.push(onceForFile(ctx, routes, 422, `${routes.length} routes of this file take a body (${listed(routes)}) but none lists 422: FastAPI answers input that does not validate with 422 and {"detail": [...]}; say so once, or add 422 to their errors.`));
        continue;
      }
      for (const route of routes) {
        const fix = addErrorsFix(ctx, route, [422]);
        found.push({
          ...placeOf(ctx, route, 'errors', 'heading'),
          message: `${routeLabel(route)} takes a body but does not list 422: add 422 (FastAPI's validation error, {"detail": [...]}) to its errors.`,
          fixes: fix ? [fix] : undefined,
        });
      }
    }
    return found;
  },
};

const WRITES = new Set(['POST', 'PUT', 'PATCH']);
/** Writes that take no body: signing out, toggles and actions on one row. */
const NO_BODY = /\/(?:logout|signout|sign-out|complete|toggle|refresh)$/i;
