// Statements a spec makes once for many routes: "All endpoints require a
// valid JWT (except /auth/*)", "Users only see their own tasks", a group
// heading "## Tasks (all require JWT)". Each applies to the routes it covers:
// a statement in a section that holds routes covers that section's routes; one
// in the intro or in a section without routes (## Authentication) covers the
// whole file. Routes that state their own rule keep it; the others take the
// statement, with its line as their `auth` / `ownership` source part.
import type { Route, SourceRange } from '../model';
import type { LineMap } from '../references';
import { ownershipOf, ownershipPhrase } from './routeLabels';
import type { FileRead } from './types';
import { coveringIndex } from './scopeIndex';

export type StatementKind = 'jwt' | 'public' | 'owner';

export interface ScopeStatement {
  kind: StatementKind;
  /** Where it is written (offsets into the file). */
  start: number;
  end: number;
  /** Path patterns (`/api/auth/*`) the statement excepts, or for `public` names. */
  patterns: string[];
  /** "except the authentication endpoints", in words. */
  exceptsAuthRoutes: boolean;
  /** "except the health check", in words. */
  exceptsHealth?: boolean;
  /** A heading's statement covers that heading's section. */
  heading?: { depth: number };
}

export interface SectionMark {
  depth: number;
  start: number;
  title: string;
}

const NOUN = String.raw`(?:endpoints?|routes?|requests?|apis?|operations?|calls?)`;
const NEEDS = String.raw`(?:require[sd]?|need(?:s|ed)?|must (?:include|send|carry|have|be authenticated)|expects?|are (?:protected|secured)|(?:is|are) required)`;
/** "All (task) endpoints require JWT authentication", "Every request needs a bearer token", "everything else needs a token". */
const ALL_NEED_TOKEN = new RegExp(String.raw`\b(?:all|every|each|everything|any)\b[^.\n]{0,60}?(?:\b${NOUN}\b[^.\n]{0,80}?|\belse\b[^.\n]{0,20}?)\b${NEEDS}\b[^.\n]{0,80}?\b(?:jwt|tokens?|bearer|auth\w*|authoriz\w*|logged[- ]in|signed[- ]in)`, 'i');
/** Headings that state it for their group: "Tasks (all require JWT)", "Auth: Bearer <token>", "Protected endpoints". */
const HEADING_JWT = /\((?:all )?(?:require[sd]? |need )?(?:jwt|auth(?:entication)?|token)(?: required| required for all)?\)|\(all require [^)]*\)|^auth(?:entication)?\s*:\s*(?:bearer|jwt)|^protected (?:endpoints|routes)\b|\bjwt required\b/i;
const HEADING_PUBLIC = /^(?:public(?: endpoints| routes)?|unauthenticated(?: endpoints)?)\b|\((?:public|no auth(?:entication)?(?: required)?)\)/i;
/** "Authorization: Bearer <token>" in an Authentication section says every route takes the token. */
const BEARER_LINE = /^\s*(?:`|\*\*)?Authorization\s*:\s*(?:`|\*\*)?\s*Bearer\b/i;
const PUBLIC_WORDS = /\b(?:are|is) (?:public|unauthenticated|open)\b|\bno (?:auth(?:entication)?|token) (?:is )?required\b|\bdo(?:es)? not require (?:a )?(?:jwt|token|auth\w*)\b/i;
const EXCEPT = /\b(?:except|other than|but not|apart from|excluding|unless)\b/i;
const HEALTH_WORDS = /\b(?:health(?:[- ]?checks?| endpoints?| probes?)?|liveness|readiness)\b/i;
const HEALTH_ROUTE = /\/(?:health\w*|healthz|ready|readyz|live|livez|ping|status)$/i;
const AUTH_ROUTES_WORDS = /\b(?:auth(?:entication)?(?:[- ]specific)?|login|sign[- ]?(?:in|up)|register|registration|public) (?:ones|endpoints|routes)\b|\b(?:login|signup|register)\b/i;

/** Path patterns written in a sentence: `/api/auth/*`, /auth/login. */
function pathsIn(text: string): string[] {
  return [...text.matchAll(/`?(\/[A-Za-z0-9_\-./{}*:]*)`?/g)].map((m) => (m[1] as string).replace(/[.,;:)]+$/, '')).filter((p) => p.length > 1);
}

/** The statement a prose line makes for many routes, if any. */
export function statementOf(line: string, start: number, end: number, section: string): ScopeStatement | undefined {
  const text = line.slice(0, 600);
  if (ALL_NEED_TOKEN.test(text) || (/^(authentication|auth|security|authorization)\b/i.test(section) && BEARER_LINE.test(text))) {
    const at = text.search(EXCEPT);
    const tail = at < 0 ? '' : text.slice(at);
    // "All protected endpoints require ..." leaves the public ones (sign-up, login) out.
    return { kind: 'jwt', start, end, patterns: pathsIn(tail), exceptsAuthRoutes: (at >= 0 && AUTH_ROUTES_WORDS.test(tail)) || /\b(?:protected|authenticated|other|non-public|remaining|private)\b/i.test(text.slice(0, 80)), exceptsHealth: (at >= 0 && HEALTH_WORDS.test(tail)) || /\b(?:protected|non-public|private)\b/i.test(text.slice(0, 80)) };
  }
  if (PUBLIC_WORDS.test(text) && (pathsIn(text).length > 0 || AUTH_ROUTES_WORDS.test(text))) {
    return { kind: 'public', start, end, patterns: pathsIn(text), exceptsAuthRoutes: AUTH_ROUTES_WORDS.test(text) };
  }
  return undefined;
}

