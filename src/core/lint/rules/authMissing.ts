// auth.missing: every route must say whether it needs a token. FastAPI routes
// are public unless a dependency checks the token, so an unstated route is
// usually an unprotected one.
import type { LintRule } from '../types';
import { allRoutes, placeOf, routeErrors, routeLabel } from '../places';
import { addErrorsEdit, insertAuthLineEdit } from '../fixes';
import type { FindingFix } from '../../diagnostics';

export const authMissing: LintRule = {
  code: 'auth.missing',
  defaultSeverity: 'error',
  description: 'A route states neither "JWT required" nor an explicit "public".',
  check(ctx) {
    return allRoutes(ctx)
      .filter(({ route }) => route.auth === undefined)
      .map(({ route }) => {
        const fixes: FindingFix[] = [];
        const jwt = insertAuthLineEdit(ctx, route, 'JWT required');
        if (jwt) {
          // A protected route also answers 401; add it so the fix leaves no new finding.
          const errors = routeErrors(ctx, route).includes(401) ? undefined : addErrorsEdit(ctx, route, [401]);
          fixes.push({ title: 'Add "Auth: JWT required"', edits: errors ? [jwt, errors] : [jwt], preferred: true });
        }
        const pub = insertAuthLineEdit(ctx, route, 'public');
        if (pub) fixes.push({ title: 'Add "Auth: public"', edits: [pub] });
        return {
          ...placeOf(ctx, route, 'heading'),
          message: `${routeLabel(route)} does not say who may call it: write "- **Auth:** JWT required" (a valid bearer token) or "- **Auth:** public".`,
          fixes,
        };
      });
  },
};
