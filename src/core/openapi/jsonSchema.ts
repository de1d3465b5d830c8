// Spec types (`string`, `datetime`, `pending|completed`, `list[TaskRead]`,
// `TaskRead`) and fields to JSON Schema 2020-12, the dialect of OpenAPI 3.1.
import type { Field, Schema } from '../model';
import { constraintKeywords } from './constraints';
import type { Json, JsonObject } from './types';

/** Primitive spec types (and their Python spellings) to JSON Schema. */
const PRIMITIVES: Record<string, JsonObject> = {
  string: { type: 'string' },
  str: { type: 'string' },
  text: { type: 'string' },
  integer: { type: 'integer' },
  int: { type: 'integer' },
  number: { type: 'number' },
  float: { type: 'number' },
  decimal: { type: 'number' },
  boolean: { type: 'boolean' },
  bool: { type: 'boolean' },
  object: { type: 'object' },
  dict: { type: 'object' },
  datetime: { type: 'string', format: 'date-time' },
  date: { type: 'string', format: 'date' },
  time: { type: 'string', format: 'time' },
  uuid: { type: 'string', format: 'uuid' },
  email: { type: 'string', format: 'email' },
  emailstr: { type: 'string', format: 'email' },
  url: { type: 'string', format: 'uri' },
};

/** Where `$ref`s point: the names of the schemas the document defines. */
export interface SchemaNames {
  has(name: string): boolean;
}

/** The `$ref` of a component schema. */
export function schemaRef(name: string): JsonObject {
  return { $ref: `#/components/schemas/${name}` };
}

/**
 * The JSON Schema of a spec type. A schema name the document does not define
 * becomes a free object marked `x-unresolved-schema`, so the document stays
 * valid and the gap stays visible.
 */
export function typeSchema(type: string, names: SchemaNames): JsonObject {
  const t = type.trim();
  const list = /^list\[(.*)\]$/i.exec(t);
  if (list) return { type: 'array', items: typeSchema(list[1] ?? '', names) };
  if (t.includes('|')) {
    const values = [...new Set(t.split('|').map((v) => v.trim()).filter((v) => v !== ''))];
    return { type: 'string', enum: values };
  }
  const primitive = PRIMITIVES[t.toLowerCase()];
  if (primitive) return { ...primitive };
  if (names.has(t)) return schemaRef(t);
  return { type: 'object', 'x-unresolved-schema': t };
}

/** A schema that also admits `null`: a type array per OpenAPI 3.1, or `anyOf` around a `$ref`. */
export function nullableSchema(schema: JsonObject): JsonObject {
  const type = schema.type;
  if (typeof type === 'string' && schema.$ref === undefined) {
    const out: JsonObject = { ...schema, type: [type, 'null'] };
    if (Array.isArray(schema.enum)) out.enum = [...schema.enum, null];
    return out;
  }
  return { anyOf: [schema, { type: 'null' }] };
}

/** The JSON Schema of one field: type, constraints, nullability, description and example. */
export function fieldSchema(field: Field, names: SchemaNames): JsonObject {
  let schema = typeSchema(field.type, names);
  if (field.constraints !== undefined) {
    const { keywords, rest } = constraintKeywords(field.constraints, schema.type === 'array');
    // A referenced object has no length or bounds: constraints on a `$ref`
    // are kept as text only.
    if (schema.$ref !== undefined) schema['x-constraints'] = field.constraints;
    else {
      schema = { ...schema, ...keywords };
      if (rest.length > 0) schema['x-constraints'] = field.constraints;
    }
  }
  if (field.nullable) schema = nullableSchema(schema);
  if (field.description !== undefined) schema.description = field.description;
  if (field.example !== undefined) schema.examples = [exampleValue(field.example)];
  return schema;
}

/** An example as written: JSON when it parses (`"Buy milk"`, `3`, `true`), the text itself otherwise. */
export function exampleValue(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

/** The object schema of a design schema: properties in the spec's order, then `required`. */
export function objectSchema(schema: Pick<Schema, 'fields' | 'description'>, names: SchemaNames, title?: string): JsonObject {
  const out: JsonObject = { type: 'object' };
  if (title !== undefined) out.title = title;
  if (schema.description !== undefined) out.description = schema.description;
  const properties: JsonObject = {};
  for (const field of schema.fields) properties[field.name] = fieldSchema(field, names);
  out.properties = properties;
  const required = [...new Set(schema.fields.filter((f) => f.required).map((f) => f.name))];
  if (required.length > 0) out.required = required;
  return out;
}
