// The Review's access columns and sharing questions, on the example's design
// (tasks shared at read < edit through specs/api/shares.md).
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuestion, coverageMatrix, openQuestions } from '../../../src/core/designer';
import { readApiSpecs } from '../../../src/core/reader';
import type { DraftDesign } from '../../../src/protocol/designerProtocol';

const API = join(process.cwd(), 'examples/taskflow/specs/api');
const example = (): DraftDesign => structuredClone(readApiSpecs(readdirSync(API).sort().map((n) => ({ path: `specs/api/${n}`, text: readFileSync(join(API, n), 'utf8') }))).design) as DraftDesign;
const row = (d: DraftDesign, route: string) => coverageMatrix(d).find((r) => r.route === route);
const gets = (d: DraftDesign, route: string): Record<string, string> => Object.fromEntries((row(d, route)?.callers ?? []).map((c) => [c.who, c.gets]));

describe('designer review: access columns and sharing questions', () => {
  it('shows what the owner, each grantee level, another user and an anonymous caller get from each task route', () => {
    const d = example();
    assert.deepEqual(gets(d, 'GET /api/tasks/{task_id}'), { owner: '200', 'grantee read': '200', 'grantee edit': '200', 'other user': '404', anonymous: '401' });
    assert.deepEqual(gets(d, 'PATCH /api/tasks/{task_id}'), { owner: '200', 'grantee read': '404', 'grantee edit': '200', 'other user': '404', anonymous: '401' });
    assert.deepEqual(gets(d, 'DELETE /api/tasks/{task_id}'), { owner: '204', 'grantee read': '404', 'grantee edit': '404', 'other user': '404', anonymous: '401' });
    assert.equal(row(d, 'PATCH /api/tasks/{task_id}')?.access, 'owner-or-grant(edit)');
    assert.equal(gets(d, 'GET /api/tasks')['other user'], '200, own rows', 'a list answers another user its own rows');
    assert.equal(gets(d, 'POST /api/tasks')['other user'], '201', 'a create is not refused to another user');
  });

  it('adds a column per role, and a role route answers only that role', () => {
    const d = example();
    d.auth.roles = { claim: 'role', values: ['admin'] };
    const tasks = d.resources.find((r) => r.name === 'tasks');
    tasks?.routes.push({ method: 'GET', path: '/api/admin/tasks/{task_id}', purpose: 'Read any task.', auth: 'jwt', access: { kind: 'role', role: 'admin' }, params: [], responses: [{ status: 200, schema: 'TaskRead' }], errors: [401, 404] });
    assert.deepEqual(gets(d, 'GET /api/admin/tasks/{task_id}'), { owner: '404', 'grantee read': '404', 'grantee edit': '404', 'other user': '404', 'role admin': '200', anonymous: '401' });
    assert.equal(gets(d, 'GET /api/tasks/{task_id}')['role admin'], '404', 'an admin is another user on an owner route');
  });

  it('asks the sharing questions the draft leaves open, and each answer sets the routes\' rules', () => {
    const d = example();
    const shares = d.resources.find((r) => r.name === 'shares');
    for (const r of shares?.routes ?? []) if (r.path.includes('/shares')) delete r.access;
    const ids = openQuestions(d).map((q) => q.id);
    assert.deepEqual(ids.filter((id) => id.startsWith('grant')), ['grants-visible', 'grantee-reshare', 'grantee-delete']);
    assert.match(openQuestions(d).find((q) => q.id === 'grants-visible')?.text ?? '', /Can a user with `read` see who else the task is shared with\?/);
    const a = answerQuestion(d, 'grants-visible', 'no');
    assert.ok(a);
    assert.deepEqual(a.resources.find((r) => r.name === 'shares')?.routes.find((r) => r.method === 'GET' && r.path === '/api/tasks/{task_id}/shares')?.access, { kind: 'owner' });
    const b = answerQuestion(a, 'grantee-reshare', 'no');
    assert.ok(b);
    assert.ok(b.resources.find((r) => r.name === 'shares')?.routes.filter((r) => r.path.includes('/shares')).every((r) => r.access?.kind === 'owner'));
    const c = answerQuestion(b, 'grantee-delete', '403');
    assert.ok(c);
    assert.deepEqual(c.resources.find((r) => r.name === 'tasks')?.routes.find((r) => r.method === 'DELETE')?.access, { kind: 'owner', deniedStatus: 403 });
    assert.equal(gets(c, 'DELETE /api/tasks/{task_id}')['grantee edit'], '403');
    assert.deepEqual(openQuestions(c).filter((q) => q.id.startsWith('grant')), [], 'every sharing question is answered');
    assert.equal(answerQuestion(c, 'grantee-delete', '403'), undefined, 'an answered question is not open any more');
  });

  it('asks nothing about sharing when no resource is shared', () => {
    const d = example();
    for (const r of d.resources) delete r.sharing;
    assert.deepEqual(openQuestions(d).filter((q) => q.id.startsWith('grant')), []);
  });
});
