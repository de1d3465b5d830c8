// errors.400-for-validation: FastAPI answers request validation failures with
// 422, not 400. A route that lists 400 but not 422 usually means the spec
// expects 400 for a bad body, which FastAPI will never send. When the 400
// comes from the file's one status-code table, that row is reported, once.
// Routes whose only input is a path id are left alone (see errors.422-missing).
// Several routes of one file doing it, with 422 nowhere in the file, is one
// choice: told once, at the first of them.
import type { LintContext, LintRule, RuleFinding } from '../types';
import type { Route } from '../../model';
import { listed, onceForFile } from './onceForFile';
import { allRoutes, byFile, partText, fileStatusRow, listedErrors, fileOf, routeErrors, placeOf, routeLabel, takesBody, takesInput } from '../places';
import { addErrorsFix } from '../fixes';

export const errors400ForValidation: LintRule = {
  code: 'errors.400-for-validation',
  defaultSeverity: 'warning',
  description: 'A route lists 400 where FastAPI answers 422 for request validation.',
  check(ctx) {
    const found: RuleFinding[] = [];
    const rowsTold = new Map<string, RuleFinding>();
    const perRoute = new Map<string, Route[]>();
    const everyRoute = byFile(ctx, allRoutes(ctx));
    for (const { route } of allRoutes(ctx)) {
      // A typed path id or a query filter is not what a 400 "validation error" is about: a body is.
      // The route's own 400 (or the file's, when the route lists nothing), unless the route or its file gives 422 anywhere.
      if (!listedErrors(ctx, route).includes(400)) continue;
      // The route's own list names 400 as its validation answer while its file states 422 elsewhere: the two disagree, and this route promises 400.
      if (routeErrors(ctx, route).includes(422) && saysValidation400(ctx, route)) {
        const fix = addErrorsFix(ctx, route, [422]);
        found.push({
          ...placeOf(ctx, route, 'errors', 'heading'),
          message: `${routeLabel(route)} gives 400 for validation errors: FastAPI answers an invalid body or parameter with 422 and {"detail": [...]} before the route runs; list 422 for validation (keep 400 only for errors the route raises itself).`,
          fixes: fix ? [fix] : undefined,
        });
        continue;
      }
      if (routeErrors(ctx, route).includes(422)) continue;
      // The file's own status table (400 for every route) is told once whatever the route takes.
      const row = takesInput(route) ? fileStatusRow(ctx, route, 400) : undefined;
      if (!row && !takesBody(ctx, route)) continue;
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
      const file = fileOf(ctx, route);
      perRoute.set(file, [...(perRoute.get(file) ?? []), route]);
    }
    for (const [file, routes] of perRoute) {
      // Several routes giving 400 where no route of the file gives 422 is one choice, told once.
      const anyGives422 = (everyRoute.get(file) ?? []).some((e) => routeErrors(ctx, e.route).includes(422));
      if (routes.length >= 2 && !anyGives422) {
        found.push(onceForFile(ctx, routes, 422, `${routes.length} routes of this file list 400 but no route lists 422 (${listed(routes)}): FastAPI answers an invalid body or parameter with 422 and {"detail": [...]}; add 422 to their errors (keep 400 only for errors the routes raise themselves).`));
        continue;
      }
      for (const route of routes) {
        const fix = addErrorsFix(ctx, route, [422]);
        found.push({
          ...placeOf(ctx, route, 'errors', 'heading'),
          message: `${routeLabel(route)} lists 400 but not 422: FastAPI answers an invalid body or parameter with 422 and {"detail": [...]}; add 422 (keep 400 only for errors the route raises itself).`,
          fixes: fix ? [fix] : undefined,
        });
      }
    }
    return found;
  },
};

/** The route's own error list says its 400 is for validation ("400 (validation)", "400: Validation error") and lists no 422. */
function saysValidation400(ctx: LintContext, route: Route): boolean {
  if (!route.errors.includes(400) || route.errors.includes(422)) return false;
  return /\b400\b[^,;\n|]{0,40}\b(?:validation|invalid (?:input|data|body|request body|payload))/i.test(partText(ctx, route, 'errors'));
}
