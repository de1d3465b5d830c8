// Which scope statements cover a route, found without comparing every route
// with every statement and every statement with every section: a statement
// covers its section or the whole file, sections nest, so the statements
// covering a route are those of the sections it lies in (at most one per
// heading level) and the file's. Statements that say the same thing over the
// same span act alike on every route, so only the first of them is kept.
import type { ScopeStatement, SectionMark } from './scope';

/** Distinct statements kept per span; a real spec states its rules a handful of times. */
export const MAX_STATEMENTS_PER_SPAN = 64;

const GENERAL_SECTION = /^(?:authentication|auth|authorization|security|overview|api overview|introduction|general|conventions|base url|base path|notes?|rules?|requirements|headers?|common\b.*|global\b.*|.*\bauthentication requirements?|jwt\b.*|.*\bconventions)$/i;

/** The last index whose value is at most `x` in ascending `values` (-1 when none). */
function lastAtMost(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const meaning = (s: ScopeStatement) => `${s.kind}|${s.heading ? 'h' : ''}|${s.exceptsAuthRoutes}|${s.exceptsHealth === true}|${s.patterns.join('\u0000')}`;

export interface CoveringIndex {
  /** The statements covering offset `at`, narrowest span first, each span's in the order written. */
  covering(at: number): ScopeStatement[];
}

/**
 * Indexes the statements of a file. `sections` are in the order of the file,
 * `routeStarts` are the routes' offsets; a statement in a section that holds
 * routes (and is not a general one such as "Authentication") covers that
 * section, a heading's statement its own section, any other the whole file.
 */
export function coveringIndex(statements: readonly ScopeStatement[], sections: readonly SectionMark[], routeStarts: readonly number[], length: number): CoveringIndex {
  const starts = sections.map((h) => h.start);
  const routes = [...routeStarts].sort((a, b) => a - b);
  // The end of each section (the next heading no deeper) and the section it lies in (the previous one less deep).
  const end: number[] = sections.map(() => length);
  const parent: number[] = sections.map(() => -1);
  const open: number[] = [];
  sections.forEach((h, i) => {
    while (open.length > 0 && (sections[open[open.length - 1] as number] as SectionMark).depth >= h.depth) end[open.pop() as number] = h.start;
    parent[i] = open.length > 0 ? (open[open.length - 1] as number) : -1;
    open.push(i);
  });
  const holdsRoutes = (i: number) => {
    const r = routes[lastAtMost(routes, starts[i] as number) + 1];
    return r !== undefined && r < (end[i] as number);
  };
  const spanOf = (s: ScopeStatement): number => {
    const own = lastAtMost(starts, s.start);
    const h = sections[own];
    // A section that spans the whole file is the file: its statements keep their order among the file's.
    if (!h || h.depth <= 1 || (h.start === 0 && end[own] === length)) return -1;
    if (s.heading) return own;
    return !holdsRoutes(own) || GENERAL_SECTION.test(h.title.trim()) ? -1 : own;
  };
  // Span -1 is the whole file.
  const bySpan = new Map<number, { list: ScopeStatement[]; seen: Set<string> }>();
  for (const s of statements) {
    const span = spanOf(s);
    let group = bySpan.get(span);
    if (!group) bySpan.set(span, (group = { list: [], seen: new Set() }));
    const key = meaning(s);
    if (group.seen.has(key) || group.list.length >= MAX_STATEMENTS_PER_SPAN) continue;
    group.seen.add(key);
    group.list.push(s);
  }
  return {
    covering(at) {
      const found: ScopeStatement[] = [];
      // The last section starting at or before `at` and the sections it lies in all reach past `at`.
      for (let i = lastAtMost(starts, at); i >= 0; i = parent[i] as number) {
        const group = bySpan.get(i);
        if (group) found.push(...group.list);
      }
      const file = bySpan.get(-1);
      if (file) found.push(...file.list);
      return found;
    },
  };
}
