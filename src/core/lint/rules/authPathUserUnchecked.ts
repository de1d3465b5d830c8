// auth.path-user-unchecked: `/api/{user_id}/tasks` is common, and without a
// rule that the path's user must equal the token's user any caller can read
// any user's rows by changing the URL. The rule may be stated per route, once
// for the file ("the user_id in the path must match the token"), or in an
// error row ("403: user_id does not match the token"); a file that states it
// nowhere is told once.
import type { LintRule, RuleFinding } from '../types';
import { allRoutes, byFile, isUserParam, pathParams, placeOf, routeLabel } from '../places';
import { appendToAuthLineEdit } from '../fixes';
import { effectiveOwnership } from '../../model';

export const authPathUserUnchecked: LintRule = {
  code: 'auth.path-user-unchecked',
  defaultSeverity: 'error',
  description: '`{user_id}` in the path, but no rule that it must equal the token\'s user.',
  check(ctx) {
    const found: RuleFinding[] = [];
    const unchecked = allRoutes(ctx).filter(({ route }) => route.auth !== 'public' && effectiveOwnership(route) !== 'owner' && !ctx.impliedOwnership?.has(route) && route.access?.kind !== 'role' && pathParams(route.path).some(isUserParam));
    for (const [, entries] of byFile(ctx, unchecked)) {
      const first = entries[0]!.route;
      const param = pathParams(first.path).find(isUserParam) as string;
      const words = `owner only - \`${param}\` must equal the token's \`sub\`, otherwise 403`;
      if (entries.length >= 2) {
        found.push({
          ...placeOf(ctx, first, 'auth', 'heading'),
          routes: entries.map((e) => routeLabel(e.route)),
          message: `${entries.length} routes of this file take {${param}} from the path (${entries.map((e) => routeLabel(e.route)).slice(0, 3).join(', ')}${entries.length > 3 ? ', ...' : ''}) but nothing says it must be the caller: state once that "the \`${param}\` in the path must equal the token's \`sub\`, otherwise 403".`,
        });
        continue;
      }
      const edit = appendToAuthLineEdit(ctx, first, words);
      found.push({
        ...placeOf(ctx, first, 'auth', 'heading'),
        message: `${routeLabel(first)} takes {${param}} from the path but does not say it must be the caller: add "${words}" to its auth line.`,
        fixes: edit ? [{ title: 'Require the path user to be the caller', edits: [edit], preferred: true }] : undefined,
      });
    }
    return found;
  },
};
