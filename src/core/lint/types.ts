// What a lint rule sees and what it returns. Rules are pure functions of the
// whole workspace's design, so cross-file checks (duplicate routes) and
// cross-spec checks (schema vs database model) need no extra plumbing.
import type { ApiDesign, Resource, Route, SourceIndex, SourceRange } from '../model';
import type { FindingFix, Severity } from '../diagnostics';
import type { DbModel } from '../dbModels';
import type { InlineBodies } from '../reader';

/** Everything the rules may look at. */
export interface LintContext {
  design: ApiDesign;
  /**
   * Every resource of the workspace (ownership inferred from the database as
   * in `design`), for rules that read another resource's ownership, sharing or
   * parent: a one-file run's `design` holds only that file's resources.
   */
  workspaceResources: Resource[];
  sources: SourceIndex;
  /** The text of each API spec file, by workspace-relative path (fixes read the lines they edit). */
  texts: ReadonlyMap<string, string>;
  /** Database models read from the database specs. */
  dbModels: DbModel[];
  /** Whether any spec states an error response schema (FastAPI's `{"detail": ...}` or a custom envelope). */
  errorSchemaStated: boolean;
  /** Whether the error body is stated for every API spec (the design, an auth spec, an overview or errors file). */
  errorSchemaEverywhere?: boolean;
  /** The API specs that state the error body themselves: they state it for the specs of their folder. */
  errorSchemaFiles?: ReadonlySet<string>;
  /** Statuses stated once for every route (the errors catalog, a global "HTTP Status Codes" section). */
  globalErrors?: number[];
  /** Where workspace-wide findings go when no element owns them (the first API spec that declares routes). */
  firstFile?: string;
  /** Bodies written inline (a JSON example, a field table) instead of a named schema, by route. */
  inline?: ReadonlyMap<Route, InlineBodies>;
  /** Routes whose ownership the file implies though their auth line does not say it (a covering statement, the route's prose). */
  impliedOwnership?: ReadonlyMap<Route, SourceRange>;
  /** Per file, the statuses its own status-code section states for every route, with the row of each. */
  fileStatuses?: ReadonlyMap<string, ReadonlyMap<number, SourceRange>>;
}

/** A finding before severity overrides and suppressions are applied. */
export interface RuleFinding {
  message: string;
  file: string;
  range: SourceRange;
  fixes?: FindingFix[];
  /** The routes a finding placed once for many is about (see Finding.routes). */
  routes?: string[];
}

/** One lint rule: a stable code, a default severity and the check. */
export interface LintRule {
  code: string;
  defaultSeverity: Severity;
  /** One line on what the rule catches (documentation, `--list-rules`). */
  description: string;
  check(ctx: LintContext): RuleFinding[];
}

/** A route with the resource that holds it. */
export interface RouteEntry {
  resource: Resource;
  route: Route;
}
