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

  it('never throws on values that are not designs', () => {
    for (const junk of [null, undefined, 42, 'x', [], { title: 7 }, { resources: 'no' }]) {
      const result = validateDesign(junk);
      assert.equal(result.ok, false);
    }
  });
});
