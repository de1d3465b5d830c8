// `spec-architect mcp [dir] [--allow-write]`: the Model Context Protocol
// server over standard input and output. Read-only unless --allow-write;
// even then it writes only API specs under the specs root. Diagnostics go to
// standard error: standard output carries the protocol only.
import { resolve } from 'node:path';
import { statSync } from 'node:fs';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import { WorkspaceChecks } from '../../agents/workspaceChecks';
import type { CliIo } from '../run';
import { createSpecServer } from './server';

const USAGE = 'Usage: spec-architect mcp [dir] [--allow-write]\n';

/** Runs until the client closes standard input; 2 on bad usage. */
export async function runMcp(argv: string[], io: CliIo, version: string): Promise<number> {
  let dir: string | undefined;
  let allowWrite = false;
  for (const arg of argv) {
    if (arg === '--allow-write') allowWrite = true;
    else if (arg.startsWith('-') || dir !== undefined) {
      io.stderr.write(`spec-architect mcp: unexpected argument "${arg}".\n${USAGE}`);
      return 2;
    } else dir = arg;
  }
  const folder = resolve(io.cwd, dir ?? '.');
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch { /* reported below */ }
  if (!isFolder) {
    io.stderr.write(`spec-architect mcp: ${folder} is not a folder; name the workspace folder that holds the specs.\n${USAGE}`);
    return 2;
  }
  const checks = await WorkspaceChecks.open(folder, { watch: true });
  const server = createSpecServer(checks, { version, allowWrite });
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((done) => {
    transport.onclose = () => done();
  });
  // Reading and checking the workspace as soon as the handshake is done makes the first tool call fast; a failure is reported by that call.
  server.server.oninitialized = () => {
    checks.refresh().then(() => checks.findings()).catch(() => undefined);
  };
  await server.connect(transport);
  io.stderr.write(`spec-architect mcp: serving ${folder} (${allowWrite ? 'writes allowed under the specs root' : 'read-only'}).\n`);
  for (const p of checks.problems) io.stderr.write(`spec-architect: ${p}\n`);
  await closed;
  checks.dispose();
  return 0;
}
