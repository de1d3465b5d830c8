// `spec-architect lint [dir] [--format text|json|sarif]`: reference
// diagnostics and the API lint rules for one workspace folder, through the
// same spec service as the editor, with the folder's settings
// (`.spec-architect.json`: specsRoot, severity, languages, checkCodeBlocks, ...).
import * as nodePath from 'node:path';
import { createSpecService } from '../core/service';
import { createNodeHost } from './nodeHost';
import { formatJson, formatSarif, formatText, type OutputFormat } from './format';
import type { CliIo } from './run';
import { cliSettings } from './settings';

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
  const service = createSpecService({ host, settings: await cliSettings(host, io) });
  // Severities were applied once, by the service; the output is sorted by file and position.
  const findings = await service.workspaceDiagnostics();

  io.stdout.write(format === 'json' ? formatJson(findings) : format === 'sarif' ? formatSarif(findings, version) : formatText(findings));
  if (format === 'text') io.stderr.write(`${findings.length} finding${findings.length === 1 ? '' : 's'} in ${root}\n`);
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
