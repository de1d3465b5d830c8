// The labelled lines of a route, in the canonical grammar and hand-written
// styles: `**Auth:**`, `**Request:**`, `**Response (200 OK):**`, `**Errors:**`,
// `Method:` / `Path:` pairs, and the status lines listed under a label. Kept
// apart from readFile.ts, which walks the blocks and owns the open route; these
// functions change the open route through the context it passes in.
import type { Route, SourceRange, SourceSpan } from '../model';
import { matchLabel, matchRoute, matchStatus, statusesIn, type Line } from './lines';
import { accessOf, authHead } from './access';

/** What the lines under a route's label are: parameters, request fields, responses, errors or statuses. */
export type Mode = 'none' | 'params' | 'request' | 'responses' | 'errors' | 'status';

/** The route being read and where it came from. */
export interface OpenRoute {
  route: Route;
  span: SourceSpan;
  depth: number;
  mode: Mode;
  purposeFromHeading: boolean;
}

/** The parts of the file reader a labelled line reads and changes. */
export interface RouteContext {
  open: OpenRoute | undefined;
  pendingHeading: { text: string; start: number; textStart: number } | undefined;
  pendingMethod: { method: string; start: number } | undefined;
  readonly section: { depth: number };
  range(a: number, b: number): SourceRange;
  startRoute(method: string, path: string, a: number, b: number, depth: number): void;
  closeRoute(at: number): void;
  setPurpose(value: string, a: number, b: number): void;
  extend(part: string, a: number, b: number): void;
}

