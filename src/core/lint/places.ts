// Helpers that turn model objects into places (file and range) for findings,
// and walk the design's routes.
import type { Route, Schema, SourceRange, SourceSpan } from '../model';
import type { LintContext, RouteEntry } from './types';

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
