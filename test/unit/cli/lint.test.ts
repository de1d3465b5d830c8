// The lint subcommand run as a process, the way CI runs it (node dist/cli.js;
// `npm run build` first).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';

// Bundled to out/test/unit/cli/, four levels below the repository.
const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const EXAMPLE = path.join(ROOT, 'examples/taskflow');

function lint(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'lint', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BROKEN = [
  ['@specs/db/modles.md', 'ref.no-such-file'],
  ['@specs/db/models.md#nope', 'ref.no-such-heading'],
  ['@specs/nothere/', 'ref.no-such-folder'],
  ['@specs/api/*.yaml', 'ref.glob-no-match'],
  ['@specs/../secret.md', 'ref.outside-root'],
  ['@specs/DB/models.md', 'ref.case-mismatch'],
  ['@specs/api/tasks.md', 'ref.no-such-route'],
] as const;

describe('CLI lint', function () {
  this.timeout(20000);
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'spec-lint-'));
    cpSync(EXAMPLE, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on the example workspace', () => {
    const r = lint(EXAMPLE);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
  });

  it('exits 1 on a copy with broken tokens and names each one with file:line:column and code', () => {
    appendFileSync(path.join(dir, 'CLAUDE.md'), `\n${BROKEN.map(([t]) => `- ${t}${t === '@specs/api/tasks.md' ? ' GET /api/nothing' : ''}`).join('\n')}\n`);
    writeFileSync(path.join(dir, 'backend/app/extra.py'), '# Per @specs/api/users.md#nothing\n');
    const r = lint(dir);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    const base = readFileSync(path.join(EXAMPLE, 'CLAUDE.md'), 'utf8').split('\n').length;
    BROKEN.forEach(([token, code], i) => {
      assert.ok(lines.some((l) => l.startsWith(`CLAUDE.md:${base + 1 + i}:3 `) && l.includes(` ${code} `) && l.includes(token.replace('@specs/', '').split('#')[0] ?? '')), `${token} ${code}\n${r.stdout}`);
    });
    assert.ok(lines.includes('backend/app/extra.py:1:7 error ref.no-such-heading No heading "#nothing" in @specs/api/users.md. Its headings: #users-api, #get-apiusersme, #schemas, #userread.'), r.stdout);
    assert.equal(lines.length, BROKEN.length + 1);
  });

  it('exits 2 naming a folder that does not exist, without a stack trace', () => {
    const r = lint(path.join(dir, 'no-such-folder'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no-such-folder is not a folder/);
    assert.doesNotMatch(r.stderr, /ENOENT|\n\s+at /);
  });

  it('never follows a symlink out of the specs root', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'spec-outside-'));
    writeFileSync(path.join(outside, 'secret.md'), '# Secret\n');
    symlinkSync(outside, path.join(dir, 'specs/linked'));
    appendFileSync(path.join(dir, 'CLAUDE.md'), '\n@specs/linked/secret.md#secret\n');
    const r = lint(dir, '--format', 'json');
    rmSync(outside, { recursive: true, force: true });
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout).map((f: { code: string }) => f.code), ['ref.outside-root']);
  });

  it('--format json lists findings with 1-based positions', () => {
    appendFileSync(path.join(dir, 'CLAUDE.md'), '\n@specs/nope.md\n');
    const r = lint(dir, '--format=json');
    const [f] = JSON.parse(r.stdout);
    assert.equal(f.code, 'ref.no-such-file');
    assert.equal(f.column, 1);
    assert.equal(f.file, 'CLAUDE.md');
  });

  it('--format sarif is valid SARIF 2.1.0 with rule ids, regions and fixes', () => {
    appendFileSync(path.join(dir, 'CLAUDE.md'), `\n${BROKEN.map(([t]) => t).join(' ')}\n`);
    const r = lint(dir, '--format', 'sarif');
    const log = JSON.parse(r.stdout);
    const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif-2.1.0.schema.json'), 'utf8'));
    const valid = ajv.validate(schema, JSON.parse(r.stdout) as object);
    assert.ok(valid, JSON.stringify(ajv.errors, null, 2));
    // The schema does reject a malformed log: a level SARIF does not define.
    const wrong = JSON.parse(r.stdout);
    wrong.runs[0].results[0].level = 'fatal';
    assert.equal(ajv.validate(schema, wrong), false);
    const results = log.runs[0].results;
    assert.ok(results.every((x: { ruleId: string }) => log.runs[0].tool.driver.rules.some((rule: { id: string }) => rule.id === x.ruleId)));
    assert.equal(results[0].locations[0].physicalLocation.region.startColumn > 0, true);
    assert.ok(results.some((x: { fixes?: unknown[] }) => x.fixes?.length));
  });

  it('takes severities from .spec-architect.json and exits 2 on bad usage', () => {
    appendFileSync(path.join(dir, 'CLAUDE.md'), '\n@specs/DB/models.md @specs/nope.md\n');
    writeFileSync(path.join(dir, '.spec-architect.json'), JSON.stringify({ severity: { 'ref.no-such-file': 'warning' } }));
    const r = lint(dir);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /warning ref\.no-such-file/);
    assert.equal(lint(dir, '--format', 'xml').code, 2);
    assert.equal(lint(dir, 'extra-arg').code, 2);
    assert.equal(lint(path.join(dir, 'missing')).code, 2);
  });

  it('--fail-on sets the least severe finding that exits 1: a warning passes at error, fails at warning; never passes on errors', () => {
    appendFileSync(path.join(dir, 'CLAUDE.md'), '\n- @specs/db/modles.md\n');
    assert.equal(lint(dir).code, 1);
    assert.equal(lint(dir, '--fail-on', 'never').code, 0);
    writeFileSync(path.join(dir, '.spec-architect.json'), JSON.stringify({ severity: { 'ref.no-such-file': 'warning' } }));
    assert.equal(lint(dir).code, 0);
    assert.equal(lint(dir, '--fail-on=warning').code, 1);
    assert.equal(lint(dir, '--fail-on', 'hint').code, 1);
    const bad = lint(dir, '--fail-on', 'fatal');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--fail-on takes one of hint, info, warning, error, never/);
  });

  it('leaves hints out unless --hints (or --fail-on hint) is given, and says how many it left out', () => {
    appendFileSync(path.join(dir, 'CLAUDE.md'), '\nWrite new specs as @specs/features/new-feature.md.\n');
    const quiet = lint(dir);
    assert.doesNotMatch(quiet.stdout, /new-feature/);
    assert.match(quiet.stderr, /and 1 hint: --hints shows them/);
    const shown = lint(dir, '--hints');
    assert.match(shown.stdout, /hint ref\.no-such-file .*new-feature.*placeholder/);
    assert.match(lint(dir, '--hints', '--format', 'json').stdout, /"severity": "hint"/);
    assert.equal(lint(dir, '--fail-on', 'hint').code, 1);
  });

  it('follows languages and checkCodeBlocks from .spec-architect.json', () => {
    writeFileSync(path.join(dir, 'backend/app/extra.py'), '# Per @specs/nope-python.md\n');
    appendFileSync(path.join(dir, 'CLAUDE.md'), '\n```text\n@specs/nope-fenced.md\n```\n');
    const before = lint(dir, '--format', 'json');
    const files = (r: { stdout: string }) => (JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file).sort();
    assert.deepEqual(files(before), ['CLAUDE.md', 'backend/app/extra.py'], before.stdout);
    writeFileSync(path.join(dir, '.spec-architect.json'), JSON.stringify({ languages: ['markdown'], checkCodeBlocks: false }));
    const after = lint(dir, '--format', 'json');
    assert.equal(after.code, 0, after.stdout + after.stderr);
    assert.deepEqual(files(after), []);
  });

  it('reads the specs from the specsRoot of .spec-architect.json and names a bad key once', () => {
    cpSync(path.join(dir, 'specs'), path.join(dir, 'design/specs'), { recursive: true });
    rmSync(path.join(dir, 'specs'), { recursive: true, force: true });
    writeFileSync(path.join(dir, '.spec-architect.json'), JSON.stringify({ specsRoot: 'design/specs', checkCodeBlocks: 'no' }));
    const r = lint(dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal((r.stderr.match(/checkCodeBlocks/g) ?? []).length, 1, r.stderr);
    assert.match(r.stderr, /\.spec-architect\.json: "checkCodeBlocks": "no" is not allowed; write true or false/);
  });
});
