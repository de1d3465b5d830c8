// route.request-body-missing: a create (POST on a collection) or an update
// (PUT or PATCH on one row) takes a body, and a spec that never says what is
// in it leaves the fields (and which of them the client may set) to the
// implementer. Actions on a row (`/complete`, `/toggle`), logins and other
// POSTs that do not create are left alone; so is a route only listed in an
// index when another spec writes the same route out. Told once per file.
import type { LintRule, RuleFinding, LintContext } from '../types';
import { allRoutes, byFile, isListedOnly, placeOf, routeLabel, spanOf, takesBody } from '../places';
import { listed } from './onceForFile';
import type { Route } from '../../model';

const ID_SEGMENT = /^(?:\{[^}]+\}|:\w+)$/;

/** A create on a collection or an update of one row, by method and path. */
function createsOrUpdates(route: Route): boolean {
  const segments = route.path.replace(/\/+$/, '').split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  if (/\b(auth|login|logout|signin|signup|register|token|refresh|webhooks?|chat|messages?)\b/i.test(route.path)) return false;
  // Under a row, a plural segment is a nested collection (`/tasks/{id}/comments`); another word is an action (`/archive`).
  if (route.method === 'POST') return !ID_SEGMENT.test(last) && (!segments.some((x) => ID_SEGMENT.test(x)) || /s$/i.test(last));
  if (route.method === 'PUT' || route.method === 'PATCH') return ID_SEGMENT.test(last);
  return false;
}

/** `NoteCreate` for `POST /api/notes`, `TaskUpdate` for `PATCH /api/tasks/{id}`: a name in the canonical style, for the message. */
function schemaExample(route: Route): string {
  const collection = route.path.split('/').filter((x) => x !== '' && !ID_SEGMENT.test(x)).pop() ?? 'item';
  const singular = collection.replace(/ies$/i, 'y').replace(/s$/i, '');
  const word = singular.replace(/[-_](\w)/g, (_, c: string) => c.toUpperCase());
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}${route.method === 'POST' ? 'Create' : 'Update'}`;
}

/** Whether the route says what it takes: a named schema, an inline body, a body in words, a request line, or "None". */
function saysBody(ctx: LintContext, route: Route): boolean {
  return takesBody(ctx, route) || spanOf(ctx, route)?.parts.request !== undefined;
}

export const routeRequestBodyMissing: LintRule = {
  code: 'route.request-body-missing',
  defaultSeverity: 'warning',
  description: 'A create or an update never says what its request body holds.',
  check(ctx) {
    const all = allRoutes(ctx);
    const key = (r: Route) => `${r.method} ${r.path.replace(/\{[^}]*\}|:\w+/g, '{}')}`;
    const writtenOut = new Set(all.filter(({ route }) => !isListedOnly(ctx, route)).map(({ route }) => key(route)));
    const missing = all.filter(({ route }) => createsOrUpdates(route) && !saysBody(ctx, route) && !(isListedOnly(ctx, route) && writtenOut.has(key(route))));
    const found: RuleFinding[] = [];
    for (const [, entries] of byFile(ctx, missing)) {
      const routes = entries.map((e) => e.route);
      if (routes.length >= 2) {
        found.push({
          ...placeOf(ctx, routes[0] as Route, 'request', 'heading'),
          routes: routes.map(routeLabel),
          message: `${routes.length} routes of this file create or update rows but never say what the client sends (${listed(routes)}): give each a request line naming its schema or fields, e.g. "**Request:** \`${schemaExample(routes[0] as Route)}\`" (without the owner: it comes from the token).`,
        });
        continue;
      }
      const route = routes[0] as Route;
      found.push({
        ...placeOf(ctx, route, 'request', 'heading'),
        message: `${routeLabel(route)} ${route.method === 'POST' ? 'creates' : 'updates'} a row but never says what the client sends: add a request line naming its schema or fields, e.g. "**Request:** \`${schemaExample(route)}\`".`,
      });
    }
    return found;
  },
};
