// The real-world measure's arithmetic: how a finding is keyed (it keeps its
// label when unrelated lines move, loses it when it moves), what counts
// against precision, how reviewer problems are matched, and that the ratchet
// fails on a worse figure and never lowers a recorded one.
import { strict as assert } from 'node:assert';
import { keyFindings, keyOf, lineHash, normaliseRoute, type RawFinding } from '../../realworld/labelKey';
import type { Label, Problem } from '../../realworld/labels';
import { measure } from '../../realworld/measure';
import { compare, currentFigures, raised } from '../../realworld/ratchet';

function finding(line: number, code: string, message = `GET /api/notes/{note_id} ${code}`): RawFinding {
  return { repo: 'acme__notes', file: 'specs/api/notes.md', line, column: 1, code, message, severity: 'warning' };
}

function keyed(lines: string[], findings: RawFinding[]) {
  return keyFindings(findings, (f) => lines[f.line - 1] ?? '');
}

function label(f: ReturnType<typeof keyed>[number], verdict: Label['verdict']): Label {
  return { ...keyOf(f), verdict, why: 'a reason' };
}

describe('real-world measure', () => {
  const spec = ['# Notes', '', '## GET /api/notes/{note_id}', 'Reads a note.'];

  it('keeps a finding\'s key when unrelated lines move, and changes it when the finding moves', () => {
    const [before] = keyed(spec, [finding(3, 'errors.404-missing')]);
    const [shifted] = keyed(['<!-- a new line -->', ...spec], [finding(4, 'errors.404-missing')]);
    const [moved] = keyed(spec, [finding(4, 'errors.404-missing')]);
    assert.deepEqual(keyOf(shifted!), keyOf(before!));
    assert.notDeepEqual(keyOf(moved!), keyOf(before!));
    assert.equal(before!.hash, lineHash('## GET /api/notes/{note_id}'));
    assert.match(before!.hash, /^[0-9a-f]{12}$/);
  });

  it('numbers findings of one code on lines with the same text, and keeps findings on one line apart by route', () => {
    const lines = ['- 401: no token', '- 401: no token'];
    const ks = keyed(lines, [finding(2, 'errors.404-missing'), finding(1, 'errors.404-missing')]);
    assert.deepEqual(ks.map((k) => [k.line, k.n]), [[1, 0], [2, 1]]);
    const shared = keyed(lines, [finding(1, 'auth.missing', 'POST /api/notes: says nothing'), finding(1, 'auth.missing', 'GET /api/notes does not say')]);
    assert.deepEqual(shared.map((k) => [k.route, k.n]), [['GET /api/notes', 0], ['POST /api/notes', 0]]);
    const reworded = keyed(lines, [finding(1, 'auth.missing', 'POST /api/notes names no rule'), finding(1, 'auth.missing', 'GET /api/notes names no rule')]);
    assert.deepEqual(reworded.map((k) => keyOf(k)), shared.map((k) => keyOf(k)));
  });

  it('counts wrong, noise, unlabelled and todo stubs against precision', () => {
    const ks = keyed(spec, [finding(1, 'a.rule'), finding(2, 'a.rule'), finding(3, 'a.rule'), finding(4, 'a.rule'), finding(3, 'b.rule')]);
    const labels = [label(ks[0]!, 'right'), label(ks[1]!, 'wrong'), label(ks[2]!, 'noise'), label(ks[4]!, 'todo')];
    const f = measure(ks, labels, []);
    assert.equal(f.overall.precision, 1 / 5);
    assert.equal(f.perRule['a.rule']?.precision, 1 / 4);
    assert.equal(f.unlabelled.length, 2);
    assert.equal(f.labelled, 3);
  });

  it('lists a right label whose finding is gone', () => {
    const [k] = keyed(spec, [finding(3, 'a.rule')]);
    const f = measure([], [label(k!, 'right')], []);
    assert.equal(f.stale.length, 1);
  });

  it('counts a right label as still claimed when one finding for many routes names its route, and not otherwise', () => {
    const [k] = keyed(spec, [finding(3, 'errors.404-missing')]);
    const once = (routes: string[]) => keyed(spec, [{ ...finding(1, 'errors.404-missing', '2 routes of this file address a row by its path'), routes }]);
    const claimed = measure(once(['GET /api/notes/{id}', 'DELETE /api/notes/{id}']), [label(k!, 'right')], []);
    assert.equal(claimed.rightClaimed, 1);
    assert.equal(claimed.stale.length, 0);
    const elsewhere = measure(once(['DELETE /api/notes/{id}']), [label(k!, 'right')], []);
    assert.equal(elsewhere.rightClaimed, 0);
    assert.equal(elsewhere.stale.length, 1);
    // A right label on the file itself (no route) is claimed by such a finding too.
    const fileLevel: Label = { repo: 'acme__notes', file: 'specs/api/notes.md', code: 'errors.404-missing', line: 'abc', n: 0, verdict: 'right', why: 'a reason' };
    assert.equal(measure(once(['DELETE /api/notes/{id}']), [fileLevel], []).rightClaimed, 1);
    assert.equal(measure(keyed(spec, [finding(3, 'errors.404-missing')]), [fileLevel], []).rightClaimed, 0);
    // And such a finding catches a reviewer's problem on each route it names.
    const problem: Problem = { id: 'p', repo: 'acme__notes', file: 'specs/api/notes.md', codes: ['errors.404-missing'], route: 'DELETE /api/notes/{note_id}', what: 'missing 404' };
    assert.equal(measure(once(['DELETE /api/notes/{id}']), [], [problem]).recall, 1);
  });

  it('matches a problem by file, code and route, whatever the parameter is called', () => {
    assert.equal(normaliseRoute('get /api/notes/{id}/'), normaliseRoute('GET /api/notes/:note_id'));
    const ks = keyed(spec, [finding(3, 'errors.404-missing', 'GET /api/notes/{note_id}: addresses a row by its path')]);
    const problem = (codes: string[], route?: string): Problem => ({ id: 'p', repo: 'acme__notes', file: 'specs/api/notes.md', codes, route, what: 'missing 404' });
    assert.equal(measure(ks, [], [problem(['errors.404-missing'], 'GET /api/notes/{id}')]).recall, 1);
    assert.equal(measure(ks, [], [problem(['errors.404-missing'], 'DELETE /api/notes/{id}')]).recall, 0);
    assert.equal(measure(ks, [], [problem(['auth.missing'])]).recall, 0);
  });

  it('fails a worse figure, passes a rule that reports nothing now, and never lowers the baseline', () => {
    const ks = keyed(spec, [finding(3, 'a.rule'), finding(4, 'a.rule')]);
    const good = measure(ks, [label(ks[0]!, 'right'), label(ks[1]!, 'right')], []);
    const worse = measure(ks, [label(ks[0]!, 'right'), label(ks[1]!, 'wrong')], []);
    const best = { ...currentFigures(good), rulePrecision: { 'a.rule': 1, 'gone.rule': 0.9 } };
    const failed = compare(currentFigures(worse), best, worse).filter((c) => !c.ok).map((c) => c.name);
    assert.deepEqual(failed, ['overall precision', 'right findings still claimed', 'precision of a.rule']);
    assert.ok(compare(currentFigures(good), best, good).every((c) => c.ok));
    assert.equal(raised(currentFigures(worse), best)?.overallPrecision ?? best.overallPrecision, 1);
    assert.equal(raised(currentFigures(good), best), undefined);
  });
});
