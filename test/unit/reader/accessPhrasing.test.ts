import assert from 'node:assert/strict';
import { readApiSpecs } from '../../../src/core/reader';
import { accessOf, readResourceLine } from '../../../src/core/reader/access';

// Hand-written auth lines, one per common phrasing, and the rule each reads as.
const PHRASINGS: Array<[string, unknown]> = [
  ['JWT required; shared users can view', { kind: 'owner-or-grant', level: 'read' }],
  ['Bearer token; users the task is shared with may edit it', { kind: 'owner-or-grant', level: 'edit' }],
  ['JWT; admin only', { kind: 'role', role: 'admin' }],
  ['Requires role admin', { kind: 'role', role: 'admin' }],
  ['Token required, requires the `moderator` role', { kind: 'role', role: 'moderator' }],
  ["JWT required; only the task's owner can share it", { kind: 'owner' }],
  ['JWT required; any authenticated user', { kind: 'authenticated' }],
  ['JWT required; grantees with edit rights; others get 403', { kind: 'owner-or-grant', level: 'edit', deniedStatus: 403 }],
];

describe('reader: access phrasings', () => {
  for (const [words, rule] of PHRASINGS) {
    it(`reads "${words}"`, () => assert.deepEqual(accessOf(words), rule));
  }

  it('reads nothing from lines that state no access rule', () => {
    for (const words of ['JWT required', 'owner only', 'Bearer token in the Authorization header', 'public']) assert.equal(accessOf(words), undefined, words);
  });

  it('reads a hand-written section: the rule, the auth and no ownership', () => {
    const text = '# Notes API\n\n## DELETE /api/notes/{note_id}\n\nRemove a note.\n\n- **Auth:** JWT required; only the note\'s owner can delete it\n- **Response 204:** no content\n- **Errors:** 401, 404\n';
    const route = readApiSpecs([{ path: 'specs/api/notes.md', text }]).design.resources[0]?.routes[0];
    assert.equal(route?.auth, 'jwt');
    assert.deepEqual(route?.access, { kind: 'owner' });
    assert.equal(route?.ownership, undefined);
  });

  it('reads the resource line with sharing and the parent', () => {
    assert.deepEqual(readResourceLine('Rows are owned by a user: see @specs/db/models.md#task. Shared through @specs/db/models.md#taskshare: task_id names the task, user_id the user it is shared with, permission the level (read < edit). Reached through the parent projects by project_id.'), {
      owned: true,
      model: '@specs/db/models.md#task',
      sharing: { model: '@specs/db/models.md#taskshare', rowColumn: 'task_id', granteeColumn: 'user_id', levelColumn: 'permission', levels: ['read', 'edit'] },
      parent: { resource: 'projects', column: 'project_id' },
    });
  });
});
