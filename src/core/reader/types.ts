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
  /** README parts. */
  overview: { description?: string; basePath?: string; auth?: Partial<Omit<Auth, 'ownership'>> & { ownership?: Partial<Auth['ownership']> }; resourceOrder: string[] };
  errors?: Partial<Errors>;
  sources: SourceIndex;
  unplaced: Unplaced[];
}
