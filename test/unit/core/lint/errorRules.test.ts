import { strict as assert } from 'node:assert';
import { design, findingsOf, resource, route } from './build';

const one = (path: string) => [{ name: 'task_id', in: 'path' as const, type: 'integer', required: true }].filter(() => path.includes('{task_id}'));

describe('lint: error status rules', () => {
  it('reports errors.401-missing on a JWT route without 401, not on a public one', () => {
    assert.equal(findingsOf('errors.401-missing', design([resource([route({ errors: [422] })])])).length, 1);
    assert.equal(findingsOf('errors.401-missing', design([resource([route({ auth: 'public', ownership: undefined, errors: [422] })], { owned: false })])).length, 0);
  });

  it('reports errors.404-missing on a route with an id in its path, not on one with only {user_id}', () => {
    const path = '/api/tasks/{task_id}';
    assert.equal(findingsOf('errors.404-missing', design([resource([route({ path, params: one(path), errors: [401, 422] })])])).length, 1);
    assert.equal(findingsOf('errors.404-missing', design([resource([route({ path: '/api/{user_id}/tasks', errors: [401, 403, 422] })])])).length, 0);
    assert.equal(findingsOf('errors.404-missing', design([resource([route({ path, params: one(path), errors: [401, 404, 422] })])])).length, 0);
  });

  it('reports errors.422-missing on a route with a body, not on one without input', () => {
    assert.equal(findingsOf('errors.422-missing', design([resource([route({ method: 'POST', requestSchema: 'TaskCreate', responses: [{ status: 201 }], errors: [401] })])])).length, 1);
    assert.equal(findingsOf('errors.422-missing', design([resource([route({ errors: [401] })])])).length, 0);
  });

  it('reports errors.400-for-validation (not errors.422-missing) when 400 stands where FastAPI answers 422', () => {
    const d = design([resource([route({ method: 'POST', requestSchema: 'TaskCreate', responses: [{ status: 201 }], errors: [400, 401] })])]);
    assert.equal(findingsOf('errors.400-for-validation', d).length, 1);
    assert.equal(findingsOf('errors.422-missing', d).length, 0);
    const both = design([resource([route({ method: 'POST', requestSchema: 'TaskCreate', responses: [{ status: 201 }], errors: [400, 401, 422] })])]);
    assert.equal(findingsOf('errors.400-for-validation', both).length, 0);
  });

  it('reports errors.ownership-status-inconsistent on the routes that disagree with the majority', () => {
    const path = '/api/tasks/{task_id}';
    const routes = [
      route({ path, params: one(path), errors: [401, 404, 422] }),
      route({ method: 'PATCH', path, params: one(path), requestSchema: 'TaskUpdate', errors: [401, 404, 422] }),
      route({ method: 'DELETE', path, params: one(path), responses: [{ status: 204 }], errors: [401, 403, 422] }),
    ];
    const found = findingsOf('errors.ownership-status-inconsistent', design([resource(routes)]));
    assert.equal(found.length, 1);
    assert.match(found[0]?.message ?? '', /DELETE .* answers 403 .* use 404/);
  });

  it('does not report errors.ownership-status-inconsistent when every route answers the same', () => {
    const path = '/api/tasks/{task_id}';
    const routes = [route({ path, params: one(path), errors: [401, 403, 404, 422] }), route({ method: 'DELETE', path, params: one(path), responses: [{ status: 204 }], errors: [401, 403, 422] })];
    assert.deepEqual(findingsOf('errors.ownership-status-inconsistent', design([resource(routes)])), []);
  });

  it('reports errors.schema-missing once when no spec states an error body', () => {
    assert.equal(findingsOf('errors.schema-missing', design([resource([route()])]), { errorSchemaStated: false }).length, 1);
    assert.equal(findingsOf('errors.schema-missing', design([resource([route()])]), { errorSchemaStated: true }).length, 0);
  });
});
