// The error bodies of the export: FastAPI's own shapes (`{"detail": "..."}`,
// and HTTPValidationError for 422, as FastAPI's /openapi.json names them) or
// the design's custom envelope for every error status.
import type { ApiDesign } from '../model';
import { objectSchema, schemaRef, type SchemaNames } from './jsonSchema';
import type { JsonObject } from './types';

/** FastAPI's component names for its validation error body. */
export const VALIDATION_ERROR = 'ValidationError';
export const HTTP_VALIDATION_ERROR = 'HTTPValidationError';
/** The `{"detail": "..."}` body of HTTPException (FastAPI leaves it unnamed). */
export const HTTP_ERROR = 'HTTPError';

/** The names of the component schemas the error responses use. */
export function errorComponentNames(design: ApiDesign): string[] {
  const schema = design.errors.schema;
  return schema.kind === 'custom' ? [schema.name] : [HTTP_ERROR, HTTP_VALIDATION_ERROR, VALIDATION_ERROR];
}

/** The component schemas the error responses refer to, by name. */
export function errorComponents(design: ApiDesign, names: SchemaNames): Record<string, JsonObject> {
  const schema = design.errors.schema;
  if (schema.kind === 'custom') return { [schema.name]: objectSchema({ fields: schema.fields, description: 'The error envelope of every error response.' }, names, schema.name) };
  return {
    [HTTP_ERROR]: {
      type: 'object',
      title: HTTP_ERROR,
      description: 'The body of an HTTPException: {"detail": "<message>"}.',
      properties: { detail: { type: 'string', title: 'Detail' } },
      required: ['detail'],
    },
    [HTTP_VALIDATION_ERROR]: {
      type: 'object',
      title: HTTP_VALIDATION_ERROR,
      properties: { detail: { type: 'array', items: schemaRef(VALIDATION_ERROR), title: 'Detail' } },
    },
    [VALIDATION_ERROR]: {
      type: 'object',
      title: VALIDATION_ERROR,
      properties: {
        loc: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'integer' }] }, title: 'Location' },
        msg: { type: 'string', title: 'Message' },
        type: { type: 'string', title: 'Error Type' },
      },
      required: ['loc', 'msg', 'type'],
    },
  };
}

/** The component an error status's body refers to. */
export function errorSchemaName(design: ApiDesign, status: number): string {
  const schema = design.errors.schema;
  if (schema.kind === 'custom') return schema.name;
  return status === 422 ? HTTP_VALIDATION_ERROR : HTTP_ERROR;
}
