import { strict as assert } from 'node:assert';
import { defaultSettings, formatSettingsProblem, loadSettings, normalizeSpecsRoot, resolveSettings, SETTING_KEYS } from '../../../src/core/settings';
import { memoryHost } from '../references/memoryHost';

describe('settings: defaults, editor settings and .spec-architect.json', () => {
  it('gives every key its default when nothing is set', () => {
    const { settings, problems } = resolveSettings(undefined, undefined);
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, defaultSettings());
    assert.equal(settings.specsRoot, 'specs');
    assert.equal(settings.checkCodeBlocks, true);
    assert.ok(settings.languages.includes('markdown'));
    assert.deepEqual(Object.keys(settings).sort(), [...SETTING_KEYS].sort());
  });

  it('lets the file win over the editor key by key, and severity code by code', () => {
    const { settings, problems } = resolveSettings(
      { specsRoot: 'docs/specs', checkCodeBlocks: false, severity: { 'a.b': 'error', 'c.d': 'hint' }, languages: ['markdown'] },
      JSON.stringify({ specsRoot: './design/specs/', severity: { 'a.b': 'off' } }),
    );
    assert.deepEqual(problems, []);
    assert.equal(settings.specsRoot, 'design/specs');
    assert.equal(settings.checkCodeBlocks, false, 'the file says nothing about checkCodeBlocks: the editor value stays');
    assert.deepEqual(settings.severity, { 'a.b': 'off', 'c.d': 'hint' });
    assert.deepEqual(settings.languages, ['markdown']);
  });

  it('reports each bad key once, with the file, the key and what is allowed, and keeps the layer below for it', () => {
    const { settings, problems } = resolveSettings(
      { specsRoot: 'docs/specs' },
      JSON.stringify({ specsRoot: '../outside', severity: { 'auth.missing': 'loud', 'rest.plural-collection': 'off' }, checkCodeBlocks: 'yes', authSpecs: ['auth/*.md'], extra: 1 }),
    );
    assert.equal(settings.specsRoot, 'docs/specs', 'the editor value stays when the file\'s is refused');
    assert.equal(settings.checkCodeBlocks, true);
    assert.deepEqual(settings.severity, { 'rest.plural-collection': 'off' });
    assert.deepEqual(settings.authSpecs, ['auth/*.md']);
    const lines = problems.map(formatSettingsProblem);
    assert.equal(lines.length, 4, lines.join('\n'));
    assert.match(lines[0] ?? '', /^\.spec-architect\.json: "extra": unknown key; the known keys are specsRoot, /);
    assert.ok(lines.some((l) => /^\.spec-architect\.json: "specsRoot": "\.\.\/outside" is not allowed; write a folder inside the workspace folder/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /"severity\.auth\.missing": "loud" is not allowed; write one of off, hint, info, warning, error/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /"checkCodeBlocks": "yes" is not allowed; write true or false/.test(l)), lines.join('\n'));
  });

  it('refuses the workspace folder itself as the specs root, saying why', () => {
    for (const root of ['.', './', '', 'specs/./api']) {
      const { settings, problems } = resolveSettings(undefined, JSON.stringify({ specsRoot: root }));
      assert.equal(settings.specsRoot, 'specs', root);
      assert.equal(problems.length, 1, root);
    }
    const line = formatSettingsProblem(resolveSettings(undefined, '{ "specsRoot": "." }').problems[0] ?? { source: '', key: '', message: '' });
    assert.match(line, /"specsRoot": "\." is not allowed; write a folder inside the workspace folder.* The workspace folder itself cannot be the specs root: @specs\/ would then reach every file of the repository/);
  });

  it('names the editor setting when the bad value comes from the editor', () => {
    const { settings, problems } = resolveSettings({ specsRoot: '/etc', languages: 'markdown' }, undefined);
    assert.equal(settings.specsRoot, 'specs');
    assert.deepEqual(problems.map(formatSettingsProblem).map((l) => l.split(':')[0]), ['setting specArchitect.specsRoot', 'setting specArchitect.languages']);
  });

  it('keeps the defaults and says so when the file is not a JSON object', () => {
    assert.match(formatSettingsProblem(resolveSettings(undefined, '{ nope').problems[0] ?? { source: '', key: '', message: '' }), /^\.spec-architect\.json: is not valid JSON/);
    assert.equal(resolveSettings(undefined, '[1]').settings.specsRoot, 'specs');
  });

  it('reads .spec-architect.json through the host', async () => {
    const { settings } = await loadSettings(memoryHost({ '.spec-architect.json': '{ "specsRoot": "design/specs", "languages": ["markdown", "python"] }' }));
    assert.equal(settings.specsRoot, 'design/specs');
    assert.deepEqual(settings.languages, ['markdown', 'python']);
  });

  it('normalises the specs root one way', () => {
    for (const written of ['specs', 'specs/', './specs', '/specs/', ' specs ', '././specs']) assert.equal(normalizeSpecsRoot(written), 'specs', written);
    assert.equal(normalizeSpecsRoot('.'), '');
  });
});
