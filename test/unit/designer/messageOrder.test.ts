// Messages from the webview arrive while earlier ones are still awaiting (the
// review reads the files, saving the draft awaits workspace state): these
// tests send them without waiting, as the webview does, and check that
// Generate writes only the draft that was last reviewed.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DesignerController, type DesignerDeps } from '../../../src/vscode/designer/controller';
import { emptyDraft, generationPlan, validateDraft, type GenerationPlan } from '../../../src/core/designer';
import type { DraftDesign, HostMessage } from '../../../src/protocol/designerProtocol';

function fakeDeps(over: Partial<DesignerDeps> = {}) {
  const posted: HostMessage[] = [];
  const applied: GenerationPlan[] = [];
  const deps: DesignerDeps = {
    load: () => undefined,
    save: async () => undefined,
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
  return { deps, posted, applied };
}

const titled = (title: string): DraftDesign => ({ ...emptyDraft(), title });
const fingerprint = (d: DraftDesign): string => JSON.stringify(d);

describe('designer message order', () => {
  it('does not mark a draft reviewed that replaced the reviewed one while the review read the files', async () => {
    let release: () => void = () => undefined;
    const filesRead = new Promise<void>((resolve) => (release = resolve));
    const f = fakeDeps({ readApiFiles: async () => (await filesRead, []) });
    const controller = new DesignerController(f.deps);
    const reviewing = controller.handle({ type: 'requestPreview' });
    const changing = controller.handle({ type: 'draftChanged', draft: titled('Changed During Review'), step: 'review' });
    // Give the change every chance to run before the review's read finishes.
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await Promise.all([reviewing, changing]);
    assert.equal(controller.snapshot().draft.title, 'Changed During Review');
    const { draft, reviewed } = controller.snapshot();
    assert.notEqual(reviewed, JSON.stringify(draft));
    const result = await controller.generate();
    assert.ok('refused' in result && /Open Review first/.test(result.refused), JSON.stringify(result));
    assert.deepEqual(f.applied, []);
  });

  it('keeps an answered question in the draft, reviewed, when the user moves on before the answer\'s review has finished', async () => {
    const f = fakeDeps();
    const controller = new DesignerController(f.deps);
    const draft = titled('Tasks API');
    draft.resources.push({ name: 'tasks', title: 'Tasks', owned: false, routes: [{ method: 'GET', path: '/api/tasks', purpose: 'List tasks.', auth: 'jwt', ownership: 'none', params: [], responses: [{ status: 200 }], errors: [] }] });
    await controller.handle({ type: 'draftChanged', draft, step: 'review' });
    await controller.handle({ type: 'requestPreview' });
    // The webview sends both at once: the answer, then the move to Generate.
    await Promise.all([controller.handle({ type: 'answerQuestion', questionId: 'add-401', answer: 'yes' }), controller.handle({ type: 'stepChanged', step: 'generate' })]);
    const state = f.posted.filter((m) => m.type === 'state').at(-1);
    assert.ok(state?.type === 'state');
    assert.deepEqual([state.step, state.reviewed, state.draft.resources[0]?.routes[0]?.errors], ['generate', true, [401]]);
    assert.ok('written' in (await controller.generate()));
  });

  it('handles 1,000 interleaved draftChanged, requestPreview and generate messages in order: only the last reviewed draft is ever written', async function () {
    this.timeout(120_000);
    // Three valid drafts and one that is not a design (no title): each one's plan is known, so a write says which draft it was.
    const drafts = [titled('API'), titled('Alpha API'), titled('Beta API'), titled('')];
    const planOf = new Map<string, string>();
    for (const d of drafts) {
      const { design } = validateDraft(d);
      if (design) planOf.set(JSON.stringify(generationPlan(design, [], 'specs').plan), d.title);
    }
    const message = fc.oneof(
      fc.record({ type: fc.constant('draftChanged' as const), draft: fc.constantFrom(...drafts), step: fc.constant('review' as const) }),
      fc.constant({ type: 'requestPreview' as const }),
      fc.constant({ type: 'generate' as const }),
    );
    await fc.assert(
      // Each message is followed by a pause in which up to `ticks` of the host's pending awaits resolve, as when the user clicks again a moment later.
      fc.asyncProperty(fc.scheduler(), fc.array(fc.record({ m: message, ticks: fc.nat(3) }), { minLength: 1000, maxLength: 1000 }), async (s, arrivals) => {
        const messages = arrivals.map((a) => a.m);
        const written: string[] = [];
        const f = fakeDeps({
          // Every await of the host resolves when the scheduler says, in an order it picks.
          save: () => s.schedule(Promise.resolve()),
          readApiFiles: () => s.schedule(Promise.resolve([])),
          dbModels: () => s.schedule(Promise.resolve([])),
          apply: (plan) => s.schedule(Promise.resolve()).then(() => (written.push(planOf.get(JSON.stringify(plan)) ?? 'a plan of no known draft'), plan.creates.map((c) => c.file))),
        });
        const controller = new DesignerController(f.deps);
        // The same messages handled one after the other: what each generate must write.
        const expected: string[] = [];
        let current = emptyDraft();
        let reviewed: string | undefined;
        for (const m of messages) {
          if (m.type === 'draftChanged') {
            current = m.draft;
            if (fingerprint(current) !== reviewed) reviewed = undefined;
          } else if (validateDraft(current).design) {
            if (m.type === 'requestPreview') reviewed = fingerprint(current);
            else if (reviewed === fingerprint(current)) expected.push(current.title);
          }
        }
        const handled: Array<Promise<boolean>> = [];
        for (const { m, ticks } of arrivals) {
          handled.push(controller.handle(m));
          for (let i = 0; i < ticks && s.count() > 0; i++) await s.waitOne();
        }
        await s.waitFor(Promise.all(handled));
        assert.deepEqual(written, expected);
      }),
      // Shrinking a thousand messages takes minutes; the first failing run already shows the write that should not be.
      { numRuns: 3, endOnFailure: true },
    );
  });
});
