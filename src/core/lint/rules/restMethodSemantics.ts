// rest.method-semantics: GET and DELETE take no body; POST on a collection
// creates and answers 201; DELETE answers 204 (or 200 with the deleted row);
// a 204 has no body.
import type { LintRule, RuleFinding } from '../types';
import { allRoutes, placeOf, routeLabel, takesBody } from '../places';

/**
 * POST paths that run an action rather than create a row: auth, a chat
 * message answered by an assistant, a webhook or cron trigger, an action on a
 * row (`/tasks/{id}/complete`).
 */
const ACTION = /\/(login|logout|signout|sign-out|register|signup|signin|token|refresh|verify|reset[-_]?password|forgot[-_]?password|search|send|import|export|batch|chat|messages?|ask|query|webhooks?|hooks?|callback|cron|trigger|run|sync|notify|toggle|complete|archive|restore|upload|generate|password[-_\w]*|request|confirm|bulk[-_\w]*)(?:\/|$|[-_.])/i;

export const restMethodSemantics: LintRule = {
  code: 'rest.method-semantics',
  defaultSeverity: 'warning',
  description: 'GET/DELETE with a body, a POST that creates without 201, a DELETE without 204/200.',
  check(ctx) {
    const found: RuleFinding[] = [];
    for (const { route } of allRoutes(ctx)) {
      const statuses = route.responses.map((r) => r.status);
      // A body described only in words ("Request: none, filters in the query") is too loose to call a GET body.
      if ((route.method === 'GET' || route.method === 'DELETE') && takesBody(ctx, route) && ctx.inline?.get(route)?.requestInWords !== true) {
        found.push({ ...placeOf(ctx, route, 'request', 'heading'), message: `${routeLabel(route)} takes a request body: ${route.method} has no body; move the fields to query parameters, or use POST.` });
      }
      const lastSegment = route.path.replace(/\/+$/, '').split('/').pop() ?? '';
      const underRow = /\{[^}]+\}|:\w+/.test(route.path.replace(/^\/api\/\{user_?id\}/i, '').replace(/\/[^/]*$/, ''));
      const createsRow = route.method === 'POST' && !/^[{:]/.test(lastSegment) && !ACTION.test(route.path) && !(underRow && !/s$/.test(lastSegment));
      if (createsRow && statuses.length > 0 && !statuses.includes(201) && !statuses.includes(202)) {
        found.push({ ...placeOf(ctx, route, 'responses', 'heading'), message: `${routeLabel(route)} creates a row but answers ${statuses.join('/')}: answer 201 Created with the new row (status_code=201).` });
      }
      if (route.method === 'DELETE' && statuses.length > 0 && !statuses.some((s) => s === 200 || s === 202 || s === 204)) {
        found.push({ ...placeOf(ctx, route, 'responses', 'heading'), message: `${routeLabel(route)} answers ${statuses.join('/')}: a DELETE answers 204 No Content (or 200 with the deleted row).` });
      }
      // 204 No Content with a body promised beside it: the client cannot have both.
      const inline = ctx.inline?.get(route);
      const promisesBody = route.responses.some((r) => r.status === 204 && r.schema !== undefined) || (inline?.responses.some((b) => b.fields.length > 0) ?? false) || inline?.responseInWords === true;
      if (statuses.includes(204) && !statuses.some((s) => s >= 200 && s < 300 && s !== 204) && promisesBody) {
        found.push({ ...placeOf(ctx, route, 'responses', 'heading'), message: `${routeLabel(route)} answers 204 No Content and also describes a response body: a 204 has no body; drop the body, or answer 200 with it.` });
      }
    }
    return found;
  },
};
