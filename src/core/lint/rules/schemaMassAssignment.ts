// schema.mass-assignment: a create or update body that accepts a role, a
// permission, a grant or a server-managed field lets the client set what only
// the server may (OWASP API3 2023, broken object property level authorization).
// The owner column has its own rule (auth.owner-in-body).
import type { LintRule, RuleFinding } from '../types';
import { allRoutes, memberLine, placeOf, schemaNamed } from '../places';
import { isGrantBodyField } from '../grants';

const PRIVILEGED = /^(role|roles|is_admin|is_superuser|is_staff|permission|permissions|grants?)$/i;
const SERVER_MANAGED = /^(created_at|updated_at)$/i;

export const schemaMassAssignment: LintRule = {
  code: 'schema.mass-assignment',
  defaultSeverity: 'warning',
  description: 'A create or update body accepts a role, permission, grant or server-managed field.',
  check(ctx) {
    const found: RuleFinding[] = [];
    const seen = new Set<object>();
    for (const { route } of allRoutes(ctx)) {
      if (!['POST', 'PUT', 'PATCH'].includes(route.method)) continue;
      const schema = schemaNamed(ctx, route.requestSchema);
      if (!schema || seen.has(schema)) continue;
      seen.add(schema);
      for (const field of schema.fields) {
        if (!PRIVILEGED.test(field.name) && !SERVER_MANAGED.test(field.name)) continue;
        // A grant body names its level on purpose: who may set it is auth.grant-escalation's question.
        if (isGrantBodyField(ctx.workspaceResources, route, schema, field.name)) continue;
        const why = SERVER_MANAGED.test(field.name) ? 'the server sets it' : 'a client must not grant itself rights';
        found.push({ ...(memberLine(ctx, schema, field) ?? placeOf(ctx, schema)), message: `${schema.name} is a request body but accepts \`${field.name}\`: remove it (${why}).` });
      }
    }
    return found;
  },
};
