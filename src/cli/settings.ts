// The settings of a folder for the CLI: the defaults and `.spec-architect.json`
// (there is no editor layer); each bad key is printed once, never fatal.
import type { SpecHost } from '../core/host';
import { formatSettingsProblem, loadSettings, type SpecSettings } from '../core/settings';
import type { CliIo } from './run';

export async function cliSettings(host: SpecHost, io: CliIo): Promise<SpecSettings> {
  const { settings, problems } = await loadSettings(host);
  for (const problem of problems) io.stderr.write(`spec-architect: ${formatSettingsProblem(problem)}\n`);
  return settings;
}
