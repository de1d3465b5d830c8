import { strict as assert } from 'node:assert';
import { design, findingsOf, resource, route } from './build';
import type { Schema } from '../../../../src/core/model';

const field = (name: string) => ({ name, type: 'string', required: true, nullable: false });

describe('lint: schema rules', () => {
  it('reports schema.field-not-in-model for a field the based-on model lacks', () => {
    const schemas: Schema[] = [{ name: 'TaskRead', basedOn: '@specs/db/models.md#task', fields: [field('id'), field('title'), field('priority')] }];
    const found = findingsOf('schema.field-not-in-model', design([resource([route({ responses: [{ status: 200, schema: 'TaskRead' }] })])], schemas));
    assert.deepEqual(found.map((f) => /"(\w+)"/.exec(f.message)?.[1]), ['priority']);
  });

  it('does not report schema.field-not-in-model without a based-on model, or when the model is unknown', () => {
    const free: Schema[] = [{ name: 'Stats', fields: [field('count')] }, { name: 'Other', basedOn: '@specs/db/models.md#nothing', fields: [field('x')] }];
    assert.deepEqual(findingsOf('schema.field-not-in-model', design([resource([route()])], free)), []);
  });

  it('reports schema.sensitive-field-exposed for hashed_password in a response schema', () => {
    const schemas: Schema[] = [{ name: 'UserRead', fields: [field('id'), field('email'), field('hashed_password')] }];
    const found = findingsOf('schema.sensitive-field-exposed', design([resource([route({ path: '/api/users/me', responses: [{ status: 200, schema: 'UserRead' }] })], { owned: false, name: 'users' })], schemas));
    assert.equal(found.length, 1);
    assert.match(found[0]?.message ?? '', /hashed_password/);
  });

  it('does not report schema.sensitive-field-exposed for a password in a request, or access_token in a login response', () => {
    const schemas: Schema[] = [{ name: 'LoginRequest', fields: [field('email'), field('password')] }, { name: 'Token', fields: [field('access_token'), field('token_type')] }];
    const login = route({ method: 'POST', path: '/api/auth/login', auth: 'public', ownership: undefined, requestSchema: 'LoginRequest', responses: [{ status: 200, schema: 'Token' }] });
    assert.deepEqual(findingsOf('schema.sensitive-field-exposed', design([resource([login], { owned: false, name: 'auth' })], schemas)), []);
  });
});
