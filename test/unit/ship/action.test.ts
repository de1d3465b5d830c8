// The GitHub Action as the README's workflow uses it: the `run` steps of
// action.yml executed with bash the way the runner does (`bash --noprofile
// --norc -eo pipefail`, the ${{ }} expressions replaced, GITHUB_OUTPUT per
// step), with the README's inputs, against examples/taskflow and a broken
// copy; the SARIF file is checked against the SARIF 2.1.0 schema and for what
// code scanning needs, and the exit codes for what fails the job. The CLI is
// the package packed from this checkout (the `package` input), since the
// release is not on the registry here.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { parse } from 'yaml';

// Bundled to out/test/unit/ship/, four levels below the repository.
const ROOT = path.resolve(__dirname, '../../../..');
const EXAMPLE = path.join(ROOT, 'examples/taskflow');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface ActionStep { id: string; shell: string; run: string; env?: Record<string, string> }
interface Action { inputs: Record<string, { default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: ActionStep[] } }
interface WorkflowStep { id?: string; uses?: string; if?: string; with?: Record<string, string> }
interface SarifLog { runs: Array<{ tool: { driver: { name: string; version: string } }; results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> }

/** The README's workflow: the yaml block that uploads with upload-sarif. */
function readmeWorkflow(): { steps: WorkflowStep[]; permissions: Record<string, string> } {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').filter((b) => b.includes('github/codeql-action/upload-sarif'));
  assert.equal(blocks.length, 1, 'the README has one workflow using upload-sarif');
  const workflow = parse(blocks[0] ?? '') as { permissions: Record<string, string>; jobs: Record<string, { steps: WorkflowStep[] }> };
  const jobs = Object.values(workflow.jobs);
  assert.equal(jobs.length, 1);
  return { steps: jobs[0]?.steps ?? [], permissions: workflow.permissions };
}

/** Replaces `${{ inputs.x }}`, `${{ steps.id.outputs.k }}` and `${{ github.action_path }}`; any other expression fails the test. */
function expand(text: string, inputs: Record<string, string>, outputs: Record<string, Record<string, string>>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expr);
    if (input) return inputs[input[1] ?? ''] ?? '';
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (output) return outputs[output[1] ?? '']?.[output[2] ?? ''] ?? '';
    if (expr === 'github.action_path') return ROOT;
    throw new Error(`action.yml uses an expression this test does not know: ${expr}`);
  });
}

interface ActionRun { code: number | null; log: string; outputs: Record<string, string> }

/** Runs every step of the composite action in `workspace` with `given` inputs over the defaults; stops at the first failing step, as the runner does. */
function runAction(action: Action, workspace: string, given: Record<string, string>, runnerTemp: string): ActionRun {
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = given[name] ?? spec.default ?? '';
  const outputs: Record<string, Record<string, string>> = {};
  let log = '';
  for (const step of action.runs.steps) {
    assert.equal(step.shell, 'bash');
    const outputFile = path.join(runnerTemp, `output-${step.id}`);
    writeFileSync(outputFile, '');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: runnerTemp,
      npm_config_offline: 'true',
      npm_config_update_notifier: 'false',
      npm_config_cache: path.join(runnerTemp, 'npm-cache'),
    };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expand(v, inputs, outputs);
    const script = path.join(runnerTemp, `step-${step.id}.sh`);
    writeFileSync(script, expand(step.run, inputs, outputs));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, encoding: 'utf8', timeout: 120_000 });
    log += `${r.stdout}${r.stderr}`;
    outputs[step.id] = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    if (r.status !== 0) return { code: r.status, log, outputs: actionOutputs(action, inputs, outputs) };
  }
  return { code: 0, log, outputs: actionOutputs(action, inputs, outputs) };
}

function actionOutputs(action: Action, inputs: Record<string, string>, outputs: Record<string, Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(action.outputs).map(([name, o]) => [name, expand(o.value, inputs, outputs)]));
}

