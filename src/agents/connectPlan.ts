// What "connect coding agents" writes: the MCP server in `.mcp.json` (Claude
// Code), `.vscode/mcp.json` (VS Code) and `.cursor/mcp.json` (Cursor), and the
// PostToolUse hook in `.claude/settings.json`. Existing files are edited in
// place by inserting one piece of text, so every other byte (keys, comments,
// formatting) stays as it was; an entry that is already there is never overwritten, and
// a file that does not parse is left alone and reported.
import { parse, type ParseError } from 'jsonc-parser';
import { insertMember } from './jsonInsert';

export const SERVER_NAME = 'spec-architect';

/** How the installed CLI is started: `node <cli.js>`. */
export interface CliCommand {
  command: string;
  /** Arguments before the subcommand, e.g. the path of cli.js. */
  args: string[];
}

export interface ConnectFile {
  path: string;
  before: string | undefined;
  after: string;
  /** What changed, or why the file was left alone. */
  note: string;
  status: 'create' | 'update' | 'unchanged' | 'refused';
}

const quote = (s: string): string => (/^[A-Za-z0-9_\-./:@=]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, '\\$1')}"`);

/** The hook command line for `.claude/settings.json` (run by a shell). */
export function hookCommandLine(cli: CliCommand): string {
  return [cli.command, ...cli.args, 'hook'].map(quote).join(' ');
}

function edit(path: string, before: string | undefined, change: (text: string, parsed: Record<string, unknown>) => string | { same: string }): ConnectFile {
  const text = before ?? '{}\n';
  const errors: ParseError[] = [];
  const parsed: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { path, before, after: text, status: 'refused', note: `left alone: it is not a JSON object (fix it, or add the entry by hand)` };
  }
  const result = change(text, parsed as Record<string, unknown>);
  if (typeof result !== 'string') return { path, before, after: text, status: 'unchanged', note: result.same };
  return { path, before, after: result, status: before === undefined ? 'create' : 'update', note: before === undefined ? 'created' : 'entry added' };
}

function addServer(path: string, before: string | undefined, key: 'mcpServers' | 'servers', entry: Record<string, unknown>): ConnectFile {
  return edit(path, before, (text, parsed) => {
    const servers = parsed[key];
    if (servers !== undefined && (typeof servers !== 'object' || servers === null || Array.isArray(servers))) return { same: `left alone: "${key}" is not an object` };
    if (servers && SERVER_NAME in servers) return { same: `already has "${key}.${SERVER_NAME}"; left as it is` };
    return insertMember(text, [key], SERVER_NAME, entry);
  });
}

function addHook(path: string, before: string | undefined, command: string): ConnectFile {
  return edit(path, before, (text, parsed) => {
    const hooks = parsed.hooks as Record<string, unknown> | undefined;
    const post = hooks?.PostToolUse;
    if (hooks !== undefined && (typeof hooks !== 'object' || hooks === null || Array.isArray(hooks))) return { same: 'left alone: "hooks" is not an object' };
    if (post !== undefined && !Array.isArray(post)) return { same: 'left alone: "hooks.PostToolUse" is not a list' };
    const commands = ((post ?? []) as Array<{ hooks?: Array<{ command?: unknown }> }>).flatMap((m) => (Array.isArray(m?.hooks) ? m.hooks : []).map((h) => h?.command));
    if (commands.some((c) => typeof c === 'string' && (c === command || (c.includes(SERVER_NAME) && / hook$/.test(c))))) {
      return { same: 'already has a Spec Architect PostToolUse hook; left as it is' };
    }
    const entry = { matcher: 'Write|Edit|MultiEdit', hooks: [{ type: 'command', command }] };
    return insertMember(text, ['hooks', 'PostToolUse'], undefined, entry);
  });
}

/**
 * The four files after connecting. `read` gives a file's current text
 * (undefined when it does not exist); paths are workspace-relative.
 */
export function connectPlan(read: (path: string) => string | undefined, cli: CliCommand): ConnectFile[] {
  const server = (dirArg: string[]) => ({ command: cli.command, args: [...cli.args, 'mcp', ...dirArg] });
  return [
    // Claude Code starts project servers in the project folder: no folder argument, so the file can be shared.
    addServer('.mcp.json', read('.mcp.json'), 'mcpServers', { type: 'stdio', ...server([]) }),
    addServer('.vscode/mcp.json', read('.vscode/mcp.json'), 'servers', { type: 'stdio', ...server(['${workspaceFolder}']) }),
    addServer('.cursor/mcp.json', read('.cursor/mcp.json'), 'mcpServers', server(['${workspaceFolder}'])),
    addHook('.claude/settings.json', read('.claude/settings.json'), hookCommandLine(cli)),
  ];
}
