// The labelled lines of a route, in the canonical grammar and hand-written
// styles: `**Auth:**`, `**Request:**`, `**Response (200 OK):**`, `**Errors:**`,
// `Method:` / `Path:` pairs, and the status lines listed under a label. Kept
// apart from readFile.ts, which walks the blocks and owns the open route; these
// functions change the open route through the context it passes in.
import type { Field, Route, SourceRange, SourceSpan } from '../model';
import { matchLabel, matchRoute, matchStatus, statusesIn, type Line } from './lines';
import { accessOf, authHead } from './access';
import { METHOD_PATTERN } from '../routeGrammar';

/** What the lines under a route's label are: parameters, request fields, responses, errors or statuses. */
export type Mode = 'none' | 'params' | 'request' | 'responses' | 'errors' | 'status';

/** The route being read and where it came from. */
export interface OpenRoute {
  route: Route;
  span: SourceSpan;
  depth: number;
  mode: Mode;
  purposeFromHeading: boolean;
  /** The body the last label opened (`**Request Body**:`, `**Response (200)**:`), for inline examples below it. */
  lastBody?: 'request' | 'response';
  /** A new body label was read: the next inline example starts a new body. */
  bodyFresh?: boolean;
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
  /** Adds fields to the open route's inline body. */
  addInline(fields: Array<{ field: Field; range: SourceRange }>): void;
  /** The open route's request body is described in words. */
  requestInWords(): void;
  /** A response body of the open route is described in words. */
  responseInWords(): void;
}

