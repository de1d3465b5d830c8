// `spec-architect generate <design.json> [--out dir] [--prune] [--delete-removed] [--dry-run]`:
// validates a JSON design and brings <dir>/<specsRoot>/api/*.md in line with
// it. Existing specs are updated through the partial update, which keeps
// every hand-written section the design does not own: a route the design
// does not name stays unless --prune, a description the design leaves empty
// keeps the specs' text, the file of a left-out resource is deleted only with
// --delete-removed and only when the writer generated it. Each file's report
// names the sections added, changed and removed; --dry-run prints the diff
// and writes nothing. Every target is checked before the first write.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { generationPlan, lineDiff, plannedFiles, readSpecFolder } from '../core/designer';
import { validateDesign } from '../core/model';
import { underSpecsRoot } from '../core/settings';
import { sectionChanges } from '../core/writer';
import { describeProblem } from './designProblems';
import { escapeControls } from './format';
import { createNodeHost, reasonOf } from './nodeHost';
import type { CliIo } from './run';
import { cliWriteSettings } from './settings';
import { unifiedDiff } from '../agents/unifiedDiff';
import { applySteps, checkSteps, failureLines, makeFolders, type WriteStep } from './writeTargets';

const USAGE = 'Usage: spec-architect generate <design.json> [--out dir] [--prune] [--delete-removed] [--dry-run]\n';

interface Args {
  design: string;
  out: string;
  deleteRemoved: boolean;
  prune: boolean;
  dryRun: boolean;
}

/** Runs the subcommand; 0 written (or already up to date), 2 usage, invalid design, refused path or failed write. */
export async function runGenerate(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const fail = (message: string): number => {
    io.stderr.write(`spec-architect generate: ${escapeControls(message)}\n`);
    return 2;
  };
  if (typeof args === 'string') return fail(`${args}\n${USAGE}`.trimEnd());
  const designPath = resolve(io.cwd, args.design);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(designPath, 'utf8'));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return fail(`${e.code === 'ENOENT' ? `${args.design} does not exist` : e.code ? `cannot read ${args.design} (${reasonOf(e)})` : `${args.design} is not valid JSON: ${e.message}`}.`);
  }
  const validation = validateDesign(raw);
  if (!validation.ok) {
    io.stderr.write(`spec-architect generate: ${args.design} is not a valid API design:\n`);
    for (const p of validation.problems) io.stderr.write(`  ${describeProblem(p)}\n`);
    return 2;
  }

  const folder = resolve(io.cwd, args.out);
  if (!args.dryRun) {
    const made = await makeFolders(folder).then(() => undefined, reasonOf);
    if (made) return fail(`cannot use ${folder} as the output folder (${made}); name a folder with --out.`);
  }
  const host = createNodeHost(folder);
  if ((await host.stat(''))?.kind !== 'directory' && !args.dryRun) return fail(`${folder} is not a folder; name a folder with --out.`);
  const settings = await cliWriteSettings(host, io, 'generate');
  if (!settings) return 2;
  const specsRoot = settings.specsRoot;
  const apiDir = underSpecsRoot(specsRoot, 'api');
  // The same reading and plan as the editor's API Designer (core/designer): a spec that is a link leading out of the specs root is never read, and refused below.
  const existing = await readSpecFolder(host, specsRoot);
  const { plan, outside } = generationPlan(validation.design, existing, specsRoot, { keep: { prune: args.prune, deleteRemoved: args.deleteRemoved } });

  const byPath = new Map(existing.map((f) => [f.path, f.text]));
  const steps: WriteStep[] = plannedFiles(plan, existing).flatMap((f): WriteStep[] =>
    f.status === 'new' ? [{ path: f.path, kind: 'create', text: f.after }] : f.status === 'changed' ? [{ path: f.path, kind: 'replace', text: f.after }] : f.status === 'deleted' ? [{ path: f.path, kind: 'delete' }] : []);
  const refused = [...outside.map((path) => ({ path, why: `it is outside ${apiDir}/` })), ...(await checkSteps(folder, host, specsRoot, steps.filter((s) => !outside.includes(s.path))))];
  if (refused.length > 0) {
    io.stderr.write('spec-architect generate: nothing was written:\n');
    for (const r of refused) io.stderr.write(`  ${escapeControls(r.path)}: ${r.why}\n`);
    return 2;
  }

  const report = (step: WriteStep): string[] => {
    if (step.kind === 'create') return [`created ${step.path}`];
    if (step.kind === 'delete') return [`deleted ${step.path}`];
    const c = sectionChanges(byPath.get(step.path) ?? '', step.text ?? '');
    const part = (word: string, list: string[]) => (list.length > 0 ? [`  ${word}: ${list.join('; ')}`] : []);
    return [`updated ${step.path}`, ...part('added', c.added), ...part('changed', c.changed), ...part('removed', c.removed)];
  };
  if (args.dryRun) {
    for (const step of steps) {
      for (const line of report(step)) io.stdout.write(`${escapeControls(line)}\n`);
      const diff = unifiedDiff(step.path, lineDiff(step.kind === 'create' ? '' : byPath.get(step.path) ?? '', step.kind === 'delete' ? '' : step.text ?? ''), step.kind === 'create');
      io.stdout.write(diff.split('\n').map(escapeControls).join('\n'));
    }
    io.stdout.write(steps.length > 0 ? `dry run: ${steps.length} file${steps.length === 1 ? '' : 's'} would change; nothing was written.\n` : `${resolve(folder, apiDir)} is up to date; nothing would be written.\n`);
    return 0;
  }
  const result = await applySteps(folder, steps);
  for (const step of result.done) for (const line of report(step)) io.stdout.write(`${escapeControls(line)}\n`);
  for (const k of plan.kept ?? []) {
    io.stdout.write(escapeControls(k.why === 'not-in-design' ? `kept ${k.file}: its resource is not in the design (pass --delete-removed to delete it)` : `kept ${k.file}: not a resource file the writer generated, so --delete-removed leaves it`) + '\n');
  }
  if (result.failed) {
    for (const line of failureLines('generate', result, steps)) io.stderr.write(`${escapeControls(line)}\n`);
    return 2;
  }
  const deleted = steps.filter((s) => s.kind === 'delete').length;
  const written = steps.length - deleted;
  const summary = [...(written > 0 ? [`${written} files written`] : []), ...(deleted > 0 ? [`${deleted} deleted`] : [])].join(', ');
  io.stdout.write(summary ? `${summary} in ${resolve(folder, apiDir)}.\n` : `${resolve(folder, apiDir)} is up to date; nothing was written.\n`);
  return 0;
}

function parseArgs(argv: string[]): Args | string {
  let design: string | undefined;
  const args = { out: '.', deleteRemoved: false, prune: false, dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--out' || flag === '-o') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return `${flag} needs a folder.`;
      args.out = value;
    } else if (arg === '--delete-removed') args.deleteRemoved = true;
    else if (arg === '--prune') args.prune = true;
    else if (arg === '--dry-run') args.dryRun = true;
    else if (arg.startsWith('-')) return `unknown option "${arg}".`;
    else if (design !== undefined) return `unexpected argument "${arg}".`;
    else design = arg;
  }
  return design === undefined ? 'name the design file, e.g. spec-architect generate design.json.' : { design, ...args };
}
