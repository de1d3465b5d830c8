import { strict as assert } from 'node:assert';
import type { SourceIndex, SourceRange } from '../../../../src/core/model';
import { runLintRules } from '../../../../src/core/lint/engine';
import { buildLintContext } from '../../../../src/core/lint/context';
import { context, design, resource, route, TASK_MODEL } from './build';

const FILE = 'specs/api/tasks.md';
const lines = (from: number, to: number): SourceRange => ({ start: { line: from, character: 0, offset: 0 }, end: { line: to, character: 0, offset: 0 } });

/**
 * Two routes without auth, placed at lines 2-4 and 6-8 of a text with the given comment lines,
 * and a third that states its auth (so the file is not one that states auth nowhere, which is reported once).
 */
function twoRoutes(text: string) {
  const a = route({ auth: undefined, path: '/api/tasks' });
  const b = route({ auth: undefined, method: 'POST', requestSchema: 'TaskCreate', responses: [{ status: 201 }] });
  const c = route({ path: '/api/tasks/{task_id}', errors: [401, 404, 422] });
  const sources: SourceIndex = new Map([
    [a, { file: FILE, range: lines(2, 4), parts: { heading: lines(2, 2) } as Record<string, SourceRange> }],
    [b, { file: FILE, range: lines(6, 8), parts: { heading: lines(6, 6) } }],
    [c, { file: FILE, range: lines(10, 12), parts: { heading: lines(10, 10), auth: lines(11, 11) } }],
  ]);
  return context(design([resource([a, b, c])]), { sources, texts: new Map([[FILE, text]]) });
}

describe('lint: engine, severities and suppressions', () => {
  it('reports each finding with its rule code, default severity, source and place', () => {
    const [first] = runLintRules(twoRoutes('# Tasks\n'));
    assert.deepEqual({ code: first?.code, severity: first?.severity, source: first?.source, file: first?.file, line: first?.range.start.line }, { code: 'auth.missing', severity: 'error', source: 'api-lint', file: FILE, line: 2 });
  });

  it('applies severity overrides and drops codes set to off', () => {
    const found = runLintRules(twoRoutes('# Tasks\n'), { 'auth.missing': 'hint' });
    assert.deepEqual(found.map((f) => f.severity), ['hint', 'hint']);
    assert.deepEqual(runLintRules(twoRoutes('# Tasks\n'), { 'auth.missing': 'off' }), []);
  });

  it('silences one code for the next route with disable-next-line', () => {
    const text = '# Tasks\n<!-- spec-architect-disable-next-line auth.missing -->\n## GET /api/tasks\n';
    assert.deepEqual(runLintRules(twoRoutes(text)).map((f) => `${f.code}@${f.range.start.line}`), ['auth.missing@6']);
  });

  it('does not silence other codes with disable-next-line', () => {
    const text = '# Tasks\n<!-- spec-architect-disable-next-line route.purpose-missing -->\n## GET /api/tasks\n';
    assert.equal(runLintRules(twoRoutes(text)).length, 2);
  });

  it('silences a code for the whole file with spec-architect-disable', () => {
    assert.deepEqual(runLintRules(twoRoutes('<!-- spec-architect-disable auth.missing -->\n')), []);
  });

  it('buildLintContext marks a resource owned when its database table has a user_id column', () => {
    const d = design([resource([route({ ownership: undefined })], { owned: false })]);
    const ctx = buildLintContext({ design: d, sources: new Map(), apiTexts: new Map([[FILE, '{"detail": "x"}']]), dbModels: [TASK_MODEL] });
    assert.deepEqual(runLintRules(ctx).map((f) => f.code), ['auth.ownership-missing']);
    assert.equal(d.resources[0]?.owned, false, 'the reader\'s model is not changed');
  });

  it('buildLintContext takes the other-user status from the auth spec and sees an error schema in any spec', () => {
    const d = design([resource([route()])]);
    const ctx = buildLintContext({ design: d, sources: new Map(), apiTexts: new Map([[FILE, '# Tasks']]), dbModels: [], authTexts: new Map([['specs/auth/jwt.md', "Reading another user's task answers 403."]]) });
    assert.equal(ctx.design.auth.ownership.otherUserStatus, 403);
    assert.equal(ctx.errorSchemaStated, false);
    assert.equal(buildLintContext({ design: d, sources: new Map(), apiTexts: new Map([[FILE, 'Errors: `{"detail": "Not found"}`']]), dbModels: [] }).errorSchemaStated, true);
  });
});
