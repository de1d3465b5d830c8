// schema.sensitive-field-exposed: a response must never carry a password hash,
// a secret or a stored token. Access tokens in a login response are expected.
import type { LintRule, RuleFinding } from '../types';
import { allRoutes, memberLine, placeOf, schemaNamed } from '../places';
import type { Schema } from '../../model';

const SENSITIVE = /(password|passwd|secret|api_?key|private_?key|salt|otp|_token$|^token_hash$)/i;
const EXPECTED_TOKENS = /^(access_token|refresh_token|token_type|id_token)$/i;

export const schemaSensitiveFieldExposed: LintRule = {
  code: 'schema.sensitive-field-exposed',
  defaultSeverity: 'error',
  description: 'A response schema carries a password hash, a secret or a stored token.',
  check(ctx) {
    const responseSchemas = new Set<Schema>();
    for (const { route } of allRoutes(ctx)) {
      for (const response of route.responses) {
        const schema = schemaNamed(ctx, response.schema);
        if (schema) responseSchemas.add(schema);
      }
      // Response bodies written inline (a JSON example under the response label).
      for (const inline of ctx.inline?.get(route)?.responses ?? []) responseSchemas.add(inline);
    }
    const found: RuleFinding[] = [];
    for (const schema of responseSchemas) {
      for (const field of schema.fields) {
        if (!SENSITIVE.test(field.name) || EXPECTED_TOKENS.test(field.name)) continue;
        found.push({
          ...(memberLine(ctx, schema, field) ?? placeOf(ctx, schema)),
          message: `${schema.name}${schema.name.startsWith('The ') ? '' : ' is returned by the API but'} carries "${field.name}": remove it from the response schema (keep it in the database model only).`,
        });
      }
    }
    return found;
  },
};
