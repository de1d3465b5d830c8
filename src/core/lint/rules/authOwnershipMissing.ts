// auth.ownership-missing: a route on a resource whose rows belong to users
// must say that it only reaches the caller's own rows. Without it, the
// implementation is free to leak every user's data. A create (POST on the
// collection) takes its owner from the token and is checked by
// auth.owner-in-body instead. Several routes of a file without it are told
// once, at the first of them, naming the others.
import type { LintRule, RuleFinding } from '../types';
import { allRoutes, byFile, isOwnedRoute, ownershipStated, placeOf, routeLabel } from '../places';
import { appendToAuthLineEdit } from '../fixes';
import { chosenOtherUserStatus } from './ownershipStatus';
import type { Route } from '../../model';

function createsOnCollection(route: Route): boolean {
  return route.method === 'POST' && !/[{:][^/]*$/.test(route.path.replace(/\/+$/, '')) && !/\{[^}]+\}|:\w+/.test(route.path.replace(/^\/api\/\{user_?id\}/i, ''));
}

export const authOwnershipMissing: LintRule = {
  code: 'auth.ownership-missing',
  defaultSeverity: 'error',
  description: 'A route on an owned resource has no ownership rule.',
  check(ctx) {
    const column = ctx.design.auth.ownership.column;
    const status = chosenOtherUserStatus(ctx);
    const missing = allRoutes(ctx).filter((entry) => isOwnedRoute(ctx, entry) && entry.route.auth !== 'public' && !ownershipStated(ctx, entry.route) && !createsOnCollection(entry.route));
    const found: RuleFinding[] = [];
    for (const [, entries] of byFile(ctx, missing)) {
      // Several routes of one file missing it is one missing statement, whether or not other routes of the file state theirs.
      if (entries.length >= 2) {
        const first = entries[0]!.route;
        found.push({
          ...placeOf(ctx, first, 'auth', 'heading'),
          routes: entries.map((e) => routeLabel(e.route)),
          message: `${entries.length} routes of this file work on rows that belong to a user (${entries.map((e) => routeLabel(e.route)).slice(0, 3).join(', ')}${entries.length > 3 ? ', ...' : ''}) but nothing says they reach only the caller's own rows: state it once, e.g. "Users only see and change their own rows (\`${column} = sub\`); another user's row answers ${status}".`,
        });
        continue;
      }
      for (const { route } of entries) {
        const collection = route.path.split('/').filter((s) => s !== '' && !/^[{:]/.test(s)).pop() ?? 'rows';
        const row = collection.replace(/s$/, '');
        const words = route.path.includes('{') || route.path.includes(':')
          ? `owner only - another user's ${row} answers ${status}`
          : `only the caller's own ${collection} (\`${row}.${column} == sub\`)`;
        const edit = appendToAuthLineEdit(ctx, route, words);
        found.push({
          ...placeOf(ctx, route, 'auth', 'heading'),
          message: `${routeLabel(route)} works on ${collection}, whose rows belong to a user, but does not say it reaches only the caller's own rows: add "${words}" to its auth line.`,
          fixes: edit ? [{ title: 'Add the ownership rule', edits: [edit], preferred: true }] : undefined,
        });
      }
    }
    return found;
  },
};
