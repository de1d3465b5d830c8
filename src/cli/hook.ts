// `spec-architect hook [dir]`: a Claude Code PostToolUse hook. Claude Code
// sends the tool call as JSON on standard input ({"tool_name": "Write",
// "tool_input": {"file_path": ...}, "cwd": ...}); the file named there is
// checked with the files whose findings depend on it (the readers of a spec).
// Findings go to standard error, one line each with the fix, and the exit
// code is 2 so that Claude Code hands them to the agent; a clean file, a file
// that is neither a spec nor holds @specs/ tokens, or a file outside the
// workspace exits 0 silently.
import * as nodePath from 'node:path';
import { findingLine, toFindingOut } from '../agents/toolAnswers';
import { WorkspaceChecks } from '../agents/workspaceChecks';
import { workspacePath } from '../agents/workspacePaths';
import type { CliIo } from './run';

interface HookInput {
  cwd?: unknown;
  tool_name?: unknown;
  tool_input?: { file_path?: unknown; notebook_path?: unknown };
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream) text += String(chunk);
  return text;
}

/** Runs the hook; `stdin` is the process's standard input unless a test passes another stream. */
export async function runHook(argv: string[], io: CliIo, stdin: NodeJS.ReadableStream = process.stdin): Promise<number> {
  if (argv.length > 1 || argv.some((a) => a.startsWith('-'))) {
    io.stderr.write('spec-architect hook: Usage: spec-architect hook [dir] (reads Claude Code\'s PostToolUse JSON on standard input).\n');
    return 1;
  }
  let input: HookInput;
  try {
    input = JSON.parse(await readStdin(stdin)) as HookInput;
  } catch (error) {
    // Exit 1 is a non-blocking error in Claude Code: the user sees it, the agent is not stopped.
    io.stderr.write(`spec-architect hook: standard input is not Claude Code's hook JSON: ${(error as Error).message}\n`);
    return 1;
  }
  const filePath = input.tool_input?.file_path ?? input.tool_input?.notebook_path;
  if (typeof filePath !== 'string' || filePath === '') return 0;
  const base = argv[0] ?? process.env.CLAUDE_PROJECT_DIR ?? (typeof input.cwd === 'string' ? input.cwd : io.cwd);
  const folder = nodePath.resolve(io.cwd, base);
  let path: string;
  try {
    path = workspacePath(folder, nodePath.resolve(typeof input.cwd === 'string' ? input.cwd : folder, filePath));
  } catch {
    return 0; // Not in this workspace: not ours to check.
  }
  const checks = await WorkspaceChecks.open(folder);
  await checks.refresh();
  // A spec's readers are checked with it; a file that is neither a spec nor holds @specs/ tokens has no findings.
  const files = [path, ...(/\.(md|markdown)$/i.test(path) ? await checks.dependentsOf(path) : [])];
  const findings = (await checks.findings(files)).filter((f) => f.severity === 'error' || f.severity === 'warning').map(toFindingOut);
  if (findings.length === 0) return 0;
  io.stderr.write(`Spec Architect found ${findings.length} problem${findings.length === 1 ? '' : 's'} after ${typeof input.tool_name === 'string' ? input.tool_name : 'the edit'} of ${path}; fix ${findings.length === 1 ? 'it' : 'them'}:\n`);
  for (const f of findings) io.stderr.write(`${findingLine(f)}\n`);
  return 2;
}
