// `spec-architect export-openapi [dir] [--out file] [--format json|yaml]`:
// reads <dir>/<specsRoot>/api/*.md and prints or writes the OpenAPI 3.1 document.
import { stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { OpenApiFormat } from '../core/openapi';
import { createSpecService } from '../core/service';
import { escapeControls } from './format';
import { createNodeHost, reasonOf } from './nodeHost';
import { makeFolders } from './writeTargets';
import type { CliIo } from './run';
import { cliSettings } from './settings';

interface Args {
  dir: string;
  out?: string;
  format?: OpenApiFormat;
}

/** Runs the subcommand; returns the exit code (0 written, 2 usage error or nothing to export). */
export async function runExportOpenapi(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr.write(`spec-architect export-openapi: ${args}\nUsage: spec-architect export-openapi [dir] [--out file] [--format json|yaml]\n`);
    return 2;
  }
  const folder = resolve(io.cwd, args.dir);
  const host = createNodeHost(folder);
  if ((await host.stat(''))?.kind !== 'directory') {
    io.stderr.write(`spec-architect export-openapi: ${folder} is not a folder; name the workspace folder that holds the specs.\n`);
    return 2;
  }
  const settings = await cliSettings(host, io);
  const specsRoot = settings.specsRoot;
  // Without --format, a .yaml/.yml output file asks for YAML.
  const format = args.format ?? (args.out !== undefined && /\.ya?ml$/i.test(args.out) ? 'yaml' : 'json');
  const result = await createSpecService({ host, settings }).exportOpenApi(format);
  if (result === undefined) {
    io.stderr.write(`spec-architect export-openapi: no API specs in ${resolve(folder, specsRoot, 'api')} (expected *.md files).\n`);
    return 2;
  }
  for (const why of result.skipped) io.stderr.write(`spec-architect export-openapi: ${escapeControls(why)}\n`);
  if (args.out === undefined) {
    io.stdout.write(result.text);
    return 0;
  }
  const target = resolve(io.cwd, args.out);
  // The file is named by the user, anywhere; what can go wrong there is said in one line.
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isFile()) {
    io.stderr.write(`spec-architect export-openapi: ${escapeControls(target)} is ${existing.isDirectory() ? 'a folder' : 'not a regular file'}; name a file with --out, e.g. --out ${escapeControls(join(args.out, 'openapi.json'))}.\n`);
    return 2;
  }
  try {
    await makeFolders(dirname(target));
    await writeFile(target, result.text, 'utf8');
  } catch (error) {
    io.stderr.write(`spec-architect export-openapi: ${escapeControls(target)} could not be written (${reasonOf(error)}); name a file in a folder you can write with --out. Nothing was written.\n`);
    return 2;
  }
  io.stderr.write(`spec-architect: wrote ${target} (${result.routes} routes from ${result.files.length} files).\n`);
  return 0;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { dir: '.' };
  let dirSeen = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--out' || flag === '-o' || flag === '--format') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return `${flag} needs a value.`;
      if (flag === '--format') {
        if (value !== 'json' && value !== 'yaml') return `--format must be json or yaml, not "${value}".`;
        args.format = value;
      } else if (value !== '-') args.out = value; // `--out -` is standard output, as in most CLIs.
    } else if (arg.startsWith('-')) {
      return `unknown option "${arg}".`;
    } else if (dirSeen) {
      return `unexpected argument "${arg}".`;
    } else {
      args.dir = arg;
      dirSeen = true;
    }
  }
  return args;
}
