// OpenAPI 3.1 export of a design: build the document, then write it as JSON or YAML.
export { buildOpenApi, BEARER_AUTH, type OpenApiOptions } from './document';
export { operationId } from './operations';
export { toJson, toYaml } from './serialize';
export type { Json, JsonObject } from './types';
export { exportOpenApiFromSpecs, exportOpenApiFromModel, type OpenApiExport, type OpenApiFormat } from './exportSpecs';
