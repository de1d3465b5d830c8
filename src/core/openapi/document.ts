// The design model to an OpenAPI 3.1 document. Keys are inserted in one fixed
// order (OpenAPI's usual reading order; paths in the specs' order, methods
// GET..DELETE, statuses ascending, component schemas by name), so the same
// design always serializes to the same bytes.
import { HTTP_METHODS, type ApiDesign } from '../model';
import type { SourceIndex } from '../model';
import { errorComponentNames, errorComponents } from './errors';
import { objectSchema } from './jsonSchema';
import { buildOperation, operationId } from './operations';
import { SpecTokens } from './sources';
import type { JsonObject } from './types';

/** Options of {@link buildOpenApi}. */
export interface OpenApiOptions {
  /** Where each model element was read from (the reader's `sources`), for x-spec-source. */
  sources?: SourceIndex;
  /** The specs root, relative to the workspace folder; `specs` by default. */
  specsRoot?: string;
  /** `info.version`; FastAPI's default `0.1.0` when unset. */
  version?: string;
}

/** The name of the bearer JWT security scheme. */
export const BEARER_AUTH = 'bearerAuth';

/** Builds the OpenAPI 3.1 document of a design. */
export function buildOpenApi(design: ApiDesign, options: OpenApiOptions = {}): JsonObject {
  const tokens = new SpecTokens(options.sources, options.specsRoot ?? 'specs');
  const designSchemas = new Map(design.schemas.map((s) => [s.name, s] as const));
  const errorNames = new Set(errorComponentNames(design));
  const names = { has: (n: string) => designSchemas.has(n) || errorNames.has(n) };
  const errors = errorComponents(design, names);

  const info: JsonObject = { title: design.title, version: options.version ?? '0.1.0' };
  if (design.description !== undefined) info.description = design.description;

  const tags: JsonObject[] = [];
  const paths: Record<string, Record<string, JsonObject>> = {};
  const usedIds = new Set<string>();
  const seenTags = new Set<string>();
  for (const resource of design.resources) {
    if (!seenTags.has(resource.name)) {
      seenTags.add(resource.name);
      const tag: JsonObject = { name: resource.name, description: resource.description ?? resource.title };
      if (resource.model !== undefined) tag['x-db-model'] = resource.model;
      tag['x-owned'] = resource.owned;
      const source = tokens.resource(resource);
      if (source !== undefined) tag['x-spec-source'] = source;
      tags.push(tag);
    }
    for (const route of resource.routes) {
      const item = (paths[route.path] ??= {});
      const method = route.method.toLowerCase();
      // A second route with the same method and path cannot be expressed; the first one wins.
      if (item[method] !== undefined) continue;
      item[method] = buildOperation(route, { design, resource, names, operationId: uniqueId(operationId(route), usedIds), source: tokens.route(route, resource) });
    }
  }

  const orderedPaths: JsonObject = {};
  for (const [path, item] of Object.entries(paths)) {
    const ordered: JsonObject = {};
    for (const method of HTTP_METHODS.map((m) => m.toLowerCase())) {
      const op = item[method];
      if (op !== undefined) ordered[method] = op;
    }
    orderedPaths[path] = ordered;
  }

  const schemas: Record<string, JsonObject> = {};
  for (const schema of design.schemas) {
    if (schemas[schema.name] !== undefined) continue;
    const out = objectSchema(schema, names, schema.name);
    if (schema.basedOn !== undefined) out['x-based-on'] = schema.basedOn;
    const source = tokens.schema(schema);
    if (source !== undefined) out['x-spec-source'] = source;
    schemas[schema.name] = out;
  }
  // A design schema of the same name as an error body is the design's own; it wins.
  for (const [name, schema] of Object.entries(errors)) schemas[name] ??= schema;
  const sortedSchemas: JsonObject = {};
  for (const name of Object.keys(schemas).sort()) sortedSchemas[name] = schemas[name] ?? {};

  const auth = design.auth;
  const bearer: JsonObject = {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: `A JWT signed with ${auth.algorithm}, sent in the ${auth.header} header; the ${auth.userClaim} claim identifies the user. Tokens live ${auth.tokenLifetimeMinutes} minutes.`,
    'x-jwt': { algorithm: auth.algorithm, header: auth.header, userClaim: auth.userClaim, tokenLifetimeMinutes: auth.tokenLifetimeMinutes },
  };
  if (auth.spec !== undefined) bearer['x-spec-source'] = auth.spec;

  const doc: JsonObject = {
    openapi: '3.1.0',
    info,
    // Route paths already carry the base path, so the server is the host root.
    servers: [{ url: '/', description: 'The host serving the API; paths include the base path.' }],
    tags,
    security: [{ [BEARER_AUTH]: [] }],
    paths: orderedPaths,
    components: { schemas: sortedSchemas, securitySchemes: { [BEARER_AUTH]: bearer } },
    'x-ownership': { column: auth.ownership.column, otherUserStatus: auth.ownership.otherUserStatus },
  };
  return doc;
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}_${n}`;
  used.add(candidate);
  return candidate;
}
