// The design model: one zod schema is the single definition of an API design.
// TypeScript types come from z.infer. The wizard, the writer, the reader, the
// lint rules and the OpenAPI export all speak this model.
//
// Messages say what to write, because they are shown beside the wizard's
// fields and in the CLI when a design file does not validate.
import { z } from 'zod';
import { AccessRule, ParentScope, Roles, Sharing } from './access';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export const HttpMethod = z.enum(HTTP_METHODS, { error: 'Write one of GET, POST, PUT, PATCH or DELETE.' });

/** A path such as `/api/tasks/{task_id}`: starts with `/`, parameters in braces. */
export const RoutePath = z
  .string()
  .regex(/^\/[A-Za-z0-9_\-./{}:]*$/, { error: 'Write a path that starts with "/" and uses letters, digits, "-", "_", "/" and {parameters}, e.g. /api/tasks/{task_id}.' });

/** A name usable as a Python identifier and a JSON key: `task_id`, `title`. */
export const Identifier = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'Write a name of letters, digits and "_", not starting with a digit, e.g. task_id.' });

/** A schema name such as `TaskCreate`. */
export const SchemaName = z
  .string()
  .regex(/^[A-Z][A-Za-z0-9]*$/, { error: 'Write a PascalCase schema name, e.g. TaskCreate.' });

/**
 * A field or parameter type: a primitive (`string`, `integer`, `number`,
 * `boolean`, `datetime`, `date`, `uuid`, `email`, `object`), an enum written
 * `pending|completed`, a schema name, or `list[...]` of any of these.
 */
export const FieldType = z
  .string()
  .regex(/^[A-Za-z0-9_|[\]\- .]+$/, { error: 'Write a type such as string, integer, boolean, datetime, a schema name, pending|completed or list[TaskRead].' })
  .refine((t) => t.trim() === t && t.length > 0, { error: 'Write a type without leading or trailing spaces.' });

/** A reference token to another spec, e.g. `@specs/db/models.md#task`. */
export const SpecReference = z
  .string()
  .regex(/^@specs\/[A-Za-z0-9_\-./*]+(#[^\s]+)?$/, { error: 'Write a reference such as @specs/db/models.md#task.' });

const OneLine = (what: string) =>
  z.string().refine((s) => !/[\r\n]/.test(s) && s.trim() === s, { error: `Write ${what} on one line, without leading or trailing spaces.` });

export const StatusCode = z
  .number({ error: 'Write an HTTP status code such as 200 or 404.' })
  .int({ error: 'Write an HTTP status code such as 200 or 404.' })
  .min(100, { error: 'Write an HTTP status code between 100 and 599.' })
  .max(599, { error: 'Write an HTTP status code between 100 and 599.' });

export const Parameter = z.object({
  name: Identifier,
  in: z.enum(['path', 'query'], { error: 'Write "path" or "query".' }),
  type: FieldType,
  required: z.boolean(),
  description: OneLine('the description').optional(),
});

export const Field = z.object({
  name: Identifier,
  type: FieldType,
  required: z.boolean(),
  nullable: z.boolean(),
  /** Constraints in words or in Pydantic terms: `max_length=200`, `>= 1`. */
  constraints: OneLine('the constraints').optional(),
  /** An example value, written as JSON (`"Buy milk"`, `3`, `true`). */
  example: OneLine('the example').optional(),
  description: OneLine('the description').optional(),
});

export const Schema = z.object({
  name: SchemaName,
  description: OneLine('the description').optional(),
  /** The database model the schema is derived from, e.g. `@specs/db/models.md#task`. */
  basedOn: SpecReference.optional(),
  fields: z.array(Field),
});

export const Response = z.object({
  status: StatusCode,
  description: OneLine('the description').optional(),
  /** Name of a schema in `ApiDesign.schemas`, or a list of one (`list[TaskRead]`). */
  schema: FieldType.optional(),
});

export const RouteAuth = z.enum(['jwt', 'public'], { error: 'Write "jwt" (a valid token is required) or "public" (no token).' });

/**
 * How a route restricts rows to their owner: `owner` (only the caller's own
 * rows are listed or reachable), `none` (the route does not touch owned rows,
 * or is public).
 */
