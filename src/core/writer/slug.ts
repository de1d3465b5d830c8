// The anchors the writer links to: GitHub's slug of the heading, the one the
// references index resolves `#anchor` with (core/references/slug.ts).
import type { Route } from '../model';
import { githubSlug } from '../references';

/** The anchor of a route's heading: `get-apitaskstask_id`. */
export function routeAnchor(route: Route): string {
  return githubSlug(`${route.method} ${route.path}`);
}
