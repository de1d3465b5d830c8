// The status the workspace answers for another user's row (403 or 404),
// shared by the ownership rules. FastAPI projects must pick one and use it
// everywhere; the routes' majority decides, then the auth spec's rule.
import type { Route } from '../../model';
import { effectiveOwnership } from '../../model';
import type { LintContext } from '../types';
import { allRoutes, isUserParam, pathParams } from '../places';

/** Whether a route addresses one row by id (`{task_id}`; a `{user_id}` alone does not). */
export function addressesRow(route: Route): boolean {
  return pathParams(route.path).some((p) => !isUserParam(p));
}

/** 403 or 404 when a route's errors say which it answers for another user's row, else undefined. */
export function routeOtherUserStatus(route: Route): 403 | 404 | undefined {
  // Grantees count: a route open to the owner and grantees answers everyone else like another user.
  if (effectiveOwnership(route) !== 'owner') return undefined;
  if (route.access && 'deniedStatus' in route.access && route.access.deniedStatus !== undefined) return route.access.deniedStatus;
  const has403 = route.errors.includes(403);
  const has404 = route.errors.includes(404);
  if (has403 && !has404) return 403;
  if (has404 && !has403) return 404;
  return undefined;
}

/** The status the workspace has chosen for another user's row. */
export function chosenOtherUserStatus(ctx: LintContext): 403 | 404 {
  let n403 = 0;
  let n404 = 0;
  for (const { route } of allRoutes(ctx)) {
    if (!addressesRow(route)) continue;
    const s = routeOtherUserStatus(route);
    if (s === 403) n403++;
    if (s === 404) n404++;
  }
  if (n403 > n404) return 403;
  if (n404 > n403) return 404;
  return ctx.design.auth.ownership.otherUserStatus;
}
