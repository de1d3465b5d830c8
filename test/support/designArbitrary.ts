// fast-check arbitrary of valid API designs, for round-trip and export tests.
import fc from 'fast-check';
import type { AccessRule, ApiDesign, Field, Parameter, ParentScope, Resource, Route, Schema, Sharing } from '../../src/core/model';

const denied = fc.constantFrom(403 as const, 404 as const);
const accessRule: fc.Arbitrary<AccessRule> = fc.oneof(
  fc.record({ kind: fc.constant('owner' as const), deniedStatus: denied }, { requiredKeys: ['kind'] }),
  fc.record({ kind: fc.constant('owner-or-grant' as const), level: fc.constantFrom('read', 'edit', 'manage'), deniedStatus: denied }, { requiredKeys: ['kind', 'level'] }),
  fc.record({ kind: fc.constant('role' as const), role: fc.constantFrom('admin', 'member', 'support-staff'), deniedStatus: denied }, { requiredKeys: ['kind', 'role'] }),
  fc.constant({ kind: 'authenticated' as const }),
  fc.constant({ kind: 'public' as const }),
);
const sharing: fc.Arbitrary<Sharing> = fc.record(
  { model: fc.constantFrom('@specs/db/models.md#taskshare', '@specs/db/models.md'), rowColumn: fc.constantFrom('task_id', 'note_id'), granteeColumn: fc.constantFrom('user_id', 'grantee_id'), levelColumn: fc.constantFrom('permission', 'level'), levels: fc.constantFrom(['read'], ['read', 'edit'], ['view', 'comment', 'edit']).map((v) => [...v]) },
  { requiredKeys: ['rowColumn', 'granteeColumn', 'levelColumn', 'levels'] },
);
const parent: fc.Arbitrary<ParentScope> = fc.record({ resource: fc.constantFrom('tasks', 'projects'), column: fc.constantFrom('task_id', 'project_id') });

const WORDS = ['task', 'tasks', 'user', 'list', 'the', 'current', "user's", 'one', 'read', 'create', 'update', 'delete', 'a', 'new', 'due', 'date', 'title', 'owner', 'only', 'when', 'done', '(optional)', 'max', '200', 'id,', 'note:', 'see', 'items', 'Buy', 'milk'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => {
  const s = w.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
});
const ident = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/).filter((s) => !s.endsWith('_'));
const schemaName = fc.stringMatching(/^[A-Z][a-z]{2,6}(Create|Read|Update|List)?$/);
const primitive = fc.constantFrom('string', 'integer', 'number', 'boolean', 'datetime', 'date', 'uuid', 'email', 'pending|completed');
const status = fc.constantFrom(400, 401, 403, 404, 409, 422, 500);
const specRef = fc.constantFrom('@specs/db/models.md#task', '@specs/db/models.md#user', '@specs/auth/jwt.md', '@specs/db/models.md');

const field: fc.Arbitrary<Field> = fc.record(
  { name: ident, type: primitive, required: fc.boolean(), nullable: fc.boolean(), constraints: fc.constantFrom('max_length=200', '>= 1', 'unique'), example: fc.constantFrom('"Buy milk"', '3', 'true', 'null'), description: sentence },
  { requiredKeys: ['name', 'type', 'required', 'nullable'] },
);

const schema = (name: string): fc.Arbitrary<Schema> =>
  fc.record({ name: fc.constant(name), description: sentence, basedOn: specRef, fields: fc.uniqueArray(field, { selector: (f) => f.name, maxLength: 5 }) }, { requiredKeys: ['name', 'fields'] });

