import { strict as assert } from 'node:assert';
import { validateDesign } from '../../../../src/core/model';

function minimalDesign(): Record<string, unknown> {
  return {
    title: 'Taskflow API',
    basePath: '/api',
    auth: {
      scheme: 'jwt-bearer',
      header: 'Authorization',
      algorithm: 'HS256',
      userClaim: 'sub',
      tokenLifetimeMinutes: 60,
      spec: '@specs/auth/jwt.md',
      ownership: { column: 'user_id', otherUserStatus: 404 },
    },
    errors: { schema: { kind: 'fastapi-detail' }, catalog: [{ status: 404, meaning: 'Not Found' }] },
    resources: [
      {
        name: 'tasks',
        title: 'Tasks',
        owned: true,
        model: '@specs/db/models.md#task',
        routes: [
          {
            method: 'GET',
            path: '/api/tasks',
            purpose: "List the current user's tasks.",
            auth: 'jwt',
            ownership: 'owner',
            params: [],
            responses: [{ status: 200, schema: 'list[TaskRead]' }],
            errors: [401, 422],
          },
        ],
      },
    ],
    schemas: [],
  };
}

describe('validateDesign', () => {
  it('accepts a complete design', () => {
    const result = validateDesign(minimalDesign());
    assert.equal(result.ok, true);
  });

  it('names the field and says what to write when a route path is wrong', () => {
    const design = minimalDesign() as { resources: Array<{ routes: Array<Record<string, unknown>> }> };
    design.resources[0]!.routes[0]!.path = 'api/tasks';
    const result = validateDesign(design);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(result.problems.map((p) => p.path), ['resources[0].routes[0].path']);
    assert.match(result.problems[0]!.message, /starts with "\/"/);
  });

  it('rejects an owner status other than 403 or 404 with the choice spelled out', () => {
    const design = minimalDesign() as { auth: { ownership: Record<string, unknown> } };
    design.auth.ownership.otherUserStatus = 401;
    const result = validateDesign(design);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.problems[0]!.path, 'auth.ownership.otherUserStatus');
    assert.match(result.problems[0]!.message, /404.*403/);
  });

  // Each of these is written to the same file or section as another part of
  // the design, so generating it would lose that part (or fail on the file system).
  type Loose = { resources: Array<Record<string, unknown> & { routes: Array<Record<string, unknown>> }>; schemas: Array<Record<string, unknown>> };
  const problemsOf = (change: (d: Loose) => void) => {
    const design = minimalDesign() as unknown as Loose;
    change(design);
    const result = validateDesign(design);
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('rejects resource names that are the overview or the error catalog, or too long for a file name', () => {
    for (const name of ['errors', 'readme', 'index', 'overview']) {
      const problems = problemsOf((d) => (d.resources[0]!.name = name));
      assert.equal(problems.length, 1, name);
      assert.match(problems[0]!, new RegExp(`^resources\\[0\\]\\.name: ${name}\\.md is the .*: name the resource otherwise`));
    }
    assert.match(problemsOf((d) => (d.resources[0]!.name = 'a'.repeat(101)))[0]!, /at most 100 characters/);
    assert.deepEqual(problemsOf((d) => (d.resources[0]!.name = 'a'.repeat(100))), []);
  });

  it('rejects two resources with one name, the same route twice, and two schemas with one name', () => {
    const route = (path: string) => ({ method: 'GET', path, purpose: 'Read one.', auth: 'jwt', ownership: 'owner', params: [], responses: [{ status: 200 }], errors: [401] });
    assert.deepEqual(
      problemsOf((d) => {
        d.resources[0]!.routes.push(route('/api/tasks/{task_id}'), route('/api/tasks/{task_id}'));
        d.resources.push({ name: 'tasks', title: 'More tasks', owned: true, routes: [] });
        d.schemas.push({ name: 'TaskRead', fields: [] }, { name: 'TaskRead', fields: [] });
      }),
      [
        'resources[0].routes[2].path: GET /api/tasks/{task_id} is already route 2 of resource tasks: change the method or the path, or delete one of them.',
        'resources[1].name: Resource 1 is already named tasks (specs/api/tasks.md): choose another name, or move these routes there.',
        'schemas[1].name: Another schema is already named TaskRead: rename one of them, or delete it.',
      ],
    );
    // The same path with another method is another route.
    assert.deepEqual(problemsOf((d) => d.resources[0]!.routes.push({ ...route('/api/tasks'), method: 'POST', responses: [{ status: 201 }] })), []);
    // The same route in two resources is two sections the update cannot tell apart either.
    assert.equal(problemsOf((d) => d.resources.push({ name: 'items', title: 'Items', owned: true, routes: [route('/api/tasks')] })).length, 1);
  });

  it('never throws on values that are not designs', () => {
    for (const junk of [null, undefined, 42, 'x', [], { title: 7 }, { resources: 'no' }]) {
      const result = validateDesign(junk);
      assert.equal(result.ok, false);
    }
  });
});
