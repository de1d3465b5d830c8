// Each quick fix, through the real reader: apply it, lint again, and the
// finding is gone while no other finding appears.
import { strict as assert } from 'node:assert';
import { lintApiWorkspace } from '../../../../src/core/lint';
import type { Finding, FindingFix } from '../../../../src/core/diagnostics/finding';
import { applyEdits, memoryHost } from './memoryHost';

const MODELS = ['# Models', '', '## Task', '', '| Column | Type | Constraints | Description |', '|---|---|---|---|', '| id | integer | primary key | id |', '| user_id | integer | foreign key user.id | Owner |', '| title | string | not null | Title |', ''].join('\n');
const ERRORS = ['# Errors', '', 'Errors use FastAPI\'s `{"detail": "<message>"}` body.', ''].join('\n');
const FILE = 'specs/api/tasks.md';

function tasksFile(...routes: string[]): string {
  return ['# Tasks API', '', 'Rows are owned by a user: see @specs/db/models.md#task.', '', ...routes, '## Schemas', '', '### TaskCreate', '', 'The body of `POST /api/tasks`.', '',
    '| field | type | required | nullable | constraints | example | description |', '|---|---|---|---|---|---|---|', '| title | string | yes | no | max_length=200 | "Buy milk" | Short title |', ''].join('\n');
}

const GET_ONE = (auth: string | undefined, errors: string | undefined, table = true) => [
  '## GET /api/tasks/{task_id}', '', 'Read one task.', '',
  ...(table ? ['| parameter | in | type | required | description |', '|---|---|---|---|---|', "| task_id | path | integer | yes | The task's id |", ''] : []),
  ...(auth === undefined ? [] : [`- **Auth:** ${auth}`]), '- **Response 200:** `TaskCreate`', ...(errors === undefined ? [] : [`- **Errors:** ${errors}`]), '', ''].join('\n');

async function lint(files: Map<string, string>): Promise<Finding[]> {
  return lintApiWorkspace(memoryHost(files), { specsRoot: 'specs' });
}

function workspace(tasks: string): Map<string, string> {
  return new Map([['specs/db/models.md', MODELS], ['specs/api/errors.md', ERRORS], [FILE, tasks]]);
}

const codes = (findings: Finding[]) => findings.map((f) => f.code).sort();

/** Applies each fix of the first finding of `code`; the finding goes and nothing new comes. */
async function assertFixes(tasks: string, code: string, fixTitle?: RegExp): Promise<string[]> {
  const files = workspace(tasks);
  const before = await lint(files);
  const finding = before.find((f) => f.code === code);
  assert.ok(finding, `${code} is reported before the fix (got ${codes(before).join(', ') || 'nothing'})`);
  const fixes = (finding.fixes ?? []).filter((f: FindingFix) => !fixTitle || fixTitle.test(f.title));
  assert.ok(fixes.length > 0, `${code} offers a fix`);
  const outputs: string[] = [];
  for (const fix of fixes) {
    const fixed = new Map(files);
    for (const file of new Set(fix.edits.map((e) => e.file))) fixed.set(file, applyEdits(fixed.get(file) ?? '', fix.edits.filter((e) => e.file === file)));
    const after = await lint(fixed);
    // What remains is what was there, minus this finding (a fix may settle others too, e.g. "public" needs no ownership rule).
    const remaining = codes(before);
    remaining.splice(remaining.indexOf(code), 1);
    const added = codes(after).filter((c) => {
      const at = remaining.indexOf(c);
      if (at < 0) return true;
      remaining.splice(at, 1);
      return false;
    });
    assert.deepEqual(added, [], `no new finding after "${fix.title}":\n${fixed.get(FILE)}`);
    assert.equal(codes(after).filter((c) => c === code).length, codes(before).filter((c) => c === code).length - 1, `${code} is gone after "${fix.title}"`);
    outputs.push(fixed.get(FILE) ?? '');
  }
  return outputs;
}

