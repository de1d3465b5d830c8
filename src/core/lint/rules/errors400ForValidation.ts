// errors.400-for-validation: FastAPI answers request validation failures with
// 422, not 400. A route that lists 400 but not 422 usually means the spec
// expects 400 for a bad body, which FastAPI will never send. When the 400
// comes from the file's one status-code table, that row is reported, once.
import type { LintRule, RuleFinding } from '../types';
import { allRoutes, fileStatusRow, fileOf, routeErrors, placeOf, routeLabel, takesInput } from '../places';
import { addErrorsFix } from '../fixes';

export const errors400ForValidation: LintRule = {
  code: 'errors.400-for-validation',
  defaultSeverity: 'warning',
  description: 'A route lists 400 where FastAPI answers 422 for request validation.',
  check(ctx) {
    const found: RuleFinding[] = [];
    const rowsTold = new Map<string, RuleFinding>();
    for (const { route } of allRoutes(ctx)) {
      if (!takesInput(route) || !routeErrors(ctx, route).includes(400) || routeErrors(ctx, route).includes(422)) continue;
      const row = fileStatusRow(ctx, route, 400);
      if (row) {
        const file = fileOf(ctx, route);
        const told = rowsTold.get(file);
        if (told) {
          told.routes?.push(routeLabel(route));
          continue;
        }
        const finding: RuleFinding = { file, range: row, routes: [routeLabel(route)], message: 'This file\'s status codes give 400 for every route but not 422: FastAPI answers an invalid body or parameter with 422 and {"detail": [...]}; add a 422 row (keep 400 for errors the routes raise themselves).' };
        rowsTold.set(file, finding);
        found.push(finding);
        continue;
      }
      const fix = addErrorsFix(ctx, route, [422]);
      found.push({
        ...placeOf(ctx, route, 'errors', 'heading'),
        message: `${routeLabel(route)} lists 400 but not 422: FastAPI answers an invalid body or parameter with 422 and {"detail": [...]}; add 422 (keep 400 only for errors the route raises itself).`,
        fixes: fix ? [fix] : undefined,
      });
    }
    return found;
  },
};
