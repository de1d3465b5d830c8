import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { lintApiWorkspace } from '../../../../src/core/lint';
import { loadFolder, memoryHost } from './memoryHost';
import { codes, design, findingsOf, resource, route } from './build';
import type { Schema } from '../../../../src/core/model';

const repo = process.cwd();
const sharing = { rowColumn: 'task_id', granteeColumn: 'user_id', levelColumn: 'permission', levels: ['read', 'edit'] };
const one = { path: '/api/tasks/{task_id}', params: [{ name: 'task_id', in: 'path' as const, type: 'integer', required: true }], errors: [401, 404, 422] };

describe('lint: access rules', () => {
  const sharingFindings = async (code: string) => {
    const findings = await lintApiWorkspace(memoryHost(loadFolder(join(repo, 'test/fixtures/lint/task-sharing'))), { specsRoot: 'specs' });
    return findings.filter((f) => f.code === code).map((f) => `${f.range.start.line + 1} ${f.message}`);
  };

  it('the hand-written sharing spec: the grantee in ShareCreate is not reported as the owner (auth.owner-in-body)', async () => {
    assert.deepEqual(await sharingFindings('auth.owner-in-body'), []);
  });

  it('the hand-written sharing spec: "only tasks shared with the caller" is an ownership rule (no auth.ownership-missing)', async () => {
    assert.deepEqual(await sharingFindings('auth.ownership-missing'), []);
  });

  it('a grant body with the grantee column is not owner-in-body; a task body with it still is', () => {
    const schemas: Schema[] = [
      { name: 'ShareCreate', fields: [{ name: 'user_id', type: 'integer', required: true, nullable: false }, { name: 'permission', type: 'read|edit', required: true, nullable: false }] },
      { name: 'TaskCreate', fields: [{ name: 'user_id', type: 'integer', required: true, nullable: false }] },
    ];
    const share = route({ method: 'POST', path: '/api/tasks/{task_id}/shares', params: one.params, access: { kind: 'owner' }, ownership: undefined, requestSchema: 'ShareCreate', responses: [{ status: 201 }], errors: [401, 404, 422] });
    const create = route({ method: 'POST', requestSchema: 'TaskCreate', responses: [{ status: 201 }] });
    const found = findingsOf('auth.owner-in-body', design([resource([share, create], { sharing })], schemas));
    assert.deepEqual(found.map((f) => f.message.split(' ')[0]), ['TaskCreate']);
    assert.deepEqual(findingsOf('schema.mass-assignment', design([resource([share], { sharing })], schemas)), []);
  });

  it('auth.grant-escalation: a delete or a re-share open to grantees, not the owner-only ones', () => {
    const del = route({ ...one, method: 'DELETE', ownership: undefined, access: { kind: 'owner-or-grant', level: 'edit' }, responses: [{ status: 204 }] });
    const share = route({ method: 'POST', path: '/api/tasks/{task_id}/shares', params: one.params, ownership: undefined, access: { kind: 'owner-or-grant', level: 'edit' }, responses: [{ status: 201 }], errors: [401, 404, 422] });
    const read = route({ ...one, ownership: undefined, access: { kind: 'owner-or-grant', level: 'read' } });
    assert.equal(findingsOf('auth.grant-escalation', design([resource([del, share, read], { sharing })])).length, 2);
    const safe = [del, share].map((r) => ({ ...r, access: { kind: 'owner' as const } }));
    assert.deepEqual(findingsOf('auth.grant-escalation', design([resource([...safe, read], { sharing })])), []);
  });

  it('auth.role-unchecked: an /admin route without a role rule, not with one', () => {
    const admin = route({ path: '/api/admin/tasks', ownership: 'none' });
    assert.equal(findingsOf('auth.role-unchecked', design([resource([admin], { owned: false, name: 'admin' })])).length, 1);
    const checked = { ...admin, ownership: undefined, access: { kind: 'role' as const, role: 'admin' } };
    assert.deepEqual(findingsOf('auth.role-unchecked', design([resource([checked], { owned: false, name: 'admin' })])), []);
    assert.deepEqual(findingsOf('auth.role-unchecked', design([resource([route()])])), []);
    // No auth stated at all is auth.missing's one finding.
    assert.deepEqual(findingsOf('auth.role-unchecked', design([resource([{ ...admin, auth: undefined }], { owned: false, name: 'admin' })])), []);
  });

  it('auth.parent-unchecked: a child route under an owned parent with no rule, not with one', () => {
    const child = route({ path: '/api/tasks/{task_id}/comments', params: one.params, ownership: undefined, errors: [401, 404, 422] });
    const d = (r: typeof child) => design([resource([route()]), resource([r], { name: 'comments', title: 'Comments', owned: false, model: undefined })]);
    assert.equal(findingsOf('auth.parent-unchecked', d(child)).length, 1);
    assert.deepEqual(findingsOf('auth.parent-unchecked', d({ ...child, access: { kind: 'owner-or-grant', level: 'read' } })), []);
    assert.deepEqual(findingsOf('auth.parent-unchecked', d({ ...child, path: '/api/comments' })), []);
  });

  it('schema.mass-assignment: an update body with role or created_at, not a read schema with them', () => {
    const schemas: Schema[] = [
      { name: 'UserUpdate', fields: [{ name: 'name', type: 'string', required: false, nullable: false }, { name: 'role', type: 'string', required: false, nullable: false }, { name: 'created_at', type: 'datetime', required: false, nullable: false }] },
      { name: 'UserRead', fields: [{ name: 'role', type: 'string', required: true, nullable: false }] },
    ];
    const patch = route({ method: 'PATCH', path: '/api/users/me', ownership: 'none', requestSchema: 'UserUpdate', responses: [{ status: 200, schema: 'UserRead' }] });
    const found = findingsOf('schema.mass-assignment', design([resource([patch], { owned: false, name: 'users' })], schemas));
    assert.deepEqual(found.map((f) => /`(\w+)`/.exec(f.message)?.[1]), ['role', 'created_at']);
    const get = route({ path: '/api/users/me', ownership: 'none', responses: [{ status: 200, schema: 'UserRead' }] });
    assert.deepEqual(findingsOf('schema.mass-assignment', design([resource([get], { owned: false, name: 'users' })], schemas)), []);
  });

  it('403/404 consistency counts grantee routes and their stated exceptions', () => {
    const a = route({ ...one, ownership: undefined, access: { kind: 'owner-or-grant', level: 'read' }, errors: [401, 404, 422] });
    const b = route({ ...one, method: 'PATCH', ownership: undefined, access: { kind: 'owner-or-grant', level: 'edit' }, errors: [401, 403, 422] });
    const c = route({ ...one, method: 'DELETE', ownership: undefined, access: { kind: 'owner' }, errors: [401, 404, 422], responses: [{ status: 204 }] });
    assert.equal(findingsOf('errors.ownership-status-inconsistent', design([resource([a, b, c])])).length, 1);
    assert.ok(!codes(design([resource([a, c])])).includes('errors.ownership-status-inconsistent'));
  });
});
