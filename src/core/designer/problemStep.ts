// Which wizard step holds the field a validation problem points at, so the
// review can link each problem to the place where it is fixed.
import type { Step } from './shapes';

/** Route properties edited in the Auth step (who may call it) and in the Errors step (the statuses it answers). */
const ROUTE_AUTH = new Set(['auth', 'ownership', 'access']);
const ROUTE_ERRORS = new Set(['errors']);
/** Resource properties edited in the Auth step. */
const RESOURCE_AUTH = new Set(['sharing', 'parent']);

/** The step for a zod issue path into the draft (`['resources', 0, 'routes', 1, 'path']` is in Resources & Routes). */
export function stepOfPath(path: ReadonlyArray<PropertyKey>): Step {
  const keys = path.filter((k): k is string => typeof k === 'string');
  const [top, second, third] = keys;
  switch (top) {
    case 'auth':
      return 'auth';
    case 'errors':
      return 'errors';
    case 'schemas':
      return 'schemas';
    case 'resources':
      if (second === 'routes' && third !== undefined) return ROUTE_AUTH.has(third) ? 'auth' : ROUTE_ERRORS.has(third) ? 'errors' : 'resources';
      return second !== undefined && RESOURCE_AUTH.has(second) ? 'auth' : 'resources';
    default:
      // The title and base path are the design's own fields, shown with its resources.
      return 'resources';
  }
}
