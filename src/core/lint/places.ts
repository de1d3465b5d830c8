// Helpers that turn model objects into places (file and range) for findings,
// and walk the design's routes.
import { effectiveOwnership, type Route, type Schema, type SourceRange, type SourceSpan } from '../model';
import type { LintContext, RouteEntry } from './types';
import { rangeAt } from './text';
import { normalizeModelName } from '../dbModels';

/** Every route of the design with its resource. */
export function allRoutes(ctx: LintContext): RouteEntry[] {
  return ctx.design.resources.flatMap((resource) => resource.routes.map((route) => ({ resource, route })));
}

const ORIGIN: SourceRange = { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 0, offset: 0 } };

/** The span the reader recorded for a model object, if any. */
export function spanOf(ctx: LintContext, element: object): SourceSpan | undefined {
  return ctx.sources.get(element);
}

/**
 * Where to report on an element: the first named part that exists, else the
 * heading, else the element's whole range. Elements without a recorded place
 * are reported at the top of the first API file.
 */
export function placeOf(ctx: LintContext, element: object, ...parts: string[]): { file: string; range: SourceRange } {
  const span = spanOf(ctx, element);
  if (!span) return { file: ctx.firstFile ?? '', range: ORIGIN };
  for (const part of [...parts, 'heading']) {
    const range = span.parts[part];
    if (range) return { file: span.file, range };
  }
  return { file: span.file, range: span.range };
}

/** A route's `METHOD /path`, for messages. */
export function routeLabel(route: Route): string {
  return `${route.method} ${route.path}`;
}

/** The names of the `{params}` in a path (`:id` style too). */
export function pathParams(path: string): string[] {
  const names: string[] = [];
  for (const m of path.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}|:([A-Za-z_][A-Za-z0-9_]*)/g)) names.push((m[1] ?? m[2]) as string);
  return names;
}

/** Whether a parameter name identifies the user (`user_id`, `userId`). */
export function isUserParam(name: string): boolean {
  return /^(user_?id|userid|owner_?id)$/i.test(name);
}

/** The schema a type names: `TaskRead` or `list[TaskRead]`. */
export function schemaNamed(ctx: LintContext, type: string | undefined): Schema | undefined {
  if (!type) return undefined;
  const name = type.replace(/^list\[(.*)\]$/i, '$1').trim();
  return ctx.design.schemas.find((s) => s.name === name);
}

/** Whether the route takes input FastAPI validates: a body or any parameter. */
export function takesInput(route: Route): boolean {
  return route.requestSchema !== undefined || route.params.length > 0 || pathParams(route.path).length > 0;
}

/**
 * The whole line of a field or parameter: its own recorded place, else the
 * table row or bullet naming it inside its schema's or route's span.
 */
export function memberLine(ctx: LintContext, container: object, member: object & { name: string }): { file: string; range: SourceRange } | undefined {
  const own = spanOf(ctx, member);
  const outer = own ?? spanOf(ctx, container);
  const text = outer && ctx.texts.get(outer.file);
  if (!outer || text === undefined) return undefined;
  const from = outer.range.start.offset;
  // A container's span may cover only its heading: look up to the next heading.
  const nextHeading = /\n#{1,6}\s/.exec(text.slice(from + 1));
  const to = own ? own.range.end.offset : Math.max(outer.range.end.offset, nextHeading ? from + 1 + nextHeading.index : text.length);
  const name = member.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = own ? /^[^\n]*/ : new RegExp(`^[ \\t]*(?:\\|[ \\t]*\`?${name}\`?[ \\t]*\\||[-*+][ \\t]+(?:\\*\\*)?\`?${name}\`?\\b)[^\\n]*`, 'm');
  const m = row.exec(text.slice(from, to));
  if (!m) return undefined;
  const start = from + m.index;
  const lineText = m[0].replace(/\r$/, '');
  return { file: outer.file, range: rangeAt(text, start, start + lineText.length) };
}

/**
 * Whether a route works on rows that belong to users: its resource says so,
 * or the last collection in its path names a database model with an owner
 * column (`/api/tasks/{task_id}` and a `tasks` table with `user_id`). One
 * hand-written file often holds the routes of several tables.
 */
