// One route to one OpenAPI operation: id, summary, tag, parameters, body,
// responses (success and error), security and the x- extensions.
import type { ApiDesign, Parameter, Resource, Route } from '../model';
import { errorSchemaName } from './errors';
import { schemaRef, typeSchema, type SchemaNames } from './jsonSchema';
import { statusText } from './statusText';
import type { JsonObject } from './types';
import { accessExtension, accessSentence } from './access';

/**
 * A stable operation id from method and path, the way FastAPI joins them
 * (`get_api_tasks_task_id`): it changes only when the method or path does.
 */
export function operationId(route: Pick<Route, 'method' | 'path'>): string {
  const words = route.path.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return words === '' ? route.method.toLowerCase() : `${route.method.toLowerCase()}_${words}`;
}

/** The names of a path's `{parameters}`, in order. */
export function pathTemplateNames(path: string): string[] {
  return [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] ?? '');
}

/** What an operation is built from, beyond the route itself. */
export interface OperationContext {
  design: ApiDesign;
  resource: Resource;
  names: SchemaNames;
  /** The route's unique operation id. */
  operationId: string;
  /** The `@specs/...` token of the route's section, if known. */
  source: string | undefined;
}

/** The operation object of a route. */
export function buildOperation(route: Route, ctx: OperationContext): JsonObject {
  const op: JsonObject = {
    tags: [ctx.resource.name],
    summary: route.purpose,
    operationId: ctx.operationId,
  };
  const parameters = buildParameters(route, ctx.names);
  if (parameters.length > 0) op.parameters = parameters;
  if (route.requestSchema !== undefined) {
    op.requestBody = { required: true, content: { 'application/json': { schema: typeSchema(route.requestSchema, ctx.names) } } };
  }
  op.responses = buildResponses(route, ctx);
  // Every route needs the bearer token unless the spec says it is public.
  if (route.auth === 'public') op.security = [];
  if (route.ownership === 'owner') {
    const rule = ctx.design.auth.ownership;
    op['x-ownership'] = {
      rule: 'owner',
      column: rule.column,
      userClaim: ctx.design.auth.userClaim,
      otherUserStatus: rule.otherUserStatus,
    };
  } else if (route.ownership === 'none') {
    op['x-ownership'] = { rule: 'none' };
  }
  const access = accessExtension(route, ctx.resource, ctx.design);
  if (access) {
    op['x-spec-architect-access'] = access;
    op.description = accessSentence(route, ctx.design) as string;
  }
  if (ctx.source !== undefined) op['x-spec-source'] = ctx.source;
  return op;
}

/** Declared parameters, plus any `{name}` in the path the spec did not declare (OpenAPI requires each). */
function buildParameters(route: Route, names: SchemaNames): JsonObject[] {
  const out: JsonObject[] = [];
  const seen = new Set<string>();
  for (const p of route.params) {
    const key = `${p.in}:${p.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(parameterObject(p, names));
  }
  for (const name of pathTemplateNames(route.path)) {
    if (seen.has(`path:${name}`)) continue;
    seen.add(`path:${name}`);
    out.push({ name, in: 'path', required: true, schema: { type: 'string' }, 'x-undeclared': true });
  }
  return out;
}

function parameterObject(p: Parameter, names: SchemaNames): JsonObject {
  const out: JsonObject = { name: p.name, in: p.in, required: p.in === 'path' ? true : p.required };
  if (p.description !== undefined) out.description = p.description;
  out.schema = typeSchema(p.type, names);
  return out;
}

function buildResponses(route: Route, ctx: OperationContext): JsonObject {
  const byStatus = new Map<number, JsonObject>();
  for (const r of route.responses) {
    if (byStatus.has(r.status)) continue;
    const response: JsonObject = { description: r.description ?? statusText(r.status) };
    if (r.schema !== undefined && r.status !== 204 && r.status !== 304) {
      response.content = { 'application/json': { schema: typeSchema(r.schema, ctx.names) } };
    }
    byStatus.set(r.status, response);
  }
  for (const status of route.errors) {
    if (byStatus.has(status)) continue;
    const meaning = ctx.design.errors.catalog.find((m) => m.status === status);
    const description = meaning ? (meaning.when !== undefined ? `${meaning.meaning}: ${meaning.when}` : meaning.meaning) : statusText(status);
    byStatus.set(status, { description, content: { 'application/json': { schema: schemaRef(errorSchemaName(ctx.design, status)) } } });
  }
  const out: JsonObject = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) out[String(status)] = byStatus.get(status) ?? {};
  return out;
}
