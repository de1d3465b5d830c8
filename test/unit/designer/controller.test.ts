import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DesignerController, type DesignerDeps, type StoredDraft } from '../../../src/vscode/designer/controller';
import { emptyDraft, type GenerationPlan } from '../../../src/core/designer';
import type { HostMessage } from '../../../src/protocol/designerProtocol';
import { readApiSpecs } from '../../../src/core/reader';
import { applyPlan } from '../../support/updateCheck';

function fakeDeps(over: Partial<DesignerDeps> = {}) {
  const posted: HostMessage[] = [];
  const saved: Array<StoredDraft | undefined> = [];
  const applied: GenerationPlan[] = [];
  const deps: DesignerDeps = {
    load: () => undefined,
    save: async (v) => void saved.push(v),
    post: (m) => void posted.push(m),
    log: () => undefined,
    isTrusted: () => true,
    specsRoot: () => 'specs',
    readApiFiles: async () => [],
    dbModels: async () => [],
    apply: async (plan) => (applied.push(plan), plan.creates.map((c) => c.file)),
    confirmDeletes: async () => true,
    show: async () => undefined,
    ...over,
  };
  return { deps, posted, saved, applied };
}

const validTypes = new Set(['ready', 'draftChanged', 'stepChanged', 'requestPreview', 'answerQuestion', 'generate', 'importSpecs', 'discardDraft']);

