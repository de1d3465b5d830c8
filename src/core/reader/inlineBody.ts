// Request and response bodies written inline, as a JSON example under a
// `**Request Body**:` / `**Response (200 OK)**:` label or as a field table
// there, instead of naming a schema. They are kept beside the model (the
// design names schemas only) so the lint can check their fields: a `user_id`
// a client may send, a `hashed_password` a response gives away.
import type { Field, Route, Schema, SourceRange } from '../model';
import type { OpenRoute } from './routeLabels';
import type { FileRead } from './types';

/** A route's inline bodies. */
export interface InlineBodies {
  request?: Schema;
  responses: Schema[];
  /** The request body is described in words (`**Request Body**: the task's new title`): the route takes one. */
  requestInWords?: boolean;
  /** A response body is described in words (`**Response**: confirmation of deletion`): the route answers with one. */
  responseInWords?: boolean;
}

const KEY = /^\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*:/;

function bodiesOf(read: FileRead, route: Route): InlineBodies {
  let found = read.inline.get(route);
  if (!found) {
    found = { responses: [] };
    read.inline.set(route, found);
  }
  return found;
}

/** Records that a response body of the route is described in words, not as fields or a schema name. */
export function describeResponseInWords(read: FileRead, route: Route): void {
  bodiesOf(read, route).responseInWords = true;
}

/** Records that the route's request body is described in words, not as fields or a schema name. */
export function describeRequestInWords(read: FileRead, route: Route): void {
  bodiesOf(read, route).requestInWords = true;
}

/** Adds fields to the body the route's last label opened; false when no body label is open. */
export function addInlineFields(read: FileRead, open: OpenRoute, fields: Array<{ field: Field; range: SourceRange }>): boolean {
  const kind = open.lastBody;
  if (!kind || fields.length === 0) return false;
  const bodies = bodiesOf(read, open.route);
  const name = `The ${kind === 'request' ? 'request' : 'response'} body of ${open.route.method} ${open.route.path}`;
  let schema = kind === 'request' ? bodies.request : bodies.responses[bodies.responses.length - 1];
  if (!schema || open.bodyFresh) {
    schema = { name, fields: [] };
    if (kind === 'request') bodies.request = schema;
    else bodies.responses.push(schema);
    open.bodyFresh = false;
  }
  for (const { field, range } of fields) {
    if (schema.fields.some((f) => f.name === field.name)) continue;
    schema.fields.push(field);
    read.sources.set(field, { file: read.file, range, parts: {} });
  }
  return true;
}

/**
 * Reads a JSON example under a body label: every key, at any depth, is a
 * field. The keys are found on the fence's own source lines (`a` to `b`), so a
 * fence indented inside a list item places each field on its line.
 */
export function readInlineBody(open: OpenRoute, value: string, a: number, b: number, text: string, range: (a: number, b: number) => SourceRange, read: FileRead): boolean {
  if (!open.lastBody) return false;
  const fields: Array<{ field: Field; range: SourceRange }> = [];
  // The fence's first line is the ``` marker; the body starts on the next line.
  let at = text.indexOf('\n', a) + 1;
  while (at > 0 && at < b) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > b) nl = b;
    const line = text.slice(at, nl).replace(/\r$/, '');
    const m = KEY.exec(line.replace(/^[\s>]*/, ''));
    if (m) fields.push({ field: { name: m[1] as string, type: 'string', required: true, nullable: false }, range: range(at, at + line.length) });
    at = nl + 1;
  }
  // A one-line example (`{ "id": 1, "title": "x" }`) holds its keys on one line.
  if (fields.length === 0) {
    for (const m of value.matchAll(/"([A-Za-z_][A-Za-z0-9_]*)"\s*:/g)) fields.push({ field: { name: m[1] as string, type: 'string', required: true, nullable: false }, range: range(a, a + value.length) });
  }
  return addInlineFields(read, open, fields);
}
