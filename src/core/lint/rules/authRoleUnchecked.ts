// auth.role-unchecked: a route under `/admin` (or listing every user) must be
// limited to a role, or any signed-in user can call it (OWASP API5 2023,
// broken function-level authorization).
import type { LintRule } from '../types';
import { allRoutes, placeOf, routeLabel } from '../places';

/** Whether a route looks like an administrator's: an `admin` path segment, or the list of all users when the design has roles. */
function adminLooking(path: string, hasRoles: boolean): boolean {
  const segs = path.split('/').filter((s) => s !== '' && !/^[{:]/.test(s));
  if (segs.some((s) => /^admins?$/i.test(s))) return true;
  return hasRoles && /\/users$/.test(path);
}

export const authRoleUnchecked: LintRule = {
  code: 'auth.role-unchecked',
  defaultSeverity: 'warning',
  description: 'An admin-looking route has no role rule.',
  check(ctx) {
    const hasRoles = ctx.design.auth.roles !== undefined;
    return allRoutes(ctx)
      // A route that states no auth at all is auth.missing's finding: one finding per cause.
      .filter(({ route }) => route.auth === 'jwt' && route.access?.kind !== 'role' && route.access?.kind !== 'public')
      // Hand-written specs often say "admin" in the auth line in words the reader does not take as a rule; only a route that says nothing of roles is reported.
      .filter(({ route }) => adminLooking(route.path, hasRoles) && route.access === undefined)
      .map(({ route }) => ({
        ...placeOf(ctx, route, 'auth', 'heading'),
        message: `${routeLabel(route)} looks like an administrator's route but no role is required: add "role \`${ctx.design.auth.roles?.values[0] ?? 'admin'}\` only" to its auth line.`,
      }));
  },
};
