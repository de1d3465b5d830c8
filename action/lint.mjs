// The lint step of action.yml: prints the findings as text in the job's log,
// writes the report in the chosen format, makes SARIF paths relative to the
// repository (code scanning resolves them against the checkout, while the CLI
// writes them relative to the linted folder), sets the step's outputs and
// exits with the lint's code (1 when a finding reaches fail-on).
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

const cli = process.env.SPEC_ARCHITECT_CLI;
const folder = process.env.INPUT_FOLDER || '.';
const format = process.env.INPUT_FORMAT || 'sarif';
const output = process.env.INPUT_OUTPUT || 'spec-architect.sarif';
const failOn = process.env.INPUT_FAIL_ON || 'error';
const workspace = process.env.GITHUB_WORKSPACE || process.cwd();

if (!cli) {
  process.stdout.write('::error::spec-architect: the CLI was not installed (no SPEC_ARCHITECT_CLI); see the install step above.\n');
  process.exit(2);
}

/** Every `artifactLocation.uri` in the log, prefixed with the folder's path in the repository. */
function rebase(node, prefix) {
  if (Array.isArray(node)) node.forEach((n) => rebase(n, prefix));
  else if (node && typeof node === 'object') {
    if (node.artifactLocation && typeof node.artifactLocation.uri === 'string') node.artifactLocation.uri = `${prefix}/${node.artifactLocation.uri}`;
    Object.values(node).forEach((n) => rebase(n, prefix));
  }
}

const lint = (args, stdout) => spawnSync(cli, ['lint', folder, ...args], { cwd: workspace, encoding: 'utf8', stdio: ['ignore', stdout, 'inherit'], maxBuffer: 1 << 30 });

// The log: text, whatever the report's format, and never failing here.
if (format !== 'text') lint(['--format', 'text', '--fail-on', 'never'], 'inherit');
const report = lint(['--format', format, '--fail-on', failOn], 'pipe');
const code = report.status ?? 2;
if (code !== 2) {
  let text = report.stdout;
  const prefix = relative(workspace, resolve(workspace, folder)).split(sep).join('/');
  if (format === 'sarif' && prefix !== '') {
    const log = JSON.parse(text);
    rebase(log.runs, prefix);
    text = `${JSON.stringify(log, null, 2)}\n`;
  }
  if (format === 'text') process.stdout.write(text);
  const path = resolve(workspace, output);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  process.stdout.write(`spec-architect: wrote ${output}\n`);
}
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `report=${output}\nexit-code=${code}\n`);
if (code === 1) process.stdout.write(`::error::spec-architect: findings at or above "${failOn}" in ${folder}; see the log above and the report ${output}.\n`);
process.exit(code);
