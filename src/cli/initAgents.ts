// `spec-architect init --agents [dir] [--dry-run]`: connects Claude Code,
// VS Code and Cursor to this CLI's MCP server and Claude Code to its hook, by
// merging entries into .mcp.json, .vscode/mcp.json, .cursor/mcp.json and
// .claude/settings.json. Prints each change as a diff first; existing keys are
// kept byte for byte and an existing entry is never replaced. The commands
// written start this very CLI (`node <path of cli.js>`), the one installed.
// Every file is checked before the first is written (cli/writeTargets): a
// link leading out of the folder, a folder in the way or a file that cannot
// be written refuses the whole run, and nothing is written.
import { readFileSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { connectPlan, type CliCommand } from '../agents/connectPlan';
import { unifiedDiff } from '../agents/unifiedDiff';
import { lineDiff } from '../core/designer';
import { escapeControls } from './format';
import { createNodeHost, reasonOf } from './nodeHost';
import { applySteps, checkSteps, failureLines, makeFolders, type WriteStep } from './writeTargets';
import type { CliIo } from './run';

const USAGE = 'Usage: spec-architect init --agents [dir] [--dry-run]\n';

/** `node <this cli.js>`: dist/cli.js beside this bundle. */
export function installedCli(): CliCommand {
  return { command: 'node', args: [nodePath.resolve(__dirname, 'cli.js')] };
}

export async function runInitAgents(argv: string[], io: CliIo, cli: CliCommand = installedCli()): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  const rest = argv.filter((a) => a !== '--dry-run');
  if (rest.some((a) => a.startsWith('-')) || rest.length > 1) {
    io.stderr.write(`spec-architect init --agents: unexpected argument "${rest.find((a) => a.startsWith('-')) ?? rest[1]}".\n${USAGE}`);
    return 2;
  }
  const folder = nodePath.resolve(io.cwd, rest[0] ?? '.');
  if (!dryRun) {
    const made = await makeFolders(folder).then(() => undefined, reasonOf);
    if (made) {
      io.stderr.write(`spec-architect init --agents: cannot use ${escapeControls(folder)} as the workspace folder (${made}); name a folder.\n`);
      return 2;
    }
  }
  const host = createNodeHost(folder);
  const read = (path: string): string | undefined => {
    const abs = nodePath.join(folder, ...path.split('/'));
    try {
      // Only a regular file is read: a FIFO of that name would block the read forever.
      return statSync(abs).isFile() ? readFileSync(abs, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  };
  const plan = connectPlan(read, cli);
  let failed = false;
  const steps: WriteStep[] = [];
  for (const file of plan) {
    if (file.status === 'create' || file.status === 'update') {
      io.stdout.write(unifiedDiff(file.path, lineDiff(file.before ?? '', file.after), file.before === undefined));
      steps.push({ path: file.path, kind: file.status === 'create' ? 'create' : 'replace', text: file.after });
    } else {
      io.stdout.write(`${file.path}: ${file.note}\n`);
      if (file.status === 'refused') failed = true;
    }
  }
  if (dryRun) {
    io.stdout.write('Nothing was written (--dry-run).\n');
    return failed ? 2 : 0;
  }
  // The files are the workspace folder's own (root ''): inside it after links, or refused.
  const refused = await checkSteps(folder, host, '', steps);
  if (refused.length > 0) {
    io.stderr.write('spec-architect init --agents: nothing was written:\n');
    for (const r of refused) io.stderr.write(`  ${escapeControls(r.path)}: ${r.why}\n`);
    return 2;
  }
  const result = await applySteps(folder, steps);
  for (const step of result.done) io.stdout.write(`${step.kind === 'create' ? 'created' : 'updated'} ${step.path}\n`);
  if (result.failed) {
    for (const line of failureLines('init --agents', result, steps)) io.stderr.write(`${escapeControls(line)}\n`);
    return 2;
  }
  io.stdout.write(`Coding agents connected in ${folder}: restart Claude Code, VS Code or Cursor to pick up the server.\n`);
  return failed ? 2 : 0;
}
