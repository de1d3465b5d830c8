import { strict as assert } from 'node:assert';
import { mergeSeverity, parseWorkspaceConfig } from '../../../src/core/config';

describe('workspace config .spec-architect.json', () => {
  it('reads specsRoot, severity, databaseSpecs and authSpecs', () => {
    const { config, problems } = parseWorkspaceConfig(JSON.stringify({ specsRoot: 'docs/specs', severity: { 'auth.missing': 'off' }, databaseSpecs: ['database/*.md'], authSpecs: ['features/authentication.md'] }));
    assert.deepEqual(problems, []);
    assert.deepEqual(config, { specsRoot: 'docs/specs', severity: { 'auth.missing': 'off' }, databaseSpecs: ['database/*.md'], authSpecs: ['features/authentication.md'] });
  });

  it('reports bad JSON, unknown keys and bad values, keeping the valid keys', () => {
    assert.equal(parseWorkspaceConfig('{ nope').problems.length, 1);
    const { config, problems } = parseWorkspaceConfig(JSON.stringify({ specsRoot: '../outside', severity: { 'auth.missing': 'loud', 'rest.plural-collection': 'off' }, authSpecs: ['auth/*.md'], extra: 1 }));
    assert.deepEqual(config, { severity: { 'rest.plural-collection': 'off' }, authSpecs: ['auth/*.md'] });
    assert.equal(problems.length, 3);
  });

  it('lets the file override the editor settings code by code', () => {
    assert.deepEqual(mergeSeverity({ 'a.b': 'error', 'c.d': 'hint' }, { 'a.b': 'off' }), { 'a.b': 'off', 'c.d': 'hint' });
  });
});
