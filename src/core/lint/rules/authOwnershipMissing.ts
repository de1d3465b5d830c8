// auth.ownership-missing: a route on a resource whose rows belong to users
// must say that it only reaches the caller's own rows. Without it, the
// implementation is free to leak every user's data.
import type { LintRule } from '../types';
import { effectiveOwnership } from '../../model';
import { allRoutes, isOwnedRoute, placeOf, routeLabel } from '../places';
import { appendToAuthLineEdit } from '../fixes';
import { chosenOtherUserStatus } from './ownershipStatus';

export const authOwnershipMissing: LintRule = {
  code: 'auth.ownership-missing',
  defaultSeverity: 'error',
  description: 'A route on an owned resource has no ownership rule.',
  check(ctx) {
    const column = ctx.design.auth.ownership.column;
    const status = chosenOtherUserStatus(ctx);
    return allRoutes(ctx)
      .filter((entry) => isOwnedRoute(ctx, entry) && entry.route.auth !== 'public' && effectiveOwnership(entry.route) === undefined)
      .map(({ route }) => {
        const collection = route.path.split('/').filter((s) => s !== '' && !/^[{:]/.test(s)).pop() ?? 'rows';
        const row = collection.replace(/s$/, '');
        const words = route.path.includes('{') || route.path.includes(':')
          ? `owner only - another user's ${row} answers ${status}`
          : `only the caller's own ${collection} (\`${row}.${column} == sub\`)`;
        const edit = appendToAuthLineEdit(ctx, route, words);
        return {
          ...placeOf(ctx, route, 'auth', 'heading'),
          message: `${routeLabel(route)} works on ${collection}, whose rows belong to a user, but does not say it reaches only the caller's own rows: add "${words}" to its auth line.`,
          fixes: edit ? [{ title: 'Add the ownership rule', edits: [edit], preferred: true }] : undefined,
        };
      });
  },
};