const route = (schemaNames: string[]): fc.Arbitrary<Route> => {
  const typeRef = schemaNames.length > 0 ? fc.oneof(fc.constantFrom(...schemaNames), fc.constantFrom(...schemaNames).map((n) => `list[${n}]`)) : primitive;
  const param: fc.Arbitrary<Parameter> = fc.record({ name: ident, in: fc.constantFrom('path' as const, 'query' as const), type: primitive, required: fc.boolean(), description: sentence }, { requiredKeys: ['name', 'in', 'type', 'required'] });
  return fc.record(
    {
      method: fc.constantFrom('GET' as const, 'POST' as const, 'PUT' as const, 'PATCH' as const, 'DELETE' as const),
      path: fc.array(fc.oneof(ident, ident.map((s) => `{${s}}`)), { minLength: 1, maxLength: 4 }).map((segs) => `/${segs.join('/')}`),
      purpose: sentence,
      auth: fc.constantFrom('jwt' as const, 'public' as const),
      ownership: fc.constantFrom('owner' as const, 'none' as const),
      access: accessRule,
      params: fc.uniqueArray(param, { selector: (p) => p.name, maxLength: 3 }),
      requestSchema: typeRef,
      responses: fc.uniqueArray(fc.record({ status: fc.constantFrom(200, 201, 202, 204), description: sentence, schema: typeRef }, { requiredKeys: ['status'] }), { selector: (r) => r.status, minLength: 1, maxLength: 2 }),
      errors: fc.uniqueArray(status, { maxLength: 4 }),
    },
    { requiredKeys: ['method', 'path', 'purpose', 'params', 'responses', 'errors'] },
  ).map((r) => {
    // A route states an access rule or the older ownership, not both.
    if (r.access !== undefined) delete r.ownership;
    return r;
  });
};

/** Valid designs: every string is one line, names are unique where the grammar needs it. */
export function arbitraryDesign(): fc.Arbitrary<ApiDesign> {
  return fc.uniqueArray(schemaName, { maxLength: 4 }).chain((names) => {
    const resource: fc.Arbitrary<Resource> = fc.record(
      { name: fc.stringMatching(/^[a-z][a-z0-9-]{1,8}$/).filter((n) => !['readme', 'errors', 'index', 'overview'].includes(n)), title: fc.constantFrom('Tasks', 'Users', 'Projects', 'Notes', 'Team members'), description: sentence, model: specRef, owned: fc.boolean(), sharing, parent, routes: fc.uniqueArray(route(names), { selector: (r) => `${r.method} ${r.path}`, maxLength: 4 }) },
      { requiredKeys: ['name', 'title', 'owned', 'routes'] },
    );
    return fc.record(
      {
        title: fc.constantFrom('Taskflow API', 'Notes API', 'Team API'),
        basePath: fc.constantFrom('', '/api', '/api/v1'),
        description: sentence,
        auth: fc.record(
          {
            scheme: fc.constant('jwt-bearer' as const),
            header: fc.constantFrom('Authorization', 'X-Access-Token'),
            algorithm: fc.constantFrom('HS256', 'RS256', 'ES384', 'EdDSA'),
            userClaim: fc.constantFrom('sub', 'user_id', 'uid'),
            tokenLifetimeMinutes: fc.integer({ min: 1, max: 10000 }),
            spec: fc.constantFrom('@specs/auth/jwt.md', '@specs/features/authentication.md'),
            ownership: fc.record({ column: fc.constantFrom('user_id', 'owner_id'), otherUserStatus: fc.constantFrom(403 as const, 404 as const) }),
            roles: fc.record({ claim: fc.constantFrom('role', 'roles', 'is_admin'), values: fc.constantFrom(['admin'], ['admin', 'member']).map((v) => [...v]) }),
          },
          { requiredKeys: ['scheme', 'header', 'algorithm', 'userClaim', 'tokenLifetimeMinutes', 'ownership'] },
        ),
        errors: fc.record({
          schema: fc.oneof(fc.constant({ kind: 'fastapi-detail' as const }), fc.record({ kind: fc.constant('custom' as const), name: fc.constant('ErrorBody'), fields: fc.uniqueArray(field, { selector: (f) => f.name, minLength: 1, maxLength: 3 }) })),
          catalog: fc.uniqueArray(fc.record({ status, meaning: fc.constantFrom('Not Found', 'Unauthorized', 'Conflict'), when: sentence }, { requiredKeys: ['status', 'meaning'] }), { selector: (s) => s.status, maxLength: 4 }),
        }),
        resources: fc.uniqueArray(resource, { selector: (r) => r.name, maxLength: 3 }),
        schemas: fc.tuple(...names.map(schema)),
      },
      { requiredKeys: ['title', 'basePath', 'auth', 'errors', 'resources', 'schemas'] },
    ).filter((d) => {
      // A route is one section in the whole design, not only in its resource.
      const keys = d.resources.flatMap((r) => r.routes.map((x) => `${x.method} ${x.path}`));
      return new Set(keys).size === keys.length;
    });
  });
}
