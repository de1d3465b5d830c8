// The review's coverage matrix: for each route, its auth, its access rule,
// whether it states 401, 403, 404 and 422, and what each kind of caller gets
// (the owner, a grantee at each level, another user, each role, anonymous).
import type { DraftDesign } from '../model';
import { accessLabelOf, callerCells } from './callers';
import { routeGaps } from './gaps';
import type { CoverageRow } from './shapes';

/** One row per route, in the order of the resources and their routes. */
export function coverageMatrix(draft: DraftDesign): CoverageRow[] {
  return draft.resources.flatMap((r) =>
    r.routes.map((route) => {
      const access = accessLabelOf(route, r);
      return {
      resource: r.title || r.name,
      route: `${route.method} ${route.path}`,
      auth: route.auth ?? 'unstated',
      ownership: route.ownership ?? (route.access ? (route.access.kind === 'owner' || route.access.kind === 'owner-or-grant' ? 'owner' : 'none') : r.owned ? 'unstated' : 'none'),
      access,
      callers: callerCells(draft, r, route),
      e401: route.errors.includes(401),
      e403: route.errors.includes(403),
      e404: route.errors.includes(404),
      e422: route.errors.includes(422),
      gaps: routeGaps(route, access),
      };
    }),
  );
}
