// The real-world level run as a process, on a small corpus of our own
// (test/fixtures/realworld/corpus) with labels written into a temp folder:
// it skips honestly without a corpus, passes at its baseline, fails and names
// the figure when a label turns wrong or a finding has no label, and a
// --record on worse figures leaves the baseline as it was.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

// Bundled to out/test/unit/realworld/, four levels below the repository.
const ROOT = path.resolve(__dirname, '../../../..');
const CORPUS = path.join(ROOT, 'test/fixtures/realworld/corpus');

describe('real-world level', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'spec-realworld-'));
    mkdirSync(path.join(dir, 'labels'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function run(script: string, corpus: string, ...args: string[]) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'out/test/harness', script), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, SPEC_ARCHITECT_CORPUS: corpus, SPEC_ARCHITECT_REALWORLD_DIR: dir },
    });
    return { code: r.status, out: r.stdout + r.stderr };
  }
  const labelsFile = () => path.join(dir, 'labels', readdirSync(path.join(dir, 'labels'))[0] ?? 'none');
  const readLabels = () => JSON.parse(readFileSync(labelsFile(), 'utf8')) as { verdict: string; why: string }[];
  const writeLabels = (labels: unknown[]) => writeFileSync(labelsFile(), JSON.stringify(labels));

  /** Stubs for every finding, each marked right, and the baseline recorded. */
  function allRightAndRecorded(): void {
    assert.equal(run('realworld-unlabelled.js', CORPUS, '--stubs').code, 0);
    const labels = readLabels();
    assert.ok(labels.length > 0, 'the fixture corpus gives findings');
    writeLabels(labels.map((l) => ({ ...l, verdict: 'right', why: 'test label' })));
    const recorded = run('run-realworld.js', CORPUS, '--record');
    assert.equal(recorded.code, 0, recorded.out);
  }

  it('says "skipped: no corpus" and passes as skipped when the corpus is missing', () => {
    const r = run('run-realworld.js', path.join(dir, 'no-such-corpus'));
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /skipped: no corpus/);
    const summary = JSON.parse(readFileSync(path.join(dir, 'test-results/summary-realworld.json'), 'utf8'));
    assert.deepEqual(summary, { level: 'realworld', passed: 0, failed: 0, skipped: 'no corpus' });
  });

  it('passes at its baseline and fails, naming the figure, when a label turns wrong', () => {
    allRightAndRecorded();
    assert.equal(run('run-realworld.js', CORPUS).code, 0);
    const baseline = readFileSync(path.join(dir, 'baseline.json'), 'utf8');
    const labels = readLabels();
    writeLabels([{ ...labels[0], verdict: 'wrong' }, ...labels.slice(1)]);
    const r = run('run-realworld.js', CORPUS, '--record');
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /FAIL overall precision/);
    assert.match(r.out, /not recorded/);
    assert.equal(readFileSync(path.join(dir, 'baseline.json'), 'utf8'), baseline);
  });

  it('counts a finding without a label against precision and lists it', () => {
    allRightAndRecorded();
    writeLabels(readLabels().slice(1));
    const r = run('run-realworld.js', CORPUS);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /FAIL overall precision/);
    assert.match(r.out, /FAIL labelled findings/);
    assert.match(r.out, /unlabelled findings/);
  });
});
