// The wizard's draft schema is derived from the model (src/core/model/draft.ts):
// it must keep every property of the design, accept what the user is still
// typing, and share the model's limits where the wizard never lets a value be
// typed freely (status codes).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ApiDesign, DRAFT_LIMITS, DraftDesign } from '../../../src/core/model';
import { emptyDraft } from '../../../src/core/designer';
import { DraftDesign as ProtocolDraft } from '../../../src/protocol/designerProtocol';
import { arbitraryDesign } from '../../support/designArbitrary';

function withRoute(status: number): unknown {
  const d = emptyDraft();
  d.resources.push({ name: 'tasks', title: 'Tasks', owned: true, routes: [{ method: 'GET', path: '/api/tasks', purpose: 'List tasks.', auth: 'jwt', params: [], responses: [{ status }], errors: [status] }] });
  return d;
}

describe('designer draft schema', () => {
  it('is the one the protocol carries', () => {
    assert.equal(ProtocolDraft, DraftDesign);
  });

  it('keeps every property of every valid design, unchanged', () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const parsed = DraftDesign.safeParse(design);
        assert.ok(parsed.success, JSON.stringify(parsed.error?.issues[0]));
        // zod drops properties a schema does not name: a property missing from the draft would be lost here.
        // (Through JSON: the arbitrary builds some objects without a prototype.)
        assert.deepEqual(JSON.parse(JSON.stringify(parsed.data)), JSON.parse(JSON.stringify(design)));
      }),
      { numRuns: 50 },
    );
  });

  it('accepts values the user is still typing, which the model refuses', () => {
    const d = withRoute(200) as ReturnType<typeof emptyDraft>;
    const route = d.resources[0]?.routes[0];
    assert.ok(route);
    route.path = 'api/ta';
    route.purpose = '';
    d.title = '';
    d.auth.tokenLifetimeMinutes = 0;
    assert.equal(DraftDesign.safeParse(d).success, true);
    assert.equal(ApiDesign.safeParse(d).success, false);
  });

  it('takes status codes from 100 to 599, as the model does', () => {
    for (const status of [100, 200, 599]) assert.equal(DraftDesign.safeParse(withRoute(status)).success, true, String(status));
    for (const status of [0, 99, 600, 999]) assert.equal(DraftDesign.safeParse(withRoute(status)).success, false, String(status));
  });

  it('limits every text and every list', () => {
    const long = { ...emptyDraft(), title: 'x'.repeat(DRAFT_LIMITS.text + 1) };
    assert.equal(DraftDesign.safeParse(long).success, false);
    const many = emptyDraft();
    many.errors.catalog = Array.from({ length: (DRAFT_LIMITS.lists.catalog ?? 0) + 1 }, (_, i) => ({ status: 400 + (i % 100), meaning: 'Error' }));
    assert.equal(DraftDesign.safeParse(many).success, false);
  });
});
