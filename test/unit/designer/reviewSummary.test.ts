import * as assert from 'node:assert/strict';
import { coverageMatrix, emptyDraft, reviewSummary, routeGaps, stepOfPath, summaryWords } from '../../../src/core/designer';
import type { DraftDesign } from '../../../src/protocol/designerProtocol';

type Route = DraftDesign['resources'][number]['routes'][number];
const route = (over: Partial<Route>): Route => ({ method: 'GET', path: '/api/tasks', purpose: 'x', auth: 'jwt', ownership: 'owner', params: [], responses: [{ status: 200 }], errors: [401], ...over });

describe('designer review gaps and summary', () => {
  it('finds the gaps the lint would report: unstated auth or access, and a missing 401, 404 or 422', () => {
    assert.deepEqual(routeGaps(route({}), 'owner'), []);
    assert.deepEqual(routeGaps(route({ auth: undefined, ownership: undefined, errors: [] }), 'unstated'), ['auth', 'access', 'e401']);
    assert.deepEqual(routeGaps(route({ path: '/api/tasks/{task_id}' }), 'owner'), ['e404']);
    assert.deepEqual(routeGaps(route({ method: 'POST', requestSchema: 'TaskCreate' }), 'owner'), ['e422']);
    assert.deepEqual(routeGaps(route({ method: 'POST', requestSchema: 'TaskCreate', errors: [401, 400] }), 'owner'), []);
    // The caller's own id in the path is compared with the token, not looked up; a public route owes no 401.
    assert.deepEqual(routeGaps(route({ path: '/api/{user_id}/tasks' }), 'owner'), []);
    assert.deepEqual(routeGaps(route({ auth: 'public', errors: [] }), 'public'), []);
  });

  it('sums up the review: routes, routes with gaps, questions, problems and the files that change', () => {
    const d = emptyDraft();
    d.resources.push({ name: 'tasks', title: 'Tasks', owned: true, routes: [route({}), route({ path: '/api/tasks/{task_id}', errors: [] })] });
    const coverage = coverageMatrix(d);
    assert.deepEqual(coverage.map((r) => [r.resource, r.gaps]), [['Tasks', []], ['Tasks', ['e401', 'e404']]]);
    const files = [
      { path: 'specs/api/tasks.md', status: 'changed' as const, text: '', diff: [] },
      { path: 'specs/api/errors.md', status: 'unchanged' as const, text: '', diff: [] },
      { path: 'specs/api/users.md', status: 'deleted' as const, text: '', diff: [] },
    ];
    const summary = reviewSummary({ coverage, questions: [{ id: 'q', text: 'Q?', answers: [] }], problems: [], files });
    assert.deepEqual(summary, { routes: 2, routesWithGaps: 1, gaps: 2, questions: 1, problems: 0, filesChanging: 2 });
    assert.equal(summaryWords(summary), '2 routes, 1 with gaps (2 gaps); 1 open question; 2 files change.');
    assert.equal(summaryWords({ ...summary, routes: 1, routesWithGaps: 0, gaps: 0, questions: 0, filesChanging: 1 }), '1 route, no gaps; 0 open questions; 1 file changes.');
  });

  it('links a problem to the step that holds its field', () => {
    assert.equal(stepOfPath(['resources', 0, 'routes', 1, 'path']), 'resources');
    assert.equal(stepOfPath(['resources', 0, 'routes', 1, 'access', 'level']), 'auth');
    assert.equal(stepOfPath(['resources', 0, 'routes', 1, 'errors', 0]), 'errors');
    assert.equal(stepOfPath(['resources', 0, 'sharing', 'levels']), 'auth');
    assert.equal(stepOfPath(['schemas', 2, 'fields', 0, 'name']), 'schemas');
    assert.equal(stepOfPath(['errors', 'catalog', 0, 'status']), 'errors');
    assert.equal(stepOfPath(['auth', 'ownership', 'column']), 'auth');
    assert.equal(stepOfPath(['title']), 'resources');
  });
});