describe('designer host message handler', () => {
  it('rejects thousands of random and malformed messages without throwing or changing state', async () => {
    const f = fakeDeps();
    const controller = new DesignerController(f.deps);
    const before = controller.snapshot();
    const malformed = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.string().filter((t) => !validTypes.has(t)) }),
      fc.record({ type: fc.constantFrom('draftChanged'), draft: fc.anything(), step: fc.anything() }),
      fc.record({ type: fc.constantFrom('draftChanged'), draft: fc.constant({ ...emptyDraft(), resources: 'x' }), step: fc.constantFrom('review') }),
      fc.record({ type: fc.constantFrom('answerQuestion'), questionId: fc.oneof(fc.integer(), fc.constant(null)), answer: fc.anything() }),
      fc.record({ type: fc.constantFrom('__proto__', 'constructor', 'toString') }),
    );
    await fc.assert(
      fc.asyncProperty(malformed, async (raw) => {
        assert.equal(await controller.handle(raw), false);
      }),
      { numRuns: 3000 },
    );
    assert.deepEqual(controller.snapshot(), before);
    assert.deepEqual(f.saved, []);
    assert.deepEqual(f.posted, []);
    assert.deepEqual(f.applied, []);
  });

  it('answers ready with the full state and keeps a changed draft', async () => {
    const f = fakeDeps();
    const controller = new DesignerController(f.deps);
    assert.equal(await controller.handle({ type: 'ready' }), true);
    assert.equal(f.posted[0]?.type, 'state');
    const draft = { ...emptyDraft(), title: 'Taskflow API' };
    await controller.handle({ type: 'draftChanged', draft, step: 'auth' });
    assert.equal(f.saved.at(-1)?.draft.title, 'Taskflow API');
    assert.equal(new DesignerController({ ...f.deps, load: () => f.saved.at(-1) }).snapshot().step, 'auth');
  });

  it('generates only after review, only when trusted, and not after a later change', async () => {
    let trusted = false;
    const f = fakeDeps({ isTrusted: () => trusted });
    const controller = new DesignerController(f.deps);
    assert.match(JSON.stringify(await controller.generate()), /trusted workspace/);
    trusted = true;
    assert.match(JSON.stringify(await controller.generate()), /Review first/);
    await controller.handle({ type: 'requestPreview' });
    const preview = f.posted.find((m) => m.type === 'preview');
    assert.deepEqual(preview?.type === 'preview' && preview.files.map((x) => x.path), ['specs/api/README.md', 'specs/api/errors.md']);
    await controller.handle({ type: 'draftChanged', draft: { ...emptyDraft(), title: 'Other' }, step: 'generate' });
    assert.match(JSON.stringify(await controller.generate()), /Review first/);
    await controller.handle({ type: 'requestPreview' });
    assert.deepEqual(await controller.generate(), { written: ['specs/api/README.md', 'specs/api/errors.md'] });
    assert.equal(f.applied.length, 1);
  });

  it('carries removals made in the wizard to disk: the file of a removed resource is deleted, a removed route leaves its file and the index', async () => {
    const dir = join(process.cwd(), 'examples/taskflow/specs/api');
    const disk = readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((n) => ({ path: `specs/api/${n}`, text: readFileSync(join(dir, n), 'utf8') }));
    const f = fakeDeps({ readApiFiles: async () => disk, apply: async (plan) => (f.applied.push(plan), [...new Set([...plan.edits.map((e) => e.file), ...plan.creates.map((c) => c.file)]), ...plan.deletes]) });
    const controller = new DesignerController(f.deps);
    await controller.handle({ type: 'importSpecs' });
    const draft = structuredClone(controller.snapshot().draft);
    draft.resources = draft.resources.filter((r) => r.name !== 'users');
    const tasks = draft.resources.find((r) => r.name === 'tasks');
    assert.ok(tasks);
    tasks.routes = tasks.routes.filter((r) => !(r.method === 'DELETE' && r.path === '/api/tasks/{task_id}'));
    await controller.handle({ type: 'draftChanged', draft, step: 'review' });
    await controller.handle({ type: 'requestPreview' });
    const preview = f.posted.filter((m) => m.type === 'preview').at(-1);
    assert.ok(preview?.type === 'preview');
    assert.deepEqual(Object.fromEntries(preview.files.map((x) => [x.path, x.status])), { 'specs/api/README.md': 'changed', 'specs/api/errors.md': 'unchanged', 'specs/api/shares.md': 'unchanged', 'specs/api/tasks.md': 'changed', 'specs/api/users.md': 'deleted' });
    assert.ok(preview.files.find((x) => x.path === 'specs/api/users.md')?.diff.every((l) => l.kind === 'removed'));
    await controller.generate();
    const plan = f.applied[0];
    assert.ok(plan);
    assert.deepEqual(plan.deletes, ['specs/api/users.md']);
    const after = readApiSpecs(applyPlan(disk, plan)).design;
    assert.deepEqual(after.resources.map((r) => r.name), ['shares', 'tasks']);
    assert.ok(!after.resources.find((r) => r.name === 'tasks')?.routes.some((r) => r.method === 'DELETE' && r.path === '/api/tasks/{task_id}'));
    assert.ok(!applyPlan(disk, plan).find((x) => x.path === 'specs/api/README.md')?.text.includes('/api/users/me'));
    const state = f.posted.filter((m) => m.type === 'state').at(-1);
    assert.match(state?.type === 'state' ? (state.notice ?? '') : '', /^Wrote specs\/api\/README\.md, specs\/api\/tasks\.md\. Deleted specs\/api\/users\.md/);
  });

  it('asks before deleting the file of a resource the draft dropped, and writes nothing when the user keeps it', async () => {
    const dir = join(process.cwd(), 'examples/taskflow/specs/api');
    const disk = readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((n) => ({ path: `specs/api/${n}`, text: readFileSync(join(dir, n), 'utf8') }));
    const asked: string[][] = [];
    const f = fakeDeps({ readApiFiles: async () => disk, confirmDeletes: async (paths) => (asked.push(paths), false) });
    const controller = new DesignerController(f.deps);
    await controller.handle({ type: 'importSpecs' });
    const draft = structuredClone(controller.snapshot().draft);
    draft.resources = draft.resources.filter((r) => r.name !== 'users');
    await controller.handle({ type: 'draftChanged', draft, step: 'review' });
    await controller.handle({ type: 'requestPreview' });
    const result = await controller.generate();
    assert.deepEqual(asked, [['specs/api/users.md']]);
    assert.equal(f.applied.length, 0);
    assert.ok('refused' in result && /^Nothing was written: Generate would delete specs\/api\/users\.md, which you kept\./.test(result.refused), JSON.stringify(result));
    assert.equal(f.posted.filter((m) => m.type === 'generated').length, 0);
  });
});
