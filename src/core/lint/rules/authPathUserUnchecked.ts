// auth.path-user-unchecked: `/api/{user_id}/tasks` is common, and without a
// rule that the path's user must equal the token's user any caller can read
// any user's rows by changing the URL.
import type { LintRule } from '../types';
import { effectiveOwnership } from '../../model';
import { allRoutes, isUserParam, pathParams, placeOf, routeLabel } from '../places';
import { appendToAuthLineEdit } from '../fixes';

export const authPathUserUnchecked: LintRule = {
  code: 'auth.path-user-unchecked',
  defaultSeverity: 'error',
  description: '`{user_id}` in the path, but no rule that it must equal the token\'s user.',
  check(ctx) {
    return allRoutes(ctx)
      .filter(({ route }) => route.auth !== 'public' && effectiveOwnership(route) !== 'owner' && route.access?.kind !== 'role' && pathParams(route.path).some(isUserParam))
      .map(({ route }) => {
        const param = pathParams(route.path).find(isUserParam) as string;
        const words = `owner only - \`${param}\` must equal the token's \`sub\`, otherwise 403`;
        const edit = appendToAuthLineEdit(ctx, route, words);
        return {
          ...placeOf(ctx, route, 'auth', 'heading'),
          message: `${routeLabel(route)} takes {${param}} from the path but does not say it must be the caller: add "${words}" to its auth line.`,
          fixes: edit ? [{ title: 'Require the path user to be the caller', edits: [edit], preferred: true }] : undefined,
        };
      });
  },
};
