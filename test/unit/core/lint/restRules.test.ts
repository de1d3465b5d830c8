import { strict as assert } from 'node:assert';
import { design, findingsOf, resource, route } from './build';

const taskId = [{ name: 'task_id', in: 'path' as const, type: 'integer', required: true }];
const byId = (over = {}) => route({ path: '/api/tasks/{task_id}', params: taskId, errors: [401, 404, 422], ...over });

describe('lint: REST rules', () => {
  it('reports rest.verb-in-path for /tasks/create and /getTasks, not for /auth/login or /users/me', () => {
    assert.equal(findingsOf('rest.verb-in-path', design([resource([route({ method: 'POST', path: '/api/tasks/create', responses: [{ status: 201 }] })])])).length, 1);
    assert.equal(findingsOf('rest.verb-in-path', design([resource([route({ path: '/api/getTasks' })])])).length, 1);
    assert.equal(findingsOf('rest.verb-in-path', design([resource([route({ method: 'POST', path: '/api/auth/login', auth: 'public', ownership: undefined })], { owned: false, name: 'auth' }), resource([route({ path: '/api/users/me' })], { owned: false, name: 'users' })])).length, 0);
  });

  it('reports rest.trailing-slash for /api/tasks/, not for /api/tasks', () => {
    assert.equal(findingsOf('rest.trailing-slash', design([resource([route({ path: '/api/tasks/' })])])).length, 1);
    assert.equal(findingsOf('rest.trailing-slash', design([resource([route()])])).length, 0);
  });

  it('reports rest.plural-collection for /task/{task_id}, not for /tasks/{task_id} or /users/me', () => {
    assert.equal(findingsOf('rest.plural-collection', design([resource([byId({ path: '/api/task/{task_id}' })])])).length, 1);
    assert.equal(findingsOf('rest.plural-collection', design([resource([byId(), route({ path: '/api/users/me' })])])).length, 0);
  });

  it('reports rest.path-param-undeclared for a {param} missing from the parameter list', () => {
    const found = findingsOf('rest.path-param-undeclared', design([resource([byId({ params: [{ name: 'verbose', in: 'query', type: 'boolean', required: false }] })])]));
    assert.equal(found.length, 1);
    assert.match(found[0]?.message ?? '', /\{task_id\}/);
    // Without any parameter list the path declares its own parameters.
    assert.equal(findingsOf('rest.path-param-undeclared', design([resource([byId({ params: [] })])])).length, 0);
    assert.equal(findingsOf('rest.path-param-undeclared', design([resource([byId()])])).length, 0);
  });

  it('reports rest.param-unused for a declared path parameter the path lacks', () => {
    assert.equal(findingsOf('rest.param-unused', design([resource([route({ params: taskId })])])).length, 1);
    assert.equal(findingsOf('rest.param-unused', design([resource([route({ params: [{ name: 'status', in: 'query', type: 'string', required: false }] })])])).length, 0);
  });

  it('reports rest.duplicate-route for the same method and path shape across files, once', () => {
    const d = design([resource([byId()]), resource([byId({ path: '/api/tasks/{id}', params: [{ name: 'id', in: 'path', type: 'integer', required: true }] })], { name: 'more-tasks' })]);
    assert.equal(findingsOf('rest.duplicate-route', d).length, 1);
    assert.equal(findingsOf('rest.duplicate-route', design([resource([byId(), byId({ method: 'DELETE', responses: [{ status: 204 }] })])])).length, 0);
  });

  it('reports rest.method-semantics for GET with a body, POST create without 201, DELETE without 204/200', () => {
    assert.equal(findingsOf('rest.method-semantics', design([resource([route({ requestSchema: 'TaskQuery' })])])).length, 1);
    assert.equal(findingsOf('rest.method-semantics', design([resource([route({ method: 'POST', requestSchema: 'TaskCreate', responses: [{ status: 200 }] })])])).length, 1);
    assert.equal(findingsOf('rest.method-semantics', design([resource([byId({ method: 'DELETE', responses: [{ status: 201 }] })])])).length, 1);
  });

  it('does not report rest.method-semantics for POST /auth/login answering 200, or a DELETE answering 204', () => {
    const login = route({ method: 'POST', path: '/api/auth/login', auth: 'public', ownership: undefined, requestSchema: 'LoginRequest', responses: [{ status: 200 }] });
    assert.equal(findingsOf('rest.method-semantics', design([resource([login], { owned: false, name: 'auth' }), resource([byId({ method: 'DELETE', responses: [{ status: 204 }] })])])).length, 0);
  });

  it('reports route.purpose-missing for an empty purpose', () => {
    assert.equal(findingsOf('route.purpose-missing', design([resource([route({ purpose: '' })])])).length, 1);
    assert.equal(findingsOf('route.purpose-missing', design([resource([route()])])).length, 0);
  });
});
