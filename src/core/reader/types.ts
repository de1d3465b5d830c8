// What the reader returns.
import type { InlineBodies } from './inlineBody';
import type { ApiDesign, Auth, Errors, Resource, Route, Schema, SourceIndex, SourceRange } from '../model';

/** Text the reader kept in the file but could not place in the model. */
export interface Unplaced {
  file: string;
  range: SourceRange;
  reason: string;
}

export interface ReadApiResult {
  design: ApiDesign;
  sources: SourceIndex;
  unplaced: Unplaced[];
  /** Bodies written inline instead of as named schemas, by route (the lint checks their fields). */
  inline?: Map<Route, InlineBodies>;
  /** Routes whose ownership the file implies though their own auth line does not say it (see FileRead). */
  impliedOwnership?: Map<Route, SourceRange>;
}

/** What one file contributes to the design. */
export interface FileRead {
  file: string;
  /** The file's `# heading`, if any. */
  title?: string;
  resource: Resource;
  schemas: Schema[];
  /** Routes only listed in summary tables or fences (used when declared nowhere else). */
  summaryRoutes: Route[];
  /** Bodies written inline (a JSON example, a field table) instead of a named schema, by route. */
  inline: Map<Route, InlineBodies>;
  /**
   * Routes with an auth line of their own that says no ownership, while the
   * file implies it: a covering statement ("Users only see their own tasks"),
   * or a phrase in the route's prose ("the authenticated user's tasks"). The
   * model keeps the rule the route's line states (an edit of the statement must
   * not change the route); the lint counts the rule as stated, at this range.
   */
  impliedOwnership: Map<Route, SourceRange>;
  /** README parts. */
  overview: { description?: string; basePath?: string; auth?: Partial<Omit<Auth, 'ownership'>> & { ownership?: Partial<Auth['ownership']> }; resourceOrder: string[] };
  errors?: Partial<Errors>;
  sources: SourceIndex;
  unplaced: Unplaced[];
}
