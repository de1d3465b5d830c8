// The specs root of a folder for the CLI: `.spec-architect.json`'s specsRoot,
// else `specs`; problems in the file are printed, never fatal.
import { parseWorkspaceConfig, WORKSPACE_CONFIG_FILE } from '../core/config';
import type { SpecHost } from '../core/host';
import type { CliIo } from './run';

export async function specsRootOf(host: SpecHost, io: CliIo): Promise<string> {
  const text = await host.readFile(WORKSPACE_CONFIG_FILE);
  const parsed = text === undefined ? undefined : parseWorkspaceConfig(text);
  for (const problem of parsed?.problems ?? []) io.stderr.write(`spec-architect: ${problem}\n`);
  return (parsed?.config.specsRoot ?? 'specs').replace(/^\.\/+|\/+$/g, '');
}