export const Ownership = z.enum(['owner', 'none'], { error: 'Write "owner" (only the caller\'s own rows) or "none".' });

export const Route = z.object({
  method: HttpMethod,
  path: RoutePath,
  purpose: OneLine('the purpose').pipe(z.string().min(1, { error: 'Write a one-line purpose, e.g. "List the current user\'s tasks."' })),
  /** Undefined when the spec does not say (hand-written specs; lint reports `auth.missing`). The wizard defaults to `jwt`. */
  auth: RouteAuth.optional(),
  /** Undefined when the spec does not say (lint reports `auth.ownership-missing` on owned resources). */
  ownership: Ownership.optional(),
  /** The route's access rule (sharing, roles, any signed-in user); when set, `ownership` is left undefined and derived (see effectiveOwnership). */
  access: AccessRule.optional(),
  params: z.array(Parameter),
  /** Name of the request body's schema, if the route takes a body. */
  requestSchema: FieldType.optional(),
  responses: z.array(Response).min(1, { error: 'Add at least one success response, e.g. 200 with its schema.' }),
  /** Error statuses the route can answer; their meaning is in `errors.catalog`. */
  errors: z.array(StatusCode),
});

/**
 * File names the writer and the reader give the API overview and the error
 * catalog: a resource named so would share that file, and its routes would
 * not be written.
 */
const RESERVED_RESOURCE_NAMES = ['readme', 'index', 'overview', 'errors'];

export const Resource = z.object({
  /** Plural, lower-case name used for the file name: `tasks` writes `specs/api/tasks.md`. */
  name: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, { error: 'Write a lower-case plural name such as tasks (it becomes specs/api/tasks.md).' })
    // File systems refuse names over 255 bytes; 100 leaves room and stays readable.
    .max(100, { error: 'Write a name of at most 100 characters (it becomes the file name specs/api/<name>.md).' })
    .refine((n) => !RESERVED_RESOURCE_NAMES.includes(n), { error: (i) => `${String(i.input)}.md is the ${i.input === 'errors' ? 'error catalog' : 'API overview'}: name the resource otherwise, e.g. ${i.input === 'errors' ? 'error-reports' : 'pages'}.` }),
  title: OneLine('the title').pipe(z.string().min(1, { error: 'Write a title such as "Tasks".' })),
  description: OneLine('the description').optional(),
  /** The database model behind the resource, e.g. `@specs/db/models.md#task`. */
  model: SpecReference.optional(),
  /** Whether each row belongs to one user (rows carry the ownership column). */
  owned: z.boolean(),
  /** How rows are shared with other users, if they are. */
  sharing: Sharing.optional(),
  /** The parent resource whose ownership or grants reach these rows (`/api/tasks/{task_id}/comments`). */
  parent: ParentScope.optional(),
  routes: z.array(Route),
});

export const OwnershipRule = z.object({
  /** The column that ties a row to its user, e.g. `user_id`. */
  column: Identifier,
  /** Status for a row that exists but belongs to another user: 404 hides it, 403 admits it exists. */
  otherUserStatus: z.union([z.literal(403), z.literal(404)], { error: 'Write 404 (hide other users\' rows) or 403 (forbid them).' }),
});

export const Auth = z.object({
  scheme: z.literal('jwt-bearer'),
  header: OneLine('the header').pipe(z.string().min(1)),
  algorithm: z.string().regex(/^(HS|RS|ES|PS)(256|384|512)$|^EdDSA$/, { error: 'Write a JWT algorithm such as HS256 or RS256.' }),
  /** The claim that identifies the user, `sub` by default. */
  userClaim: Identifier,
  tokenLifetimeMinutes: z.number().int().positive({ error: 'Write the token lifetime in whole minutes, e.g. 60.' }),
  /** The auth spec, e.g. `@specs/auth/jwt.md`. */
  spec: SpecReference.optional(),
  ownership: OwnershipRule,
  /** The claim carrying roles (`role`, `is_admin`) and their values, when routes are limited by role. */
  roles: Roles.optional(),
});

