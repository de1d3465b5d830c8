// auth.owner-in-body: the owner of a row comes from the token, never from the
// request body; a create schema that accepts `user_id` lets a client write
// rows into another user's account.
import type { LintRule, RuleFinding } from '../types';
import { allRoutes, memberLine, placeOf, schemaNamed } from '../places';
import { wholeLines } from '../text';
import { isGrantBodyField } from '../grants';

const OWNER_FIELDS = /^(user_?id|owner_?id|userid|ownerid)$/i;

export const authOwnerInBody: LintRule = {
  code: 'auth.owner-in-body',
  defaultSeverity: 'error',
  description: 'A request schema lets the client send the owner (`user_id`).',
  check(ctx) {
    const column = ctx.design.auth.ownership.column;
    const seen = new Set<object>();
    const found: RuleFinding[] = [];
    for (const { route } of allRoutes(ctx)) {
      // A named request schema, or the body written inline under the route's request label.
      const schema = schemaNamed(ctx, route.requestSchema) ?? (route.requestSchema === undefined ? ctx.inline?.get(route)?.request : undefined);
      if (!schema || seen.has(schema)) continue;
      seen.add(schema);
      for (const field of schema.fields) {
        if (field.name !== column && !OWNER_FIELDS.test(field.name)) continue;
        // A grant body's user is the grantee, not the owner.
        if (isGrantBodyField(ctx.workspaceResources, route, schema, field.name)) continue;
        const line = memberLine(ctx, schema, field);
        const text = line && ctx.texts.get(line.file);
        const fix = line && text !== undefined
          ? [{ title: `Remove \`${field.name}\` from ${schema.name}`, edits: [{ file: line.file, range: wholeLines(text, line.range.start.offset, line.range.end.offset), newText: '' }], preferred: true }]
          : undefined;
        found.push({
          ...(line ?? placeOf(ctx, schema)),
          message: `${schema.name}${schema.name.startsWith('The ') ? '' : ' is a request body but'} accepts \`${field.name}\`: remove it; the owner is the token's user (\`${column} = sub\`), never a request field.`,
          fixes: fix,
        });
      }
    }
    return found;
  },
};
