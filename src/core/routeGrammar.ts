// The one route grammar: which methods a route has, how `METHOD /path` is
// written in a heading, a label, a list item, a table row or a fence, how a
// route key is normalised for comparison, and which route-looking lines are
// examples (a concrete request) rather than routes. The reader, the
// `@specs/... GET /path` reference check and the scanner all use it, so they
// cannot disagree on what a route is.
import { HTTP_METHODS, type HttpMethod } from './model/design';

/** The methods a route may have (the design model's). HEAD and OPTIONS are FastAPI's own, never specified. */
export const ROUTE_METHODS: readonly HttpMethod[] = HTTP_METHODS;
/** The methods as a regex alternation. */
export const METHOD_PATTERN = ROUTE_METHODS.join('|');

// The separator before the summary is `\s*[-:|...]\s*` or `\s+`, written so that a run of blanks is split one way only.
const ROUTE = new RegExp(`^(?:#+\\s*)?(?:\\d+[.)]\\s*)?(?:\\*\\*|__)?\`?(${METHOD_PATTERN})\\s+(/[^\\s\`*]*)\`?(?:\\*\\*|__)?(?:(?:\\s*[-\u2013\u2014:|]|\\s)\\s*(.*))?$`);

export interface RouteLine {
  method: HttpMethod;
  path: string;
  /** The summary after the path, and where it starts in the line. */
  summary?: { text: string; index: number };
}

/** `:id` written `{id}`. */
export function normalizePath(path: string): string {
  return path.replace(/:([A-Za-z_]\w*)/g, '{$1}');
}

/**
 * A whole line that is a route: `GET /api/tasks - List tasks`, `1. GET /x`,
 * `` `DELETE /tasks/{id}` ``, `### PUT /api/tasks/{task_id}`. Examples of a
 * request (`GET /api/tasks/42?status=done`, `POST /api/tasks HTTP/1.1`) are not.
 */
export function matchRouteLine(line: string): RouteLine | undefined {
  if (line.length > 2000) return undefined;
  const m = ROUTE.exec(line);
  if (!m) return undefined;
  const summary = m[3]?.trim().replace(/^\*\*|\*\*$/g, '').trim();
  if (isExampleRequest(m[2] as string, summary)) return undefined;
  // `**POST /api/auth/register:** Register a user`: the colon ends the label, not the path.
  const route: RouteLine = { method: m[1] as HttpMethod, path: normalizePath(withoutTrailing(m[2] as string, ':.,;', 1)) };
  if (summary) route.summary = { text: summary, index: line.lastIndexOf(summary) };
  return route;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * Whether `METHOD path [rest]` is a concrete request rather than a route: a
 * query string, a numeric or UUID segment, a placeholder value such as
 * `user-uuid-123` or `abc123`, or an `HTTP/1.1` request line.
 */
export function isExampleRequest(path: string, rest = ''): boolean {
  if (/^HTTP\/\d/i.test(rest.trim())) return true;
  if (path.includes('?')) return true;
  if (UUID.test(path)) return true;
  return path.split('/').some((s) => /^\d+$/.test(s) || /^[a-z]+-(?:uuid|id)(?:-\d+)?$/i.test(s) || /^(?:uuid|id)-\d+$/i.test(s));
}

/** `text` without the run of `chars` it ends with, keeping at least `keep` characters. A loop: `[:.,;]+$` tries every start of the run. */
function withoutTrailing(text: string, chars: string, keep: number): string {
  let end = text.length;
  while (end > keep && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** Each `{...}` written `{}`, in one pass (`/\{[^}]*\}/g` looks for a `}` again from every unclosed `{`). */
function blankParams(path: string): string {
  let out = '';
  let from = 0;
  for (let open = path.indexOf('{'); open >= 0; open = path.indexOf('{', from)) {
    const close = path.indexOf('}', open + 1);
    if (close < 0) break; // no `}` after this `{`, so none after any later one
    out += `${path.slice(from, open)}{}`;
    from = close + 1;
  }
  return out + path.slice(from);
}

/** Normalizes a route for comparison: `{task_id}`, `{id}` and `:id` match, the query and a trailing `/` are ignored. */
export function routeKey(method: string, path: string): string {
  const query = path.indexOf('?');
  const clean = withoutTrailing(blankParams(normalizePath(query < 0 ? path : path.slice(0, query))), '/', 0) || '/';
  return `${method.toUpperCase()} ${clean}`;
}