/** A `**Label:** value` line of a route; true when it was placed. */
export function readLabelLine(ctx: RouteContext, line: Line, fromHeading: boolean): boolean {
  const l = matchLabel(line.text);
  if (!l) return false;
  const open = ctx.open;
  const label = l.label;
  const value = l.value;
  const vStart = fromHeading ? line.start : line.start + l.valueIndex;
  if (/^(method|http method)$/.test(label) && /^`?(GET|POST|PUT|PATCH|DELETE)`?$/i.test(value)) {
    ctx.pendingMethod = { method: value.replace(/`/g, '').toUpperCase(), start: line.start };
    return true;
  }
  if (/^(path|url|endpoint|route)$/.test(label)) {
    const r = matchRoute(value.replace(/`/g, '').trim()) ?? (ctx.pendingMethod ? matchRoute(`${ctx.pendingMethod.method} ${value.replace(/`/g, '').trim()}`) : undefined);
    if (r) {
      ctx.closeRoute(line.start);
      const methodStart = ctx.pendingMethod?.start ?? line.start;
      const from = ctx.pendingHeading ? ctx.pendingHeading.start : methodStart;
      const heading = ctx.pendingHeading;
      ctx.startRoute(r.method, r.path, from, line.end, ctx.section.depth + 1);
      if (ctx.open) ctx.open.span.parts.heading = ctx.range(methodStart, line.end);
      if (heading) {
        ctx.setPurpose(heading.text, heading.textStart, heading.textStart + heading.text.length);
        if (ctx.open) ctx.open.purposeFromHeading = true;
      }
      ctx.pendingHeading = undefined;
      return true;
    }
    return false;
  }
  if (!open) return false;
  const route = open.route;
  if (/^(auth|authentication|authorization|security)( required)?$/.test(label)) {
    const access = accessOf(value);
    const head = access ? authHead(value) : undefined;
    if (head) route.auth = head;
    else if (/\b(public|none|not required|no auth|no token|anonymous)\b/i.test(value) || /^no\b/i.test(value)) route.auth = 'public';
    else if (/jwt|required|bearer|token|yes|authenticated/i.test(value)) route.auth = 'jwt';
    const own = access ? undefined : ownershipOf(value);
    if (access) {
      route.access = access;
      open.span.parts.ownership = ctx.range(line.start, line.end);
    } else if (own) {
      route.ownership = own;
      open.span.parts.ownership = ctx.range(line.start, line.end);
    }
    open.span.parts.auth = ctx.range(line.start, line.end);
    return true;
  }
  if (label === 'access' || label === 'permissions') {
    const access = accessOf(value);
    if (access) route.access = access;
    open.span.parts.ownership = ctx.range(line.start, line.end);
    open.span.parts.auth = ctx.range(line.start, line.end);
    return true;
  }
  if (label === 'ownership') {
    const own = ownershipOf(value);
    if (own) route.ownership = own;
    open.span.parts.ownership = ctx.range(line.start, line.end);
    return true;
  }
  if (/^(purpose|description|summary)$/.test(label)) {
    if (value) ctx.setPurpose(value, vStart, line.end);
    open.purposeFromHeading = false;
    return true;
  }
  if (/^(query|query parameters|path parameters|parameters|params|path params|query params)$/.test(label)) {
    open.mode = 'params';
    for (const m of value.matchAll(/`([A-Za-z_]\w*)`\s*\(([^)]*)\)/g)) {
      const [type, ...rest] = (m[2] as string).split(',').map((s) => s.trim().replace(/`/g, ''));
      route.params.push({ name: m[1] as string, in: /path/.test(label) ? 'path' : 'query', type: type || 'string', required: !rest.some((r) => /optional/i.test(r)) && !/optional/i.test(type ?? '') });
    }
    ctx.extend('params', line.start, line.end);
    return true;
  }
  if (/^(request|request body|body|request schema|input)$/.test(label)) {
    const name = /^`([^`]+)`$/.exec(value.trim()) ?? /^([A-Z][A-Za-z0-9]*)$/.exec(value.trim());
    if (name) route.requestSchema = name[1] as string;
    open.mode = 'request';
    ctx.extend('request', line.start, line.end);
    return true;
  }
  if (/^(responses?|success response|response body|returns)\b/.test(label)) {
    const named = /^`([^`]+)`/.test(value.trim());
    const status = statusesIn(label)[0] ?? statusesIn(value.slice(0, 12))[0] ?? (named ? (route.method === 'POST' ? 201 : 200) : undefined);
    open.mode = status === undefined ? 'responses' : 'none';
    if (status !== undefined) {
      const schemaM = /^`([^`]+)`(?:\s+-\s+(.*))?$/.exec(value.trim());
      const resp: Route['responses'][number] = { status };
      if (schemaM) {
        resp.schema = schemaM[1] as string;
        if (schemaM[2] !== undefined) resp.description = schemaM[2];
      } else if (value.trim() !== '' && value.trim() !== 'no content' && !statusesIn(label).length === false) {
        resp.description = value.trim();
      }
      if (!route.responses.some((r) => r.status === status)) route.responses.push(resp);
    }
    ctx.extend('responses', line.start, line.end);
    return true;
  }
  if (/^(errors?|error responses?|error codes|failure)\b/.test(label)) {
    const found = statusesIn(`${label} ${value}`);
    for (const s of found) if (!route.errors.includes(s)) route.errors.push(s);
    open.mode = found.length === 0 && value.trim() === '' ? 'errors' : 'none';
    ctx.extend('errors', line.start, line.end);
    return true;
  }
  if (/^(status codes?|http status codes?|status)$/.test(label)) {
    open.mode = 'status';
    for (const s of statusesIn(value)) addStatus(ctx, s, '', line);
    return true;
  }
  return false;
}

export function readStatusLine(ctx: RouteContext, line: Line, inList: boolean): boolean {
  const open = ctx.open;
  // Outside a responses/errors label, only list items that are bare statuses (`- 404: Not Found`) count.
  if (!open || open.mode === 'request' || open.mode === 'params' || (open.mode === 'none' && !inList)) return false;
  const m = matchStatus(line.text);
  if (!m) return false;
  addStatus(ctx, m.status, m.text, line);
  return true;
}

function addStatus(ctx: RouteContext, status: number, words: string, line: Line): void {
  const open = ctx.open;
  if (!open) return;
  const route = open.route;
  if (status < 400 && open.mode !== 'errors') {
    if (!route.responses.some((r) => r.status === status)) {
      const schema = /`([A-Z][A-Za-z0-9]*|list\[[A-Z][A-Za-z0-9]*\])`/.exec(words)?.[1];
      route.responses.push(schema ? { status, schema } : { status });
    }
    ctx.extend('responses', line.start, line.end);
  } else {
    if (!route.errors.includes(status)) route.errors.push(status);
    ctx.extend('errors', line.start, line.end);
  }
}

/** The ownership rule stated in words, if any. */
export function ownershipOf(words: string): Route['ownership'] {
  if (/not scoped to an owner|any user|all users|not owner/i.test(words)) return 'none';
  if (/\bown(er|ed|s)?\b|owner only|their own|caller's own|current user's/i.test(words)) return 'owner';
  return undefined;
}
