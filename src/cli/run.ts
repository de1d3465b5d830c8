// Parses the command line and dispatches to a subcommand. Exit codes:
// 0 success, 1 findings at error severity, 2 usage or runtime error, or
// nothing could be checked.
import { runExportOpenapi } from './exportOpenapi';
import { runGenerate } from './generate';
import { runInit } from './init';
import { runLint } from './lint';
import { VERSION } from './release';
import { runMcp } from './mcp/command';
import { runHook } from './hook';
import { runInitAgents } from './initAgents';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

const USAGE = `Usage: spec-architect <command> [options]

Commands:
  lint [dir] [--format text|json|sarif] [--fail-on error|warning|info|hint|never]
                                          check @specs/ references and API lint rules (exit 1 on
                                          a finding at or above --fail-on, default error)
  init [dir]                              copy the starter specs (db, auth, api) into dir's specs root;
                                          existing files are never overwritten
  generate <design.json> [--out dir] [--prune] [--delete-removed] [--dry-run]
                                          validate a JSON design and write specs/api/*.md into dir
                                          (default .); existing specs keep their hand-written text;
                                          routes not in the design are kept unless --prune; files
                                          of resources not in the design are kept unless
                                          --delete-removed (generated files only); --dry-run
                                          prints the diff and writes nothing
  export-openapi [dir] [--out file] [--format json|yaml]
                                          export the API specs as OpenAPI 3.1
  mcp [dir] [--allow-write]               serve the checks to coding agents (Model Context Protocol
                                          over stdio); read-only unless --allow-write
  hook [dir]                              Claude Code PostToolUse hook: checks the file on stdin's
                                          tool_input.file_path; exit 2 with the findings on stderr
  init --agents [dir]                     connect Claude Code, VS Code and Cursor: merge .mcp.json,
                                          .vscode/mcp.json, .cursor/mcp.json, .claude/settings.json
  help                                    show this help
  version                                 print the version
`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout.write(USAGE);
      return 0;
    case 'version':
    case '--version':
      io.stdout.write(`${VERSION}\n`);
      return 0;
    case 'export-openapi':
      return runExportOpenapi(rest, io);
    case 'lint':
      return runLint(rest, io, VERSION);
    case 'generate':
      return runGenerate(rest, io);
    case 'init':
      return rest.includes('--agents') ? runInitAgents(rest.filter((a) => a !== '--agents'), io) : runInit(rest, io);
    case 'mcp':
      return runMcp(rest, io, VERSION);
    case 'hook':
      return runHook(rest, io);
    default:
      io.stderr.write(`spec-architect: unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}
