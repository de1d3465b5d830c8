// The Review panel's messages reach the same controller as the side bar's:
// thousands of junk and near-miss messages (paths the last review did not
// name, steps that do not exist, wrong types) are all dropped, none throws,
// and none changes the draft, saves, posts, writes or shows anything.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DesignerController, type DesignerDeps, type ViewAction } from '../../../src/vscode/designer/controller';
import type { GenerationPlan } from '../../../src/core/designer';
import type { HostMessage } from '../../../src/protocol/designerProtocol';

const dir = join(process.cwd(), 'examples/taskflow/specs/api');
const disk = readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((n) => ({ path: `specs/api/${n}`, text: readFileSync(join(dir, n), 'utf8') }));

function fakeDeps() {
  const posted: HostMessage[] = [];
  const saved: unknown[] = [];
  const applied: GenerationPlan[] = [];
  const shown: ViewAction[] = [];
  const deps: DesignerDeps = {
    load: () => undefined,
    save: async (v) => void saved.push(v),
    post: (m) => void posted.push(m),
    log: () => undefined,
    isTrusted: () => true,
    specsRoot: () => 'specs',
    readApiFiles: async () => disk,
    dbModels: async () => [],
    apply: async (plan) => (applied.push(plan), plan.creates.map((c) => c.file)),
    confirmDeletes: async () => true,
    show: async (a) => void shown.push(a),
  };
  return { deps, posted, saved, applied, shown };
}

/** A controller with the example imported, one route changed and reviewed, and the records emptied. */
async function reviewedController() {
  const f = fakeDeps();
  const controller = new DesignerController(f.deps);
  await controller.handle({ type: 'importSpecs' });
  const draft = structuredClone(controller.snapshot().draft);
  const first = draft.resources.find((r) => r.name === 'tasks')?.routes[0];
  assert.ok(first);
  first.purpose = 'List the tasks the caller may see.';
  await controller.handle({ type: 'draftChanged', draft, step: 'review' });
  await controller.handle({ type: 'requestPreview' });
  const preview = f.posted.filter((m) => m.type === 'preview').at(-1);
  assert.ok(preview?.type === 'preview');
  for (const list of [f.posted, f.saved, f.applied, f.shown]) list.length = 0;
  return { f, controller, files: preview.files };
}

describe('Review panel messages', () => {
  it('drops thousands of junk and near-miss panel messages without throwing, changing the draft or showing anything', async () => {
    const { f, controller, files } = await reviewedController();
    const reviewed = new Set(files.map((x) => x.path));
    const before = controller.snapshot();
    const notReviewed = fc.string({ maxLength: 300 }).filter((p) => !reviewed.has(p));
    const junk = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom('openDiff', 'openFile'), path: notReviewed }),
      fc.record({ type: fc.constantFrom('openDiff', 'openFile'), path: fc.constantFrom('../../etc/passwd', '/etc/passwd', 'specs/api/../../.ssh/id_rsa', 'specs\\api\\tasks.md', '', 'SPECS/API/TASKS.MD') }),
      fc.record({ type: fc.constantFrom('openDiff', 'openFile'), path: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string()), fc.string({ minLength: 10_001, maxLength: 10_050 })) }),
      fc.record({ type: fc.constant('showStep'), step: fc.oneof(fc.string().filter((s) => !['start', 'resources', 'schemas', 'auth', 'errors', 'review', 'generate'].includes(s)), fc.integer(), fc.constant(null)) }),
      fc.record({ type: fc.constantFrom('openReview', 'openProblems', 'generate', 'requestPreview').map((t) => ` ${t}`) }),
      fc.record({ type: fc.constant('answerQuestion'), questionId: fc.oneof(fc.integer(), fc.constant(undefined)), answer: fc.anything() }),
      fc.record({ type: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty') }),
    );
    await fc.assert(
      fc.asyncProperty(junk, async (raw) => {
        assert.equal(await controller.handle(raw), false, JSON.stringify(raw)?.slice(0, 200));
      }),
      { numRuns: 4000 },
    );
    assert.deepEqual(controller.snapshot(), before);
    assert.deepEqual(f.saved, []);
    assert.deepEqual(f.posted, []);
    assert.deepEqual(f.applied, []);
    assert.deepEqual(f.shown, []);
  });

  it('shows the diff of a reviewed file and opens only files the review or Generate named', async () => {
    const { f, controller, files } = await reviewedController();
    const tasks = files.find((x) => x.path === 'specs/api/tasks.md');
    assert.equal(tasks?.status, 'changed');
    assert.equal(await controller.handle({ type: 'openDiff', path: 'specs/api/tasks.md' }), true);
    assert.deepEqual(f.shown, [{ type: 'openDiff', file: tasks }]);
    assert.equal(controller.proposedText('specs/api/tasks.md'), tasks?.text);
    assert.match(controller.proposedText('specs/api/tasks.md') ?? '', /List the tasks the caller may see\./);
    assert.equal(await controller.handle({ type: 'openFile', path: 'specs/api/tasks.md' }), true);
    assert.equal(await controller.handle({ type: 'openFile', path: 'specs/db/models.md' }), false);
    await controller.generate();
    assert.deepEqual(f.shown.map((a) => a.type), ['openDiff', 'openFile']);
    assert.deepEqual(f.applied.length, 1);
  });

  it('a problem\'s link opens its step without changing the draft', async () => {
    const { f, controller } = await reviewedController();
    const draft = controller.snapshot().draft;
    assert.equal(await controller.handle({ type: 'showStep', step: 'auth' }), true);
    assert.equal(controller.snapshot().step, 'auth');
    assert.deepEqual(controller.snapshot().draft, draft);
    assert.deepEqual(f.shown, [{ type: 'showStep', step: 'auth' }]);
    assert.equal(f.posted.at(-1)?.type, 'state');
  });
});
