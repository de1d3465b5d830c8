// schema.sensitive-field-exposed: a response must never carry a password hash,
// a secret or a stored token. Access tokens in a login response are expected.
import type { LintRule, RuleFinding } from '../types';
import { allRoutes, memberLine, placeOf, routeLabel, schemaNamed } from '../places';
import type { Schema } from '../../model';

const SENSITIVE = /(password|passwd|secret|api_?key|private_?key|salt|otp|_token$|^token_hash$)/i;
const EXPECTED_TOKENS = /^(access_token|refresh_token|token_type|id_token)$/i;

export const schemaSensitiveFieldExposed: LintRule = {
  code: 'schema.sensitive-field-exposed',
  defaultSeverity: 'error',
  description: 'A response schema carries a password hash, a secret or a stored token.',
  check(ctx) {
    // Each response schema with the routes that answer with it, so a finding names them.
    const responseSchemas = new Map<Schema, string[]>();
    const exposedBy = (schema: Schema, route: string) => responseSchemas.set(schema, [...new Set([...(responseSchemas.get(schema) ?? []), route])]);
    // A route's inline examples (one per status) repeat the same fields: each field is told once per route.
    const toldInline = new Set<string>();
    for (const { route } of allRoutes(ctx)) {
      for (const response of route.responses) {
        const schema = schemaNamed(ctx, response.schema);
        if (schema) exposedBy(schema, routeLabel(route));
      }
      // Response bodies written inline (a JSON example under the response label).
      for (const inline of ctx.inline?.get(route)?.responses ?? []) {
        const fresh = inline.fields.filter((f) => !toldInline.has(`${routeLabel(route)} ${f.name}`));
        for (const f of inline.fields) toldInline.add(`${routeLabel(route)} ${f.name}`);
        if (fresh.length > 0) exposedBy({ ...inline, fields: fresh }, routeLabel(route));
      }
    }
    const found: RuleFinding[] = [];
    for (const [schema, routes] of responseSchemas) {
      for (const field of schema.fields) {
        if (!SENSITIVE.test(field.name) || EXPECTED_TOKENS.test(field.name)) continue;
        found.push({
          ...(memberLine(ctx, schema, field) ?? placeOf(ctx, schema)),
          routes,
          message: `${schema.name}${schema.name.startsWith('The ') ? '' : ' is returned by the API but'} carries "${field.name}": remove it from the response schema (keep it in the database model only).`,
        });
      }
    }
    return found;
  },
};
