import { strict as assert } from 'node:assert';
import { codes, design, findingsOf, resource, route } from './build';

describe('lint: auth rules', () => {
  it('reports nothing for a correct owner-only route', () => {
    assert.deepEqual(codes(design([resource([route()])])), []);
  });

  it('reports auth.missing when a route states neither JWT nor public', () => {
    const found = findingsOf('auth.missing', design([resource([route({ auth: undefined })])]));
    assert.equal(found.length, 1);
    assert.match(found[0]?.message ?? '', /GET \/api\/tasks .*JWT required.*public/);
  });

  it('does not report auth.missing for an explicitly public route', () => {
    assert.deepEqual(findingsOf('auth.missing', design([resource([route({ auth: 'public', ownership: undefined })], { owned: false })])), []);
  });

  it('reports auth.ownership-missing on an owned resource without an ownership rule', () => {
    assert.equal(findingsOf('auth.ownership-missing', design([resource([route({ ownership: undefined })])])).length, 1);
  });

  it('reports auth.ownership-missing on a route whose path names an owned table, in a file that is not one resource', () => {
    const r = route({ path: '/api/tasks/{task_id}', params: [{ name: 'task_id', in: 'path', type: 'integer', required: true }], ownership: undefined, errors: [401, 404, 422] });
    assert.equal(findingsOf('auth.ownership-missing', design([resource([r], { owned: false, name: 'rest-endpoints', model: undefined })])).length, 1);
  });

  it('does not report auth.ownership-missing on a resource whose rows are not owned, or on public routes', () => {
    assert.deepEqual(findingsOf('auth.ownership-missing', design([resource([route({ path: '/api/tags', ownership: undefined })], { owned: false, name: 'tags', model: undefined })])), []);
    assert.deepEqual(findingsOf('auth.ownership-missing', design([resource([route({ auth: 'public', ownership: undefined })])])), []);
  });

  it('reports auth.owner-in-body when a request schema accepts user_id, not when a response has it', () => {
    const schemas = [
      { name: 'TaskCreate', fields: [{ name: 'title', type: 'string', required: true, nullable: false }, { name: 'user_id', type: 'integer', required: true, nullable: false }] },
      { name: 'TaskRead', fields: [{ name: 'user_id', type: 'integer', required: true, nullable: false }] },
    ];
    const d = design([resource([route({ method: 'POST', requestSchema: 'TaskCreate', responses: [{ status: 201, schema: 'TaskRead' }] })])], schemas);
    const found = findingsOf('auth.owner-in-body', d);
    assert.equal(found.length, 1);
    assert.match(found[0]?.message ?? '', /TaskCreate .*`user_id`/);
  });

  it('reports auth.path-user-unchecked for {user_id} without an ownership rule, not with one', () => {
    const path = '/api/{user_id}/tasks';
    assert.equal(findingsOf('auth.path-user-unchecked', design([resource([route({ path, ownership: undefined })])])).length, 1);
    assert.equal(findingsOf('auth.path-user-unchecked', design([resource([route({ path, ownership: 'owner' })])])).length, 0);
    assert.equal(findingsOf('auth.path-user-unchecked', design([resource([route({ path: '/api/tasks/{task_id}', ownership: undefined, errors: [401, 404, 422] })])])).length, 0);
  });
});