describe('lint: quick fixes through the reader', () => {
  it('the starting spec for these tests is clean', async () => {
    assert.deepEqual(codes(await lint(workspace(tasksFile(GET_ONE("JWT required; owner only - another user's task answers 404", '401, 404, 422'))))), []);
  });

  it('auth.missing: "JWT required" (with 401) and "public" each remove it', async () => {
    await assertFixes(tasksFile(GET_ONE(undefined, '404, 422')).replace('Rows are owned by a user: see @specs/db/models.md#task.', ''), 'auth.missing', /JWT/);
    await assertFixes(tasksFile(GET_ONE(undefined, '404, 422')).replace('Rows are owned by a user: see @specs/db/models.md#task.', ''), 'auth.missing', /public/);
  });

  it('errors.401-missing: adds 401 to the errors line', async () => {
    const [out] = await assertFixes(tasksFile(GET_ONE("JWT required; owner only - another user's task answers 404", '404, 422')), 'errors.401-missing');
    assert.match(out ?? '', /- \*\*Errors:\*\* 401, 404, 422/);
  });

  it('errors.404-missing: adds 404', async () => {
    await assertFixes(tasksFile(GET_ONE("JWT required; owner only - another user's task answers 404", '401, 422')), 'errors.404-missing');
  });

  it('errors.422-missing: adds an errors line when the route has none', async () => {
    // (A route whose only input is its path id is not told: the body is what FastAPI validates.)
    const r = ['## POST /api/tasks', '', 'Create a task.', '', "- **Auth:** JWT required; the new task's owner is the caller (`task.user_id = sub`)", '- **Request:** `TaskCreate`', '- **Response 201:** `TaskCreate`', '', ''].join('\n');
    const files = workspace(tasksFile(r));
    assert.deepEqual(codes(await lint(files)), ['errors.401-missing', 'errors.422-missing']);
    await assertFixes(tasksFile(r), 'errors.422-missing');
  });

  it('errors.400-for-validation: adds 422', async () => {
    // A body route: a 400 beside a typed path id alone is not what the rule is about.
    const post = ['## POST /api/tasks', '', 'Create a task.', '', "- **Auth:** JWT required; the new task's owner is the caller (`task.user_id = sub`)", '- **Request:** `TaskCreate`', '- **Response 201:** `TaskCreate`', '- **Errors:** 400, 401', '', ''].join('\n');
    await assertFixes(tasksFile(post), 'errors.400-for-validation');
  });

  it('auth.ownership-missing: adds the ownership rule to the auth line', async () => {
    const [out] = await assertFixes(tasksFile(GET_ONE('JWT required', '401, 404, 422')), 'auth.ownership-missing');
    assert.match(out ?? '', /- \*\*Auth:\*\* JWT required; owner only - another user's task answers 404/);
  });

  it('auth.owner-in-body: removes user_id from the request schema', async () => {
    const post = ['## POST /api/tasks', '', 'Create a task.', '', "- **Auth:** JWT required; the new task's owner is the caller (`task.user_id = sub`)", '- **Request:** `TaskCreate`', '- **Response 201:** `TaskCreate`', '- **Errors:** 401, 422', '', ''].join('\n');
    const text = tasksFile(post).replace('| title | string | yes | no | max_length=200 | "Buy milk" | Short title |', '| title | string | yes | no | max_length=200 | "Buy milk" | Short title |\n| user_id | integer | yes | no |  | 7 | Owner |');
    const [out] = await assertFixes(text, 'auth.owner-in-body');
    assert.doesNotMatch(out ?? '', /\| user_id \|/);
  });

  it('rest.path-param-undeclared: adds the row to a parameter table that leaves the path parameter out, and says nothing without a table', async () => {
    const withQuery = tasksFile(GET_ONE("JWT required; owner only - another user's task answers 404", '401, 404, 422')).replace("| task_id | path | integer | yes | The task's id |", '| verbose | query | boolean | no | More |');
    await assertFixes(withQuery, 'rest.path-param-undeclared');
    assert.deepEqual(codes(await lint(workspace(tasksFile(GET_ONE("JWT required; owner only - another user's task answers 404", '401, 404, 422', false))))), []);
  });

  it('rest.trailing-slash: drops the slash in the heading', async () => {
    const list = ['## GET /api/tasks/', '', "List the current user's tasks.", '', "- **Auth:** JWT required; only the caller's own tasks (`task.user_id == sub`)", '- **Response 200:** `list[TaskCreate]`', '- **Errors:** 401', '', ''].join('\n');
    await assertFixes(tasksFile(list), 'rest.trailing-slash');
  });

  it('auth.path-user-unchecked: adds the rule that the path user is the caller', async () => {
    const list = ['## GET /api/{user_id}/tasks', '', "List a user's tasks.", '', '| parameter | in | type | required | description |', '|---|---|---|---|---|', '| user_id | path | integer | yes | The user |', '', '- **Auth:** JWT required', '- **Response 200:** `list[TaskCreate]`', '- **Errors:** 401, 403, 422', '', ''].join('\n');
    await assertFixes(tasksFile(list).replace('Rows are owned by a user: see @specs/db/models.md#task.', ''), 'auth.path-user-unchecked');
  });

  it('errors.401-missing on a route that inherits the catalog: the new errors line keeps the inherited statuses', async () => {
    const files = workspace(tasksFile(GET_ONE("JWT required; owner only - another user's task answers 404", undefined)));
    files.set('specs/api/errors.md', ['# Errors', '', 'Errors use `{"detail": "<message>"}`.', '', '## Status codes', '', '| status | meaning | when |', '|---|---|---|', '| 404 | Not Found | No such row |', '| 422 | Unprocessable Content | Validation |', ''].join('\n'));
    const before = await lint(files);
    assert.deepEqual(codes(before), ['errors.401-missing']);
    const fix = before[0]?.fixes?.[0];
    assert.ok(fix);
    const fixed = new Map(files);
    fixed.set(FILE, applyEdits(files.get(FILE) ?? '', fix.edits));
    assert.match(fixed.get(FILE) ?? '', /- \*\*Errors:\*\* 401, 404, 422\n/);
    assert.deepEqual(codes(await lint(fixed)), []);
  });
});
