// route.response-missing: a route written out (a purpose, a body, errors)
// that never says what it answers on success leaves the client and the coding
// agent to guess the status and the body. Routes only listed in an index have
// nothing written about them and are left alone. Several routes of one file
// without an answer are one habit of that file, told once.
import type { LintRule, RuleFinding } from '../types';
import { allRoutes, byFile, isListedOnly, placeOf, routeLabel, spanOf } from '../places';
import { listed } from './onceForFile';
import type { Route } from '../../model';
import type { LintContext } from '../types';

/** Whether the route says anything of its success answer: a response line, a status, a body written inline. */
function answers(ctx: LintContext, route: Route): boolean {
  const inline = ctx.inline?.get(route);
  return route.responses.length > 0 || spanOf(ctx, route)?.parts.responses !== undefined || (inline?.responses.length ?? 0) > 0 || inline?.responseInWords === true;
}

/** `Task` for `/api/tasks/{id}`: the row a route's last collection holds, for the message. */
function rowName(route: Route): string {
  const collection = route.path.split('/').filter((x) => x !== '' && !/^(?:\{[^}]+\}|:\w+)$/.test(x)).pop() ?? 'item';
  const word = collection.replace(/ies$/i, 'y').replace(/s$/i, '').replace(/[-_](\w)/g, (_, c: string) => c.toUpperCase());
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

export const routeResponseMissing: LintRule = {
  code: 'route.response-missing',
  defaultSeverity: 'warning',
  description: 'A route written out in a spec never says what it answers on success.',
  check(ctx) {
    const missing = allRoutes(ctx).filter(({ route }) => !isListedOnly(ctx, route) && !answers(ctx, route));
    const found: RuleFinding[] = [];
    for (const [, entries] of byFile(ctx, missing)) {
      const routes = entries.map((e) => e.route);
      if (routes.length >= 2) {
        found.push({
          ...placeOf(ctx, routes[0] as Route, 'heading'),
          routes: routes.map(routeLabel),
          message: `${routes.length} routes of this file never say what they answer on success (${listed(routes)}): give each a response line with its status and body, e.g. "**Response (200 OK):** \`${rowName(routes[0] as Route)}\`" or "**Response (204 No Content):** no body".`,
        });
        continue;
      }
      const route = routes[0] as Route;
      found.push({
        ...placeOf(ctx, route, 'heading'),
        message: `${routeLabel(route)} never says what it answers on success: add a response line with its status and body, e.g. "**Response (${route.method === 'DELETE' ? '204 No Content' : '200 OK'}):** ${route.method === 'DELETE' ? 'no body' : `\`${rowName(route)}\``}".`,
      });
    }
    return found;
  },
};
