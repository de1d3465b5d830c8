// The specs root of a folder for the CLI: `.spec-architect.json`'s specsRoot,
// else `specs`; problems in the file are printed. A specsRoot the config check
// refuses (`.`, `..`, an absolute path) is not replaced by the default: the
// commands that write refuse to run instead of writing somewhere unasked.
import { parseWorkspaceConfig, WORKSPACE_CONFIG_FILE } from '../core/config';
import type { SpecHost } from '../core/host';
import type { CliIo } from './run';

/** The specs root, or undefined when the config file names one the check refused (the problem was printed). */
export async function specsRootOf(host: SpecHost, io: CliIo): Promise<string | undefined> {
  const text = await host.readFile(WORKSPACE_CONFIG_FILE);
  const parsed = text === undefined ? undefined : parseWorkspaceConfig(text);
  for (const problem of parsed?.problems ?? []) io.stderr.write(`spec-architect: ${problem}\n`);
  if (parsed?.problems.some((p) => p.includes('"specsRoot"'))) return undefined;
  return (parsed?.config.specsRoot ?? 'specs').replace(/^\.\/+|\/+$/g, '');
}
