import { strict as assert } from 'node:assert';
import { githubSlug } from '../../../src/core/references';

describe('GitHub slug (the one slug of writer, reader, lint and index)', () => {
  it('keeps underscores inside a word and drops emphasis pairs, as GitHub renders them', () => {
    assert.equal(githubSlug('GET /{a__a}/{a}'), 'get-a__aa');
    assert.equal(githubSlug('GET /api/{user_id}/tasks'), 'get-apiuser_idtasks');
    assert.equal(githubSlug('__init__ hooks'), 'init-hooks');
    assert.equal(githubSlug('The _owner_ rule'), 'the-owner-rule');
    assert.equal(githubSlug('Tasks table `tasks`'), 'tasks-table-tasks');
  });
});
