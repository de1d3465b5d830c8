// What the lint knows of sharing: which routes and bodies are about grants
// (so a grantee column is not mistaken for the owner), and which routes
// change a row's grants or delete it (the owner's decisions alone).
import type { Resource, Route, Schema } from '../model';

const GRANT_SEGMENT = /^(shares|sharing|grants|permissions|collaborators|members|invitations|invites|access)$/i;
const GRANT_SCHEMA = /(Share|Grant|Permission|Collaborator|Member|Invit)/;

/** The static segments of a path, without parameters. */
function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '' && !/^[{:]/.test(s));
}

/** Whether a route works on grants: `/api/tasks/{task_id}/shares`, or a body named like `ShareCreate`. */
export function isGrantRoute(route: Pick<Route, 'path'>, schema?: Pick<Schema, 'name'>): boolean {
  const last = segments(route.path).pop();
  return (last !== undefined && GRANT_SEGMENT.test(last)) || (schema !== undefined && GRANT_SCHEMA.test(schema.name));
}

/** Whether `field` of a grant route's body names the grantee or the level, not the owner. */
export function isGrantBodyField(resources: Resource[], route: Route, schema: Schema, field: string): boolean {
  if (!isGrantRoute(route, schema)) return false;
  const declared = resources.flatMap((r) => (r.sharing ? [r.sharing] : []));
  if (declared.some((s) => s.granteeColumn === field || s.levelColumn === field)) return true;
  return /^(user_?id|grantee_?id|shared_with(_user)?(_id)?|email|permission|level|role)$/i.test(field);
}
