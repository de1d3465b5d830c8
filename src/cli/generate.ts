// `spec-architect generate <design.json> [--out dir]`: validates a JSON design
// against the ApiDesign schema and writes <dir>/<specsRoot>/api/*.md with the
// writer. Existing API specs are updated through the partial update, so
// hand-written text outside the changed sections is kept. Nothing is written
// outside the target folder, and nothing at all when any path would be.
// The file of a resource the design no longer has is deleted only with
// --delete-removed: a design file written by hand may simply leave a resource
// out, and a deleted spec is not undoable from a terminal.
import { mkdir, readFile, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { applyEdits, generationPlan } from '../core/designer';
import { validateDesign } from '../core/model';
import { writableInside, writeInside } from './confinedWrite';
import { describeProblem } from './designProblems';
import { createNodeHost } from './nodeHost';
import type { CliIo } from './run';
import { cliSettings } from './settings';

const USAGE = 'Usage: spec-architect generate <design.json> [--out dir] [--delete-removed]\n';

interface Args {
  design: string;
  out: string;
  deleteRemoved: boolean;
}

/** Runs the subcommand; 0 written (or already up to date), 2 usage, invalid design or refused path. */
export async function runGenerate(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr.write(`spec-architect generate: ${args}\n${USAGE}`);
    return 2;
  }
  const designPath = resolve(io.cwd, args.design);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(designPath, 'utf8'));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    io.stderr.write(`spec-architect generate: ${e.code === 'ENOENT' ? `${args.design} does not exist` : e.code ? `cannot read ${args.design}: ${e.message}` : `${args.design} is not valid JSON: ${e.message}`}.\n`);
    return 2;
  }
  const validation = validateDesign(raw);
  if (!validation.ok) {
    io.stderr.write(`spec-architect generate: ${args.design} is not a valid API design:\n`);
    for (const p of validation.problems) io.stderr.write(`  ${describeProblem(p)}\n`);
    return 2;
  }

  const folder = resolve(io.cwd, args.out);
  await mkdir(folder, { recursive: true });
  const host = createNodeHost(folder);
  const specsRoot = (await cliSettings(host, io)).specsRoot;
  const apiDir = `${specsRoot}/api`;
  // The confined host answers a link leading out as missing: it is never read, and refused below.
  const names = ((await host.readDirectory(apiDir)) ?? []).filter(([name, kind]) => kind === 'file' && name.endsWith('.md')).map(([name]) => name).sort();
  const existing: Array<{ path: string; text: string }> = [];
  for (const name of names) {
    const text = await host.readFile(`${apiDir}/${name}`);
    if (text !== undefined) existing.push({ path: `${apiDir}/${name}`, text });
  }
  const { plan, outside } = generationPlan(validation.design, existing, specsRoot);
  const deletes = args.deleteRemoved ? plan.deletes : [];
  const targets = [...new Set([...plan.creates.map((c) => c.file), ...plan.edits.map((e) => e.file), ...deletes])];
  const refused = [...outside];
  for (const path of targets) if (!refused.includes(path) && !(await writableInside(host, path))) refused.push(path);
  if (refused.length > 0) {
    io.stderr.write(`spec-architect generate: nothing was written: ${refused.join(', ')} would be written outside ${folder} or ${apiDir}/ (a path or a link leading out).\n`);
    return 2;
  }

  const byPath = new Map(existing.map((f) => [f.path, f.text]));
  const lines: string[] = [];
  for (const c of plan.creates) {
    if ((await writeInside(folder, c.file, c.content, 'create')) === 'exists') {
      io.stderr.write(`spec-architect generate: ${c.file} exists but could not be read (a link leading out?); it was left alone.\n`);
      return 2;
    }
    lines.push(`created ${c.file}`);
  }
  for (const path of new Set(plan.edits.map((e) => e.file))) {
    const before = byPath.get(path) ?? '';
    const after = applyEdits(before, plan.edits.filter((e) => e.file === path));
    if (after === before) continue;
    await writeInside(folder, path, after, 'replace');
    lines.push(`updated ${path}`);
  }
  for (const path of deletes) {
    await unlink(join(folder, ...path.split('/')));
    lines.push(`deleted ${path}`);
  }
  for (const line of lines) io.stdout.write(`${line}\n`);
  for (const path of args.deleteRemoved ? [] : plan.deletes) io.stdout.write(`kept ${path}: its resource is not in the design (pass --delete-removed to delete it)\n`);
  const written = lines.length - deletes.length;
  const summary = [...(written > 0 ? [`${written} files written`] : []), ...(deletes.length > 0 ? [`${deletes.length} deleted`] : [])].join(', ');
  io.stdout.write(summary ? `${summary} in ${resolve(folder, apiDir)}.\n` : `${resolve(folder, apiDir)} is up to date; nothing was written.\n`);
  return 0;
}

function parseArgs(argv: string[]): Args | string {
  let design: string | undefined;
  let out = '.';
  let deleteRemoved = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--out' || flag === '-o') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return `${flag} needs a folder.`;
      out = value;
    } else if (arg === '--delete-removed') deleteRemoved = true;
    else if (arg.startsWith('-')) return `unknown option "${arg}".`;
    else if (design !== undefined) return `unexpected argument "${arg}".`;
    else design = arg;
  }
  return design === undefined ? 'name the design file, e.g. spec-architect generate design.json.' : { design, out, deleteRemoved };
}
