// `spec-architect init [dir]`: copies the starter templates into
// <dir>/<specsRoot>/ (specsRoot from .spec-architect.json, else `specs`).
// Files that exist are never overwritten; what was created and skipped is
// printed. Every file is checked before the first is written.
import { resolve } from 'node:path';
import { planInitialize } from '../core/templates';
import { escapeControls } from './format';
import { reasonOf } from './nodeHost';
import { applySteps, checkSteps, failureLines, makeFolders, type WriteStep } from './writeTargets';
import { createNodeHost } from './nodeHost';
import type { CliIo } from './run';
import { cliWriteSettings } from './settings';
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
  const made = await makeFolders(folder).then(() => undefined, reasonOf);
  if (made) {
    io.stderr.write(`spec-architect init: cannot use ${escapeControls(folder)} as the workspace folder (${made}); name a folder.\n`);
    return 2;
  }
  const host = createNodeHost(folder);
  const settings = await cliWriteSettings(host, io, 'init');
  if (!settings) return 2;
  const plan = await planInitialize(templates, settings.specsRoot, host);
  for (const path of plan.refused) io.stderr.write(`spec-architect init: refused ${escapeControls(path)}: it would be written outside ${plan.specsRoot}/ (a link or a path leading out).\n`);
  if (plan.refused.length > 0) {
    io.stderr.write('spec-architect init: nothing was written.\n');
    return 2;
  }
  // Every file is checked before the first is written, so a refusal writes nothing.
  const steps = plan.create.map((f): WriteStep => ({ path: f.path, kind: 'create', text: f.content }));
  const problems = await checkSteps(folder, host, plan.specsRoot, steps);
  if (problems.length > 0) {
    io.stderr.write('spec-architect init: nothing was written:\n');
    for (const p of problems) io.stderr.write(`  ${escapeControls(p.path)}: ${p.why}\n`);
    return 2;
  }
  const result = await applySteps(folder, steps);
  for (const step of result.done) io.stdout.write(`created ${escapeControls(step.path)}\n`);
  for (const path of plan.skipped) io.stdout.write(`skipped ${escapeControls(path)} (exists, left as it was)\n`);
  if (result.failed) {
    for (const line of failureLines('init', result, steps)) io.stderr.write(`${escapeControls(line)}\n`);
    return 2;
  }
  io.stdout.write(`${result.done.length} created, ${plan.skipped.length} skipped in ${escapeControls(resolve(folder, plan.specsRoot))}.\n`);
  return 0;
}