export const ErrorSchema = z.discriminatedUnion('kind', [
  /** FastAPI's `{"detail": "..."}` (and `{"detail": [...]}` for 422). */
  z.object({ kind: z.literal('fastapi-detail') }),
  /** A custom envelope, e.g. `{"error": {"code": ..., "message": ...}}`. */
  z.object({ kind: z.literal('custom'), name: SchemaName, fields: z.array(Field).min(1, { error: 'Add at least one field to the error envelope.' }) }),
]);

export const StatusMeaning = z.object({
  status: StatusCode,
  meaning: OneLine('the meaning').pipe(z.string().min(1, { error: 'Write what the status means, e.g. "Not Found".' })),
  /** When a route answers it. */
  when: OneLine('when it is used').optional(),
});

export const Errors = z.object({
  schema: ErrorSchema,
  catalog: z.array(StatusMeaning),
});

/** A route's identity for the writer: its method and path as written (`{id}` and `{task_id}` differ here; the lint rule rest.duplicate-route also catches those). */
const routeIdentity = (r: { method: string; path: string }): string => `${r.method} ${r.path}`;

/**
 * Names that must be unique across the design: each resource is one file,
 * each schema one section, each route one section; the partial update finds
 * them by name, so a second one with the same name would overwrite the first.
 */
function checkUnique(design: { resources: Array<{ name: string; routes: Array<{ method: string; path: string; access?: unknown; ownership?: unknown }> }>; schemas: Array<{ name: string }> }, ctx: z.RefinementCtx): void {
  const resources = new Map<string, number>();
  const routes = new Map<string, string>();
  design.resources.forEach((res, i) => {
    res.routes.forEach((route, j) => {
      if (route.access !== undefined && route.ownership !== undefined) ctx.addIssue({ code: 'custom', path: ['resources', i, 'routes', j, 'ownership'], message: 'This route states an access rule: remove its ownership (the access rule says it).' });
    });
    const first = resources.get(res.name);
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['resources', i, 'name'], message: `Resource ${first + 1} is already named ${res.name} (specs/api/${res.name}.md): choose another name, or move these routes there.` });
    else resources.set(res.name, i);
    res.routes.forEach((route, j) => {
      const key = routeIdentity(route);
      const where = routes.get(key);
      if (where !== undefined) ctx.addIssue({ code: 'custom', path: ['resources', i, 'routes', j, 'path'], message: `${route.method} ${route.path} is already ${where}: change the method or the path, or delete one of them.` });
      else routes.set(key, `route ${j + 1} of resource ${res.name || i + 1}`);
    });
  });
  const schemas = new Set<string>();
  design.schemas.forEach((schema, i) => {
    if (schemas.has(schema.name)) ctx.addIssue({ code: 'custom', path: ['schemas', i, 'name'], message: `Another schema is already named ${schema.name}: rename one of them, or delete it.` });
    schemas.add(schema.name);
  });
}

export const ApiDesign = z.object({
  title: OneLine('the title').pipe(z.string().min(1, { error: 'Write the API\'s title, e.g. "Taskflow API".' })),
  /** Prefix of every route, e.g. `/api`; empty when routes start at the root. */
  basePath: z.string().regex(/^(\/[A-Za-z0-9_\-.]+)*$/, { error: 'Write a base path such as /api, or leave it empty.' }),
  description: OneLine('the description').optional(),
  auth: Auth,
  errors: Errors,
  resources: z.array(Resource),
  schemas: z.array(Schema),
}).superRefine(checkUnique);

export type HttpMethod = z.infer<typeof HttpMethod>;
export type Parameter = z.infer<typeof Parameter>;
export type Field = z.infer<typeof Field>;
export type Schema = z.infer<typeof Schema>;
export type Response = z.infer<typeof Response>;
export type RouteAuth = z.infer<typeof RouteAuth>;
export type Ownership = z.infer<typeof Ownership>;
export type Route = z.infer<typeof Route>;
export type Resource = z.infer<typeof Resource>;
export type OwnershipRule = z.infer<typeof OwnershipRule>;
export type Auth = z.infer<typeof Auth>;
export type ErrorSchema = z.infer<typeof ErrorSchema>;
export type StatusMeaning = z.infer<typeof StatusMeaning>;
export type Errors = z.infer<typeof Errors>;
export type ApiDesign = z.infer<typeof ApiDesign>;
