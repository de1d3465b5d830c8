import * as assert from 'node:assert/strict';
import { answerQuestion, coverageMatrix, emptyDraft, isInsideApiFolder, lineDiff, openQuestions, syncPathParams, validateDraft } from '../../../src/core/designer';
import type { DraftDesign } from '../../../src/protocol/designerProtocol';

function tasksDraft(): DraftDesign {
  const d = emptyDraft();
  d.title = 'Taskflow API';
  d.resources.push({
    name: 'tasks',
    title: 'Tasks',
    owned: true,
    routes: [
      { method: 'GET', path: '/api/tasks', purpose: 'List the caller\'s tasks.', auth: 'jwt', ownership: 'owner', params: [], responses: [{ status: 200, schema: 'list[TaskRead]' }], errors: [] },
      { method: 'GET', path: '/api/tasks/{task_id}', purpose: 'Read one task.', auth: 'jwt', params: [{ name: 'task_id', in: 'path', type: 'integer', required: true }], responses: [{ status: 200, schema: 'TaskRead' }], errors: [401] },
    ],
  });
  d.schemas.push({ name: 'TaskRead', fields: [{ name: 'id', type: 'integer', required: true, nullable: false }] });
  return d;
}

describe('designer draft', () => {
  it('a fresh draft is a valid design with JWT auth and FastAPI error defaults', () => {
    const { design, problems } = validateDraft(emptyDraft());
    assert.deepEqual(problems, []);
    assert.equal(design?.auth.scheme, 'jwt-bearer');
    assert.deepEqual(design?.errors.catalog.map((c) => c.status), [401, 403, 404, 422]);
  });

  it('reports an invalid path with where it is and what to write', () => {
    const d = tasksDraft();
    (d.resources[0]!.routes[0]!).path = 'tasks';
    const { problems } = validateDraft(d);
    assert.equal(problems[0]?.where, 'Resource tasks, route 1 (GET tasks), path');
    assert.match(problems[0]?.message ?? '', /starts with "\/"/);
  });

  it('names the place of a problem as the steps show it, not by array indexes', () => {
    const d = tasksDraft();
    d.resources[0]!.routes[1]!.purpose = '';
    d.schemas[0]!.fields[0]!.name = '1d';
    d.auth.ownership.column = '';
    d.resources.push({ name: '', title: 'Notes', owned: false, routes: [] });
    assert.deepEqual(validateDraft(d).problems.map((p) => p.where), [
      'auth, ownership, column',
      'Resource tasks, route 2 (GET /api/tasks/{task_id}), purpose',
      'Resource 2, name',
      'Schema TaskRead, field 1 (1d), name',
    ]);
    // Each problem names the step whose field causes it, for the review's link.
    assert.deepEqual(validateDraft(d).problems.map((p) => p.step), ['auth', 'resources', 'resources', 'schemas']);
  });

  it('path parameters follow the path as typed and query parameters stay', () => {
    const q = { name: 'done', in: 'query' as const, type: 'boolean', required: false };
    const params = syncPathParams('/api/users/{user_id}/tasks/{task_id}', [q]);
    assert.deepEqual(params.map((p) => `${p.in}:${p.name}:${p.type}`), ['path:user_id:integer', 'path:task_id:integer', 'query:done:boolean']);
    assert.deepEqual(syncPathParams('/api/tasks', params).map((p) => p.name), ['done']);
  });
});

describe('designer review', () => {
  it('the coverage matrix has one row per route with auth, ownership and 401/403/404/422', () => {
    const rows = coverageMatrix(tasksDraft());
    assert.deepEqual(rows[1], { resource: 'Tasks', route: 'GET /api/tasks/{task_id}', auth: 'jwt', ownership: 'unstated', access: 'unstated', callers: ['owner', 'other user', 'anonymous'].map((who) => ({ who, gets: 'unstated' })), e401: true, e403: false, e404: false, e422: false, gaps: ['access', 'e404'] });
  });

  it('asks 404 or 403 for another user\'s task, and the answer sets the rule and the route errors', () => {
    const d = tasksDraft();
    const q = openQuestions(d).find((x) => x.id === 'ownership-status');
    assert.match(q?.text ?? '', /another user's task: answer 404/);
    const next = answerQuestion(d, 'ownership-status', '403');
    assert.equal(next?.auth.ownership.otherUserStatus, 403);
    assert.deepEqual(next?.resources[0]?.routes[1]?.errors, [401, 403]);
    assert.equal(openQuestions(next!).some((x) => x.id === 'ownership-status'), false);
  });

  it('asks about unstated ownership and missing 401/422, and refuses answers to questions that are not open', () => {
    const d = tasksDraft();
    const ids = openQuestions(d).map((x) => x.id);
    assert.deepEqual(ids, ['ownership-status', 'ownership:0:1', 'add-401', 'add-422']);
    assert.equal(answerQuestion(d, 'ownership:0:0', 'owner'), undefined);
    assert.equal(answerQuestion(d, 'add-401', 'maybe'), undefined);
    assert.deepEqual(answerQuestion(d, 'add-401', 'yes')?.resources[0]?.routes[0]?.errors, [401]);
  });

  it('the line diff marks added and removed lines and keeps the rest', () => {
    assert.deepEqual(lineDiff('a\nb\nc\n', 'a\nB\nc\nd\n'), [
      { kind: 'same', text: 'a' },
      { kind: 'added', text: 'B' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });

  it('only plain paths inside <specsRoot>/api/ may be written', () => {
    assert.equal(isInsideApiFolder('specs/api/tasks.md', 'specs'), true);
    for (const p of ['specs/api/../db/models.md', '/etc/passwd', 'specs/db/models.md', 'specs/api/x.txt', 'specs\\api\\a.md', 'other/api/a.md', 'specs/api//a.md']) {
      assert.equal(isInsideApiFolder(p, 'specs'), false, p);
    }
  });
});