describe('GitHub Action', function () {
  this.timeout(180_000);
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
  let work: string;
  let tarball: string;
  let readmeInputs: Record<string, string>;
  let sarifInput: string;

  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'spec-action-'));
    const pack = spawnSync(process.execPath, [path.join(ROOT, 'scripts/pack-cli.mjs'), '--out', path.join(work, 'stage'), '--pack', work], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    tarball = path.join(work, `spec-architect-${VERSION}.tgz`);

    const { steps, permissions } = readmeWorkflow();
    assert.equal(permissions['security-events'], 'write', 'upload-sarif needs security-events: write');
    assert.equal(steps[0]?.uses, 'actions/checkout@v4');
    const lintStep = steps.find((s) => /\/spec-architect@v/.test(s.uses ?? ''));
    assert.ok(lintStep?.id, 'the workflow runs this action in a step with an id');
    assert.equal(lintStep.uses?.split('@')[1], `v${VERSION}`, 'the workflow uses the action at this version');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'the workflow uploads with upload-sarif');
    assert.match(upload.if ?? '', /always\(\)/, 'the upload runs after a failed lint too');
    sarifInput = upload.with?.sarif_file ?? '';
    assert.equal(sarifInput, `\${{ steps.${lintStep.id}.outputs.report }}`);
    readmeInputs = { ...lintStep.with };
    for (const name of Object.keys(readmeInputs)) assert.ok(name in action.inputs, `the README passes an input action.yml does not declare: ${name}`);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  /** A workspace holding a copy of examples/taskflow at `sub` ('' for the root), a fresh runner temp, and the README's inputs. */
  function checkout(name: string, sub = ''): { workspace: string; project: string; temp: string } {
    const workspace = path.join(work, name);
    const project = path.join(workspace, sub);
    cpSync(EXAMPLE, project, { recursive: true });
    const temp = path.join(work, `${name}-temp`);
    mkdirSync(temp);
    return { workspace, project, temp };
  }

  const readSarif = (file: string): SarifLog => JSON.parse(readFileSync(file, 'utf8')) as SarifLog;

  it('passes on examples/taskflow and writes a valid SARIF log with no results where upload-sarif looks', () => {
    const { workspace, temp } = checkout('clean');
    const run = runAction(action, workspace, { ...readmeInputs, package: tarball }, temp);
    assert.equal(run.code, 0, run.log);
    assert.equal(run.outputs['exit-code'], '0');
    const report = path.join(workspace, run.outputs.report ?? '');
    assert.ok(existsSync(report), run.log);
    const log = readSarif(report);
    const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif-2.1.0.schema.json'), 'utf8')) as object;
    assert.ok(ajv.validate(schema, log), JSON.stringify(ajv.errors, null, 2));
    assert.equal(log.runs[0]?.tool.driver.name, 'spec-architect');
    assert.equal(log.runs[0]?.tool.driver.version, VERSION);
    assert.deepEqual(log.runs[0]?.results, []);
    assert.match(run.log, /^0 findings in /m);
  });

  it('fails on a broken copy (exit 1) and still writes the SARIF log naming the broken reference', () => {
    const { workspace, temp } = checkout('broken');
    appendFileSync(path.join(workspace, 'CLAUDE.md'), '\n- @specs/db/modles.md\n');
    const run = runAction(action, workspace, { ...readmeInputs, package: tarball }, temp);
    assert.equal(run.code, 1, run.log);
    assert.equal(run.outputs['exit-code'], '1');
    const results = readSarif(path.join(workspace, run.outputs.report ?? '')).runs[0]?.results ?? [];
    assert.deepEqual(results.map((r) => [r.ruleId, r.level, r.locations[0]?.physicalLocation.artifactLocation.uri]), [['ref.no-such-file', 'error', 'CLAUDE.md']]);
    assert.match(run.log, /^CLAUDE\.md:\d+:\d+ error ref\.no-such-file /m, 'the log shows the finding as text');
    assert.match(run.log, /::error::spec-architect: findings at or above "error"/);
  });

  it('makes SARIF paths relative to the repository when the folder is a subfolder', () => {
    const { workspace, project, temp } = checkout('nested', 'services/api');
    appendFileSync(path.join(project, 'CLAUDE.md'), '\n- @specs/db/modles.md\n');
    const run = runAction(action, workspace, { ...readmeInputs, folder: 'services/api', output: 'reports/specs.sarif', package: tarball }, temp);
    assert.equal(run.code, 1, run.log);
    assert.equal(run.outputs.report, 'reports/specs.sarif');
    const results = readSarif(path.join(workspace, 'reports/specs.sarif')).runs[0]?.results ?? [];
    assert.deepEqual(results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri), ['services/api/CLAUDE.md']);
  });

  it('fails on a warning only when fail-on is warning or less severe', () => {
    const { workspace, temp } = checkout('warning');
    appendFileSync(path.join(workspace, 'CLAUDE.md'), '\n- @specs/db/modles.md\n');
    writeFileSync(path.join(workspace, '.spec-architect.json'), JSON.stringify({ severity: { 'ref.no-such-file': 'warning' } }));
    const atError = runAction(action, workspace, { ...readmeInputs, package: tarball }, temp);
    assert.equal(atError.code, 0, atError.log);
    assert.equal(readSarif(path.join(workspace, atError.outputs.report ?? '')).runs[0]?.results[0]?.level, 'warning');
    const atWarning = runAction(action, workspace, { ...readmeInputs, 'fail-on': 'warning', package: tarball }, temp);
    assert.equal(atWarning.code, 1, atWarning.log);
  });

  it('installs spec-architect at the version of the action when no package is given (offline here, so the install fails)', () => {
    const { workspace, temp } = checkout('default-package');
    const run = runAction(action, workspace, { ...readmeInputs }, temp);
    assert.match(run.log, new RegExp(`^Installing spec-architect@${VERSION.replace(/\./g, '\\.')}$`, 'm'));
    assert.notEqual(run.code, 0, 'offline, the registry cannot be reached');
    assert.ok(!existsSync(path.join(workspace, 'spec-architect.sarif')));
  });

  it('stops with exit 2 and no report on an input the CLI refuses', () => {
    const { workspace, temp } = checkout('usage');
    const run = runAction(action, workspace, { ...readmeInputs, format: 'xml', package: tarball }, temp);
    assert.equal(run.code, 2, run.log);
    assert.match(run.log, /--format takes one of text, json, sarif/);
    assert.ok(!existsSync(path.join(workspace, 'spec-architect.sarif')));
  });
});