/** A `**Label:** value` line of a route; true when it was placed. */
export function readLabelLine(ctx: RouteContext, line: Line, fromHeading: boolean): boolean {
  const l = matchLabel(line.text);
  if (!l) return false;
  const open = ctx.open;
  const label = l.label;
  const value = l.value;
  const vStart = fromHeading ? line.start : line.start + l.valueIndex;
  if (/^(method|http method)$/.test(label) && new RegExp(`^\`?(${METHOD_PATTERN})\`?$`, 'i').test(value)) {
    ctx.pendingMethod = { method: value.replace(/`/g, '').toUpperCase(), start: line.start };
    return true;
  }
  if (/^(path|url|endpoint|route)$/.test(label)) {
    const r = matchRoute(value.replace(/`/g, '').trim()) ?? (ctx.pendingMethod ? matchRoute(`${ctx.pendingMethod.method} ${value.replace(/`/g, '').trim()}`) : undefined);
    // `- Path: /health` inside the route it already is restates it.
    if (r && open && open.route.method === r.method && open.route.path === r.path) return true;
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
  if (/^(request|request body|body|request schema|input|payload)$/.test(label)) {
    // "None", "-", "N/A", "empty": the route takes no body.
    // "None (the user comes from the token)": a reason after the word is still no body.
    const none = /^(?:none|n\/a|not applicable|-|—|empty|nothing|no body|no body required|not required|no request body)\.?(?:\s*[(\u2013\u2014:;,-].*)?$/i.test(value.trim().replace(/[`*_]/g, ''));
    const name = none ? null : /^`([^`]+)`$/.exec(value.trim()) ?? /^([A-Z][A-Za-z0-9]*)$/.exec(value.trim());
    if (name && !name[1]?.startsWith('{')) route.requestSchema = name[1] as string;
    open.lastBody = none ? undefined : 'request';
    open.bodyFresh = true;
    if (!none && /^`?\{.*\}`?$/.test(value.trim())) readOneLineBody(ctx, open, value, line);
    // A body described in words, or a label whose lines below describe it (`**Body**:` then field bullets).
    else if (!none && !name && (/[A-Za-z]{3}/.test(value) || (value.trim() === '' && /body|payload/.test(label)))) ctx.requestInWords();
    open.mode = 'request';
    ctx.extend('request', line.start, line.end);
    return true;
  }
  if (/^(responses?|success response|response body|returns)\b/.test(label)) {
    open.lastBody = 'response';
    open.bodyFresh = true;
    const named = /^`([^`]+)`/.test(value.trim());
    const status = statusesIn(label)[0] ?? statusesIn(value.slice(0, 12))[0] ?? (named ? (route.method === 'POST' ? 201 : 200) : undefined);
    open.mode = status === undefined ? 'responses' : 'none';
    // `**Response \`404 Not Found\`**:` is one of the route's errors, written as a response.
    if (status !== undefined && status >= 400) {
      open.lastBody = undefined;
      if (!route.errors.includes(status)) route.errors.push(status);
      ctx.extend('errors', line.start, line.end);
      return true;
    }
    // "**Response**: confirmation of deletion": a body in words. Beside a status the words say when ("On success").
    const words = value.replace(/`[^`]*`/g, '').trim();
    if (status === undefined && !/^(?:none|no content|no body|empty|nothing|n\/a)\b/i.test(words) && /[A-Za-z]{3}/.test(words)) ctx.responseInWords();
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
    open.lastBody = undefined;
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

/** ``- `task_id`: UUID of the task``, ``- `status` (string, optional): filter``: a parameter bullet under a parameters label. */
export function readParamLine(ctx: RouteContext, line: Line): boolean {
  const open = ctx.open;
  if (!open || open.mode !== 'params') return false;
  const m = /^`?([A-Za-z_]\w*)`?\s*(?:\(([^)]*)\))?\s*(?:[:\u2013\u2014-]\s*(.*))?$/.exec(line.text.slice(0, 600));
  if (!m || (m[2] === undefined && m[3] === undefined)) return false;
  const name = m[1] as string;
  const inside = `${m[2] ?? ''} ${m[3] ?? ''}`;
  const inPath = open.route.path.includes(`{${name}}`) || /\bpath\b/i.test(m[2] ?? '');
  const type = /\b(uuid)\b/i.exec(inside)?.[1]?.toLowerCase() ?? /\b(integer|int|string|str|boolean|bool|number|float|date(?:time)?)\b/i.exec(inside)?.[1]?.toLowerCase() ?? 'string';
  open.route.params.push({ name, in: inPath ? 'path' : 'query', type, required: inPath || !/\boptional\b/i.test(inside) });
  if (open.route.ownership === undefined && inPath && /^user_?id$/i.test(name) && /\b(from|match\w*|equal\w*)\b[^.]{0,30}\b(jwt|token|authenticated)/i.test(inside)) {
    open.route.ownership = 'owner';
    open.span.parts.ownership = ctx.range(line.start, line.end);
  }
  ctx.extend('params', line.start, line.end);
  return true;
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
    // "403: the task belongs to another user" is the route's ownership rule.
    if (route.ownership === undefined && (status === 403 || status === 404) && ownershipOf(words) === 'owner') {
      route.ownership = 'owner';
      open.span.parts.ownership = ctx.range(line.start, line.end);
    }
  }
}

/**
 * Ownership in the other ways specs say it: "valid JWT with matching user ID",
 * "403: the task belongs to another user", "404 if it is not the caller's",
 * "filtered by `user_id`", "WHERE user_id = :current_user", "for the
 * authenticated user", "user_id must match the token".
 */
const OWNERSHIP_PHRASES = new RegExp([
  String.raw`\bmatching user[ _]?id\b`,
  String.raw`\bbelongs? to (?:another|a different|other) user`,
  String.raw`\b(?:doesn't|does not|don't|do not|not) belong(?:s|ing)? to (?:the )?(?:user|caller|requester|you|current user|authenticated user|requesting user)\b`,
  String.raw`\banother user'?s?\b`,
  String.raw`\b(?:not|isn't) (?:the )?(?:caller|requester|current user|authenticated user|user)'s\b`,
  String.raw`\bfilter(?:s|ed)? by\s+\W?(?:the )?(?:user_?id|owner|current user|authenticated user)`,
  String.raw`\bwhere\s+\W?(?:\w+\.)?(?:user_?id|owner_?id)\W?\s*=`,
  String.raw`\b(?:for|of|to|belonging to|owned by) (?:the )?(?:authenticated|current|logged[- ]in|signed[- ]in|requesting) user\b`,
  String.raw`\b(?:user_?id|user id)\b[^.\n]{0,40}\b(?:must|has to|should|needs to) (?:match|equal|be the same)`,
  String.raw`\b(?:must|has to) match (?:the )?(?:token|jwt|authenticated|current)`,
  String.raw`\b(?:user_?id|user id)\b[^.\n]{0,40}\b(?:mismatch|doesn't match|does not match|matches)\b`,
  String.raw`\bscoped to the (?:authenticated|current) user\b`,
  String.raw`\buser isolation\b`,
  String.raw`\b(?:only|never) (?:see|sees|access|accesses|reach|reaches|read|modify|change|view)\b[^.\n]{0,30}\b(?:their|own|other users)\b`,
].join('|'), 'i');

/** `**Request Body**: `{"title": "string"}``: a one-line JSON body on the label's line. */
function readOneLineBody(ctx: RouteContext, open: OpenRoute, value: string, line: Line): void {
  void open;
  const names = [...value.matchAll(/"([A-Za-z_][A-Za-z0-9_]*)"\s*:/g)].map((m) => m[1] as string);
  ctx.addInline(names.map((name) => ({ field: { name, type: 'string', required: true, nullable: false }, range: ctx.range(line.start, line.end) })));
}

/** Ownership said in a sentence that is not an auth line: the phrasings above, or "their own" / "the caller's own". */
export function ownershipPhrase(words: string): boolean {
  return OWNERSHIP_PHRASES.test(words) || /\b(?:their|the caller's|the user's|the current user's) own\b|\bowner only\b/i.test(words);
}

/** The ownership rule stated in words, if any. */
export function ownershipOf(words: string): Route['ownership'] {
  if (/not scoped to an owner|any user|all users|not owner/i.test(words)) return 'none';
  if (/\bown(er|ed|s)?\b|owner only|their own|caller's own|current user's/i.test(words)) return 'owner';
  if (OWNERSHIP_PHRASES.test(words)) return 'owner';
  return undefined;
}
