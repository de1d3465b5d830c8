// `spec-architect init --agents [dir] [--dry-run]`: connects Claude Code,
// VS Code and Cursor to this CLI's MCP server and Claude Code to its hook, by
// merging entries into .mcp.json, .vscode/mcp.json, .cursor/mcp.json and
// .claude/settings.json. Prints each change as a diff first; existing keys are
// kept byte for byte and an existing entry is never replaced. The commands
// written start this very CLI (`node <path of cli.js>`), the one installed.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import * as nodePath from 'node:path';
import { connectPlan, type CliCommand } from '../agents/connectPlan';
import { unifiedDiff } from '../agents/unifiedDiff';
import { textDiff } from '../agents/workspaceChecks';
import { writableInside, writeInside } from './confinedWrite';
import { createNodeHost } from './nodeHost';
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
  await mkdir(folder, { recursive: true });
  const host = createNodeHost(folder);
  const read = (path: string): string | undefined => {
    try {
      return readFileSync(nodePath.join(folder, ...path.split('/')), 'utf8');
    } catch {
      return undefined;
    }
  };
  const plan = connectPlan(read, cli);
  let failed = false;
  for (const file of plan) {
    if (file.status === 'create' || file.status === 'update') {
      io.stdout.write(unifiedDiff(file.path, textDiff(file.before ?? '', file.after), file.before === undefined));
      if (dryRun) continue;
      if (!(await writableInside(host, file.path))) {
        io.stderr.write(`spec-architect init --agents: refused ${file.path}: it would be written outside ${folder} (a link leading out).\n`);
        failed = true;
        continue;
      }
      await writeInside(folder, file.path, file.after, file.status === 'create' ? 'create' : 'replace');
      io.stdout.write(`${file.status === 'create' ? 'created' : 'updated'} ${file.path}\n`);
    } else {
      io.stdout.write(`${file.path}: ${file.note}\n`);
      if (file.status === 'refused') failed = true;
    }
  }
  io.stdout.write(dryRun ? 'Nothing was written (--dry-run).\n' : `Coding agents connected in ${folder}: restart Claude Code, VS Code or Cursor to pick up the server.\n`);
  return failed ? 2 : 0;
}