/** A heading that states auth for its group. */
export function headingStatement(title: string, start: number, end: number, depth: number): ScopeStatement | undefined {
  if (HEADING_PUBLIC.test(title)) return { kind: 'public', start, end, patterns: [], exceptsAuthRoutes: false, heading: { depth } };
  if (HEADING_JWT.test(title)) return { kind: 'jwt', start, end, patterns: [], exceptsAuthRoutes: false, heading: { depth } };
  return undefined;
}

/** "Users only see their own tasks", "the user_id in the path must match the token": isolation for many routes. */
export function isolationOf(line: string, start: number, end: number): ScopeStatement | undefined {
  return ownershipPhrase(line.slice(0, 600)) && ownershipOf(line.slice(0, 600)) === 'owner' ? { kind: 'owner', start, end, patterns: [], exceptsAuthRoutes: false } : undefined;
}

const AUTH_ROUTE = /\/(?:auth|login|signin|sign-in|signup|sign-up|register|token)(?:\/|$)/i;

/** The length of `text` without the run of `char` it ends with. (`/\*+$/` would try every start of a long run.) */
function withoutRun(text: string, char: string, end = text.length): number {
  while (end > 0 && text.charAt(end - 1) === char) end--;
  return end;
}

/** `/api/auth/*`, `/api/auth*` and `/api/auth/` name what starts with `/api/auth`. */
function matches(path: string, pattern: string): boolean {
  let end = pattern.length;
  const stars = withoutRun(pattern, '*');
  if (stars < end && stars > 0 && pattern.charAt(stars - 1) === '/') end = stars - 1;
  if (end > 0 && pattern.charAt(end - 1) === '*') end--;
  if (end > 0 && pattern.charAt(end - 1) === '/') end--;
  const p = pattern.slice(0, end);
  return path === p || path.startsWith(`${p}/`) || (pattern.endsWith('*') && path.startsWith(p));
}

function excepted(route: Route, s: ScopeStatement): boolean {
  return s.patterns.some((p) => matches(route.path, p) || route.path.includes(p.slice(0, withoutRun(p, '*')))) || (s.exceptsAuthRoutes && AUTH_ROUTE.test(route.path)) || (s.exceptsHealth === true && HEALTH_ROUTE.test(route.path));
}

/** Applies the file's statements to the routes they cover and that state nothing themselves. */
export function applyScope(read: FileRead, lines: LineMap, statements: readonly ScopeStatement[], sections: readonly SectionMark[], length: number, labelled: ReadonlySet<Route> = new Set()): void {
  const routes = [...read.resource.routes, ...read.summaryRoutes];
  const startOf = (r: Route) => read.sources.get(r)?.range.start.offset ?? 0;
  // Narrower statements first: a group heading wins over the file's sentence.
  const index = coveringIndex(statements, sections, routes.map(startOf), length);
  for (const route of routes) {
    const span = read.sources.get(route);
    const covering = index.covering(startOf(route));
    // An exception written in any statement that covers the route holds ("All endpoints (except the authentication ones) ...").
    const exception = route.auth === undefined ? covering.find((s) => s.kind === 'jwt' && excepted(route, s)) : undefined;
    if (exception) {
      route.auth = 'public';
      if (span) span.parts.auth = range(lines, exception);
    }
    if (route.auth === undefined) {
      for (const s of covering) {
        if (s.kind === 'owner') continue;
        if (s.kind === 'public') {
          // "Auth endpoints (/api/auth/*) are public" names its routes; a "## Public" heading covers its group.
          if ((s.patterns.length > 0 || s.exceptsAuthRoutes) && !excepted(route, s)) continue;
          route.auth = 'public';
        } else route.auth = excepted(route, s) ? 'public' : 'jwt';
        if (span) span.parts.auth = range(lines, s);
        break;
      }
    }
    // A route with its own auth line says its ownership there (the canonical grammar always does): the statement is
    // recorded beside the model as implied, for the lint, and the route's rule stays what its line says.
    if (route.ownership === undefined && route.auth !== 'public') {
      const own = covering.find((s) => s.kind === 'owner');
      if (own && labelled.has(route)) {
        if (!read.impliedOwnership.has(route)) read.impliedOwnership.set(route, range(lines, own));
      } else if (own) {
        route.ownership = 'owner';
        if (span) span.parts.ownership = range(lines, own);
      }
    }
  }
}

function range(lines: LineMap, s: ScopeStatement): SourceRange {
  return lines.range(s.start, s.end);
}
