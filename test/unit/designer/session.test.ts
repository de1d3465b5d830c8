// The designer session without the webview: as the CLI's `generate` drives it
// (a design given whole, no dialog: files of removed resources kept), and the
// snapshots it works on.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DesignerSession, emptyDraft, type DesignerHost, type GenerationPlan, type SessionEvent } from '../../../src/core/designer';
import { readApiSpecs } from '../../../src/core/reader';

function host(over: Partial<DesignerHost> = {}) {
  const events: SessionEvent[] = [];
  const applied: GenerationPlan[] = [];
  const h: DesignerHost = {
    load: () => undefined,
    save: async () => undefined,
    emit: (e) => void events.push(e),
    isTrusted: () => true,
    specsRoot: () => 'specs',
    readApiFiles: async () => [],
    dbModels: async () => [],
    apply: async (plan) => (applied.push(plan), [...new Set([...plan.edits.map((e) => e.file), ...plan.creates.map((c) => c.file)]), ...plan.deletes]),
    decideDeletes: async () => 'cancel',
    ...over,
  };
  return { host: h, events, applied };
}

const taskflow = (): Array<{ path: string; text: string }> => {
  const dir = join(process.cwd(), 'examples/taskflow/specs/api');
  return readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((n) => ({ path: `specs/api/${n}`, text: readFileSync(join(dir, n), 'utf8') }));
};

describe('designer session', () => {
  it('generates a design given whole and keeps the files of resources it leaves out when the host says keep', async () => {
    const disk = taskflow();
    const design = readApiSpecs(disk).design;
    design.resources = design.resources.filter((r) => r.name !== 'users');
    const f = host({ readApiFiles: async () => disk, decideDeletes: async () => 'keep' });
    const session = new DesignerSession(f.host);
    void session.changeDraft(design, 'review');
    void session.review();
    const result = await session.generate();
    assert.ok('kept' in result, JSON.stringify(result));
    assert.deepEqual(result.kept, ['specs/api/users.md']);
    assert.ok(result.written.includes('specs/api/README.md') && !result.written.includes('specs/api/users.md'));
    assert.deepEqual(f.applied.map((p) => p.deletes), [[]]);
    assert.equal(f.events.filter((e) => e.type === 'error').length, 0);
  });

  it('reviews the draft it was given, not the caller\'s object changed afterwards', async () => {
    const f = host();
    const session = new DesignerSession(f.host);
    const draft = { ...emptyDraft(), title: 'Reviewed API' };
    await session.changeDraft(draft, 'review');
    await session.review();
    draft.title = 'Changed API';
    const result = await session.generate();
    assert.ok('written' in result, JSON.stringify(result));
    assert.match(f.applied[0]?.creates.find((c) => c.file === 'specs/api/README.md')?.content ?? '', /^# Reviewed API/m);
  });
});
