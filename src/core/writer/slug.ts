// GitHub's heading slug, so links and `#anchors` written by the writer resolve.
import type { Route } from '../model';

/** GitHub's slug of a heading's text: lower case, punctuation dropped, spaces to `-`. */
export function githubSlug(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '').replace(/\s/g, '-');
}

/** The anchor of a route's heading: `get-apitaskstask_id`. */
export function routeAnchor(route: Route): string {
  return githubSlug(`${route.method} ${route.path}`);
}
