// errors.401-missing: a route that needs a token answers 401 when the token is
// missing, expired or invalid (FastAPI's HTTPBearer/OAuth2 dependencies). When
// the routes take their auth from one statement of the file ("All endpoints
// require a JWT") and none of them lists 401, the statement is where 401
// belongs: one finding there, not one per route.
import type { LintRule, RuleFinding } from '../types';
import { allRoutes, byFile, isListedOnly, routeErrors, placeOf, routeLabel, spanOf } from '../places';
import { listed, onceForFile } from './onceForFile';
import { addErrorsFix } from '../fixes';

export const errors401Missing: LintRule = {
  code: 'errors.401-missing',
  defaultSeverity: 'warning',
  description: 'A protected route does not list 401.',
  check(ctx) {
    const found: RuleFinding[] = [];
    const missing = allRoutes(ctx).filter(({ route }) => route.auth === 'jwt' && !routeErrors(ctx, route).includes(401));
    const everyRoute = byFile(ctx, allRoutes(ctx));
    for (const [file, entries] of byFile(ctx, missing)) {
      const anyLists401 = (everyRoute.get(file) ?? []).some(({ route }) => routeErrors(ctx, route).includes(401));
      // Routes sharing one auth statement (the same source range) that none of the file's routes answers with 401.
      const groups = new Map<string, typeof entries>();
      const unshared: typeof entries = [];
      for (const e of entries) {
        const auth = spanOf(ctx, e.route)?.parts.auth;
        const key = auth ? `${auth.start.offset}` : `route ${groups.size}`;
        groups.set(key, [...(groups.get(key) ?? []), e]);
      }
      for (const group of groups.values()) {
        const auth = spanOf(ctx, group[0]!.route)?.parts.auth;
        const shared = auth !== undefined && group.length >= 2 && !anyLists401;
        if (shared) {
          found.push({
            file,
            range: auth,
            routes: group.map((e) => routeLabel(e.route)),
            message: `This statement makes ${group.length} routes require a JWT, but neither it nor the routes say what a missing, expired or invalid token answers: add "a missing or invalid token answers 401" here.`,
          });
          continue;
        }
        unshared.push(...group.filter(({ route }) => !isListedOnly(ctx, route)));
      }
      if (unshared.length >= 2 && !anyLists401) {
        // No route of the file lists 401: one missing statement, not one per route.
        found.push(onceForFile(ctx, unshared.map((e) => e.route), 401, `${unshared.length} routes of this file require a JWT (${listed(unshared.map((e) => e.route))}) but none lists 401: state once what a missing, expired or invalid token answers (401), or add 401 to their errors.`));
        continue;
      }
      for (const { route } of unshared) {
        const fix = addErrorsFix(ctx, route, [401]);
        found.push({
          ...placeOf(ctx, route, 'errors', 'heading'),
          message: `${routeLabel(route)} requires a JWT but does not list 401: add 401 (missing, expired or invalid token) to its errors.`,
          fixes: fix ? [fix] : undefined,
        });
      }
    }
    return found;
  },
};
