// auth.grant-escalation: deleting a row, or changing whom it is shared with,
// is the owner's decision; a route open to grantees lets a user the row was
// shared with delete it or re-share it (OWASP API1/API5 2023).
import type { LintRule } from '../types';
import { allRoutes, placeOf, routeLabel } from '../places';
import { isGrantRoute } from '../grants';

export const authGrantEscalation: LintRule = {
  code: 'auth.grant-escalation',
  defaultSeverity: 'error',
  description: 'A route that deletes a row or changes its grants is open to grantees.',
  check(ctx) {
    return allRoutes(ctx)
      .filter(({ route }) => route.access?.kind === 'owner-or-grant')
      .filter(({ route }) => (isGrantRoute(route) && route.method !== 'GET') || (route.method === 'DELETE' && /\}$/.test(route.path)))
      .map(({ route }) => {
        const what = isGrantRoute(route) ? 'changes whom the row is shared with' : 'deletes the row';
        const level = route.access?.kind === 'owner-or-grant' ? route.access.level : '';
        return {
          ...placeOf(ctx, route, 'ownership', 'auth', 'heading'),
          message: `${routeLabel(route)} ${what} but is open to users it is shared with (\`${level}\`): make it "the owner only", or say why a grantee may.`,
        };
      });
  },
};
