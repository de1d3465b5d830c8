// `spec-architect lint [dir] [--format text|json|sarif] [--fail-on severity]`:
// reference diagnostics and the API lint rules for one workspace folder,
// through the same spec service as the editor, with the folder's settings
// (`.spec-architect.json`: specsRoot, severity, languages, checkCodeBlocks, ...).
// The exit code is 1 when a finding is at or above the --fail-on severity
// (default error), so CI chooses how strict a job is without a config file.
// Hints (a reference written as an example, say) are left out unless --hints
// is given, as VS Code's Problems panel leaves them out: they are for the
// editor's faint underline, not for a CI log.
import * as nodePath from 'node:path';
import { createSpecService } from '../core/service';
import { createNodeHost } from './nodeHost';
import { formatJson, formatSarif, formatText, type OutputFormat } from './format';
import type { CliIo } from './run';
import { cliSettings } from './settings';

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
/** Least severe first; `never` fails on nothing. */
const FAIL_ON = ['hint', 'info', 'warning', 'error', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];
const USAGE = 'Usage: spec-architect lint [dir] [--format text|json|sarif] [--fail-on error|warning|info|hint|never] [--hints]';

/** The value of `--name value` or `--name=value` at args[i], and the index of the last argument it used. */
function optionValue(args: string[], i: number, name: string): { value: string | undefined; next: number } | undefined {
  const arg = args[i] ?? '';
  if (arg === name) return { value: args[i + 1], next: i + 1 };
  if (arg.startsWith(`${name}=`)) return { value: arg.slice(name.length + 1), next: i };
  return undefined;
}

/** Runs the lint subcommand; 1 when a finding reaches the --fail-on severity, 2 on bad usage. */
export async function runLint(args: string[], io: CliIo, version: string): Promise<number> {
  let dir: string | undefined;
  let format: OutputFormat = 'text';
  let failOn: FailOn = 'error';
  let hints = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const formatOption = optionValue(args, i, '--format');
    const failOption = optionValue(args, i, '--fail-on');
    if (formatOption) {
      if (!formatOption.value || !FORMATS.includes(formatOption.value as OutputFormat)) {
        io.stderr.write(`spec-architect lint: --format takes one of ${FORMATS.join(', ')}.\n`);
        return 2;
      }
      format = formatOption.value as OutputFormat;
      i = formatOption.next;
    } else if (failOption) {
      if (!failOption.value || !FAIL_ON.includes(failOption.value as FailOn)) {
        io.stderr.write(`spec-architect lint: --fail-on takes one of ${FAIL_ON.join(', ')}.\n`);
        return 2;
      }
      failOn = failOption.value as FailOn;
      i = failOption.next;
    } else if (arg === '--hints') {
      hints = true;
    } else if (arg.startsWith('-') || dir !== undefined) {
      io.stderr.write(`spec-architect lint: unexpected argument "${arg}". ${USAGE}\n`);
      return 2;
    } else dir = arg;
  }
  const root = nodePath.resolve(io.cwd, dir ?? '.');
  const host = createNodeHost(root);
  if ((await host.stat(''))?.kind !== 'directory') {
    io.stderr.write(`spec-architect lint: ${root} is not a folder; name the workspace folder to check.\n`);
    return 2;
  }
  // Nothing can be checked in a folder that cannot be listed: that is not a pass.
  if ((await host.readDirectory('')) === undefined) {
    io.stderr.write(`spec-architect lint: ${root} cannot be read (${(await host.unreadable?.('')) ?? 'unknown reason'}); nothing was checked. Run the check as a user who can read it.\n`);
    return 2;
  }
  const service = createSpecService({ host, settings: await cliSettings(host, io) });
  // Severities were applied once, by the service; the output is sorted by file and position.
  const all = await service.workspaceDiagnostics();
  const shown = hints || failOn === 'hint';
  const findings = shown ? all : all.filter((f) => f.severity !== 'hint');
  const hidden = all.length - findings.length;

  io.stdout.write(format === 'json' ? formatJson(findings) : format === 'sarif' ? formatSarif(findings, version) : formatText(findings));
  if (format === 'text') io.stderr.write(`${findings.length} finding${findings.length === 1 ? '' : 's'} in ${root}${hidden > 0 ? ` (and ${hidden} hint${hidden === 1 ? '' : 's'}: --hints shows them)` : ''}\n`);
  const threshold = FAIL_ON.indexOf(failOn);
  return findings.some((f) => FAIL_ON.indexOf(f.severity) >= threshold) ? 1 : 0;
}
