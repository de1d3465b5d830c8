// Builders for lint tests: a valid design with one owned resource, routes with
// sensible defaults, and a context over them (no markdown involved).
import type { ApiDesign, Resource, Route, Schema } from '../../../../src/core/model';
import type { DbModel } from '../../../../src/core/dbModels';
import type { LintContext } from '../../../../src/core/lint/types';
import { runLintRules } from '../../../../src/core/lint/engine';
import type { Finding } from '../../../../src/core/diagnostics/finding';

/** A correct protected, owner-only route; override what the test is about. */
export function route(over: Partial<Route> = {}): Route {
  return {
    method: 'GET',
    path: '/api/tasks',
    purpose: "List the current user's tasks.",
    auth: 'jwt',
    ownership: 'owner',
    params: [],
    responses: [{ status: 200, schema: 'list[TaskRead]' }],
    errors: [401, 422],
    ...over,
  };
}

export function resource(routes: Route[], over: Partial<Resource> = {}): Resource {
  return { name: 'tasks', title: 'Tasks', owned: true, model: '@specs/db/models.md#task', routes, ...over };
}

export function design(resources: Resource[], schemas: Schema[] = []): ApiDesign {
  return {
    title: 'Taskflow API',
    basePath: '/api',
    auth: { scheme: 'jwt-bearer', header: 'Authorization', algorithm: 'HS256', userClaim: 'sub', tokenLifetimeMinutes: 60, ownership: { column: 'user_id', otherUserStatus: 404 } },
    errors: { schema: { kind: 'fastapi-detail' }, catalog: [] },
    resources,
    schemas,
  };
}

export const TASK_MODEL: DbModel = {
  name: 'Task',
  file: 'specs/db/models.md',
  line: 0,
  anchors: ['task'],
  ownerField: 'user_id',
  fields: ['id', 'user_id', 'title', 'description', 'completed', 'created_at'].map((name, line) => ({ name, type: 'string', line })),
};

export function context(d: ApiDesign, over: Partial<LintContext> = {}): LintContext {
  return { design: d, workspaceResources: over.design?.resources ?? d.resources, sources: new Map(), texts: new Map(), dbModels: [TASK_MODEL], errorSchemaStated: true, firstFile: 'specs/api/tasks.md', ...over };
}

/** The codes the engine reports for a design, sorted. */
export function codes(d: ApiDesign, over: Partial<LintContext> = {}): string[] {
  return runLintRules(context(d, over)).map((f: Finding) => f.code).sort();
}

/** The findings of one code. */
export function findingsOf(code: string, d: ApiDesign, over: Partial<LintContext> = {}): Finding[] {
  return runLintRules(context(d, over)).filter((f) => f.code === code);
}