export function isOwnedRoute(ctx: LintContext, { resource, route }: RouteEntry): boolean {
  // The path's collections decide first (one hand-written file often holds the routes of several tables), then the resource.
  const segments = route.path.split('/').filter((s) => s !== '' && !/^[{:]/.test(s)).reverse();
  for (const segment of segments) {
    const key = normalizeModelName(segment);
    const model = ctx.dbModels.find((m) => normalizeModelName(m.name) === key || m.anchors.includes(segment.toLowerCase()));
    if (model) return model.ownerField !== undefined;
  }
  if (segments.some((s) => /^(admin|health|auth|me|users?)$/i.test(s))) return false;
  return resource.owned;
}

/**
 * The error statuses a route answers: its own list, or, when it lists none,
 * the statuses the specs state once for every route (a quarter of hand-written
 * specs rely on one global "HTTP Status Codes" section).
 */
/** The statuses the route itself lists, else those its file or the API states for every route. */
export function listedErrors(ctx: LintContext, route: Route): number[] {
  if (route.errors.length > 0) return route.errors;
  const own = ctx.fileStatuses?.get(fileOf(ctx, route));
  return own && own.size > 0 ? [...own.keys()] : ctx.globalErrors ?? [];
}

export function routeErrors(ctx: LintContext, route: Route): number[] {
  const own = ctx.fileStatuses?.get(fileOf(ctx, route));
  // A file's status-code section states those answers for all of its routes, also those that list a few of their own.
  const shared = own && own.size > 0 ? [...own.keys()] : ctx.globalErrors ?? [];
  if (route.errors.length === 0) return shared;
  return shared.length === 0 ? route.errors : [...new Set([...route.errors, ...shared])];
}

/** Where the route's file states a status for every route (its status-code section's row), when the route relies on it. */
export function fileStatusRow(ctx: LintContext, route: Route, status: number): SourceRange | undefined {
  if (route.errors.length > 0) return undefined;
  return ctx.fileStatuses?.get(fileOf(ctx, route))?.get(status);
}

/**
 * Whether a route is only listed (a bare line in an index list, a summary
 * table row, a fence of routes) with nothing written about it: the rules on
 * a route's details (errors, parameters, purpose) have nothing to read there.
 */
export function isListedOnly(ctx: LintContext, route: Route): boolean {
  const span = spanOf(ctx, route);
  if (!span) return false;
  const parts = span.parts;
  return !parts.request && !parts.responses && !parts.errors && !parts.params && (!parts.purpose || isSummaryOnly(parts));
}

/** A purpose that is only the summary on the route's own line, or the title of the section the route line is listed under. */
function isSummaryOnly(parts: Record<string, SourceRange>): boolean {
  const { heading, purpose } = parts;
  return !!heading && !!purpose && purpose.start.line <= heading.start.line;
}

/** Whether the route's ownership rule is stated: on the route, or implied by its file beside the route's auth line. */
export function ownershipStated(ctx: LintContext, route: Route): boolean {
  return effectiveOwnership(route) !== undefined || ctx.impliedOwnership?.has(route) === true;
}

/** Whether the route takes a body: a named request schema, a body written inline under its label, or one described in words there. */
export function takesBody(ctx: LintContext, route: Route): boolean {
  const inline = ctx.inline?.get(route);
  return route.requestSchema !== undefined || (inline?.request?.fields.length ?? 0) > 0 || inline?.requestInWords === true;
}

/** The file a route is written in. */
export function fileOf(ctx: LintContext, route: Route): string {
  return spanOf(ctx, route)?.file ?? ctx.firstFile ?? '';
}

/** Entries grouped by the file their route is written in, in the order met. */
export function byFile(ctx: LintContext, entries: readonly RouteEntry[]): Map<string, RouteEntry[]> {
  const out = new Map<string, RouteEntry[]>();
  for (const e of entries) {
    const file = fileOf(ctx, e.route);
    const list = out.get(file) ?? [];
    list.push(e);
    out.set(file, list);
  }
  return out;
}

/** Routes that need no token by their nature: sign-up, login, token refresh, password reset, health checks. */
export function isPublicByNature(route: Route): boolean {
  return /\/(?:auth\/(?:register|signup|sign-up|login|signin|sign-in|token|refresh|forgot[-_]?password|reset[-_]?password|verify[-_\w]*)|register|signup|login|signin|token|health|healthz|ping|status|docs|openapi\.json)$/i.test(route.path.replace(/\/+$/, ''));
}

/** The source text of one named part of an element (`errors`, `request`, ...), or '' when it has none. */
export function partText(ctx: LintContext, element: object, part: string): string {
  const span = spanOf(ctx, element);
  const range = span?.parts[part];
  if (!span || !range) return '';
  return ctx.texts.get(span.file)?.slice(range.start.offset, range.end.offset) ?? '';
}
