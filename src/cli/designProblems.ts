// Problems of a design file as the CLI prints them: the field's place in the
// design and what to write. zod's own wording for a missing or mistyped value
// ("Invalid input: expected object, received undefined") says neither, so
// those are rewritten with an example of what belongs there.
import type { DesignProblem } from '../core/model';

/** Examples for the fields whose schema has no message of its own, by the last key of their path. */
const EXAMPLES: Record<string, string> = {
  auth: '{"scheme": "jwt-bearer", "header": "Authorization", "algorithm": "HS256", "userClaim": "sub", "tokenLifetimeMinutes": 60, "ownership": {"column": "user_id", "otherUserStatus": 404}}',
  ownership: '{"column": "user_id", "otherUserStatus": 404} (auth.ownership), or "owner" / "none" (a route)',
  errors: '{"schema": {"kind": "fastapi-detail"}, "catalog": [{"status": 404, "meaning": "Not Found"}]} (the design), or [401, 404] (a route)',
  schema: '{"kind": "fastapi-detail"}',
  scheme: '"jwt-bearer"',
  header: '"Authorization"',
  catalog: '[{"status": 404, "meaning": "Not Found"}]',
  resources: '[{"name": "tasks", "title": "Tasks", "owned": true, "routes": []}]',
  schemas: '[] or [{"name": "TaskRead", "fields": []}]',
  routes: '[{"method": "GET", "path": "/api/tasks", "purpose": "List tasks.", "auth": "jwt", "params": [], "responses": [{"status": 200}], "errors": [401]}]',
  params: '[] or [{"name": "task_id", "in": "path", "type": "integer", "required": true}]',
  fields: '[{"name": "title", "type": "string", "required": true, "nullable": false}]',
  responses: '[{"status": 200, "schema": "TaskRead"}]',
  title: '"Tasks"',
  name: '"tasks" (a resource), "TaskRead" (a schema) or "title" (a field)',
  method: '"GET"',
  path: '"/api/tasks/{task_id}"',
  purpose: '"List the current user\'s tasks."',
  type: '"string", "integer" or "list[TaskRead]"',
  status: '200',
  meaning: '"Not Found"',
  owned: 'true or false',
  required: 'true or false',
  nullable: 'true or false',
  kind: '"fastapi-detail" or "custom"',
};

const ZOD_DEFAULT = /^Invalid input: expected (\w+), received (\w+)$/;

/** One line per problem: `path: what to write`. */
export function describeProblem(problem: DesignProblem): string {
  const m = ZOD_DEFAULT.exec(problem.message);
  if (!m) return `${problem.path}: ${problem.message}`;
  const [, expected, received] = m;
  const key = /([A-Za-z]+)(\[\d+\])*$/.exec(problem.path)?.[1] ?? '';
  const example = EXAMPLES[key];
  const what = received === 'undefined' ? `is missing: add ${expected === 'array' ? 'a list' : `a${/^[aeiou]/.test(expected ?? '') ? 'n' : ''} ${expected}`}` : `must be ${expected === 'array' ? 'a list' : `a${/^[aeiou]/.test(expected ?? '') ? 'n' : ''} ${expected}`}, not ${received === 'array' ? 'a list' : `a${/^[aeiou]/.test(received ?? '') ? 'n' : ''} ${received}`}`;
  return `${problem.path}: ${what}${example ? `, e.g. ${example}` : ''}.`;
}
