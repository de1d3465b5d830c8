// `spec-architect lint [dir] [--format text|json|sarif]`: reference
// diagnostics (and the API lint rules) for one workspace folder.
import * as nodePath from 'node:path';
import type { Finding } from '../core/diagnostics/finding';
import { applySeverity } from '../core/diagnostics/finding';
import { parseWorkspaceConfig, WORKSPACE_CONFIG_FILE } from '../core/config';
import { buildIndex, diagnoseWorkspace } from '../core/references/api';
import { lintApiWorkspace } from '../core/lint';
import { createNodeHost } from './nodeHost';
import { formatJson, formatSarif, formatText, type OutputFormat } from './format';
import type { CliIo } from './run';

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

/** Runs the lint subcommand; 1 when any finding is an error, 2 on bad usage. */
export async function runLint(args: string[], io: CliIo, version: string): Promise<number> {
  let dir: string | undefined;
  let format: OutputFormat = 'text';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = arg.startsWith('--format=') ? arg.slice('--format='.length) : arg === '--format' ? args[++i] : undefined;
    if (arg === '--format' || arg.startsWith('--format=')) {
      if (!value || !FORMATS.includes(value as OutputFormat)) {
        io.stderr.write(`spec-architect lint: --format takes one of ${FORMATS.join(', ')}.\n`);
        return 2;
      }
      format = value as OutputFormat;
    } else if (arg.startsWith('-') || dir !== undefined) {
      io.stderr.write(`spec-architect lint: unexpected argument "${arg}". Usage: spec-architect lint [dir] [--format text|json|sarif]\n`);
      return 2;
    } else dir = arg;
  }
  const root = nodePath.resolve(io.cwd, dir ?? '.');
  const host = createNodeHost(root);
  if ((await host.stat(''))?.kind !== 'directory') {
    io.stderr.write(`spec-architect lint: ${root} is not a folder; name the workspace folder to check.\n`);
    return 2;
  }
  const configText = await host.readFile(WORKSPACE_CONFIG_FILE);
  const { config, problems } = configText === undefined ? { config: {}, problems: [] } : parseWorkspaceConfig(configText);
  for (const p of problems) io.stderr.write(`spec-architect lint: ${p}\n`);
  const specsRoot = config.specsRoot ?? 'specs';
  const severity = config.severity ?? {};

  const index = await buildIndex(host, { specsRoot });
  const findings: Finding[] = [
    ...diagnoseWorkspace(index, { severity, ignore: config.ignore }),
    ...(await lintApiWorkspace(host, { specsRoot, severity, databaseSpecs: config.databaseSpecs, authSpecs: config.authSpecs, apiSpecs: config.apiSpecs, ignore: config.ignore })),
  ].flatMap((f) => applySeverity(f, severity) ?? []);
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.range.start.offset - b.range.start.offset);

  io.stdout.write(format === 'json' ? formatJson(findings) : format === 'sarif' ? formatSarif(findings, version) : formatText(findings));
  if (format === 'text') io.stderr.write(`${findings.length} finding${findings.length === 1 ? '' : 's'} in ${root}\n`);
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
