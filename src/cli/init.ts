// `spec-architect init [dir]`: copies the starter templates into
// <dir>/<specsRoot>/ (specsRoot from .spec-architect.json, else `specs`).
// Files that exist are never overwritten; what was created and skipped is
// printed.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { planInitialize } from '../core/templates';
import { writeInside } from './confinedWrite';
import { createNodeHost } from './nodeHost';
import type { CliIo } from './run';
import { cliSettings } from './settings';
import { readTemplates, templatesCandidates, templatesFolder } from './templates';

const USAGE = 'Usage: spec-architect init [dir]\n';

/** Runs the subcommand; 0 when every template was created or already there, 2 otherwise. */
export async function runInit(argv: string[], io: CliIo): Promise<number> {
  const options = argv.filter((a) => a.startsWith('-'));
  const positional = argv.filter((a) => !a.startsWith('-'));
  if (options.length > 0 || positional.length > 1) {
    io.stderr.write(`spec-architect init: ${options.length > 0 ? `unknown option "${options[0]}"` : `unexpected argument "${positional[1]}"`}.\n${USAGE}`);
    return 2;
  }
  const templatesDir = templatesFolder();
  if (templatesDir === undefined) {
    io.stderr.write(`spec-architect init: the starter templates are not installed: no specs-templates/ folder in ${templatesCandidates().join(' or ')}. Install the CLI as a package (npm install spec-architect), which ships specs-templates/ beside dist/cli.js.\n`);
    return 2;
  }
  let templates: Map<string, string>;
  try {
    templates = await readTemplates(templatesDir);
  } catch (error) {
    io.stderr.write(`spec-architect init: cannot read the templates in ${templatesDir}: ${(error as Error).message}\n`);
    return 2;
  }
  const folder = resolve(io.cwd, positional[0] ?? '.');
  await mkdir(folder, { recursive: true });
  const host = createNodeHost(folder);
  const plan = await planInitialize(templates, (await cliSettings(host, io)).specsRoot, host);

  const created: string[] = [];
  const skipped = [...plan.skipped];
  for (const file of plan.create) {
    if ((await writeInside(folder, file.path, file.content, 'create')) === 'written') created.push(file.path);
    else skipped.push(file.path);
  }
  for (const path of created) io.stdout.write(`created ${path}\n`);
  for (const path of skipped) io.stdout.write(`skipped ${path} (exists, left as it was)\n`);
  for (const path of plan.refused) io.stderr.write(`spec-architect init: refused ${path}: it would be written outside ${plan.specsRoot}/ (a link or a path leading out).\n`);
  io.stdout.write(`${created.length} created, ${skipped.length} skipped in ${resolve(folder, plan.specsRoot)}.\n`);
  return plan.refused.length > 0 ? 2 : 0;
}
