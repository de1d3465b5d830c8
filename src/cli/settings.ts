// The settings of a folder for the CLI: the defaults and `.spec-architect.json`
// (there is no editor layer); each bad key is printed once. A refused key
// keeps its default for the checks, but the commands that write refuse to
// run when the specs root was refused: writing the specs to `specs/` when the
// file names another folder would put them somewhere nobody asked for.
import type { SpecHost } from '../core/host';
import { formatSettingsProblem, loadSettings, type SpecSettings } from '../core/settings';
import { escapeControls } from './format';
import type { CliIo } from './run';

export async function cliSettings(host: SpecHost, io: CliIo): Promise<SpecSettings> {
  return (await settingsAndRefusal(host, io)).settings;
}

/** The settings for a command that writes, or undefined (the reason printed) when the specs root was refused. */
export async function cliWriteSettings(host: SpecHost, io: CliIo, command: string): Promise<SpecSettings | undefined> {
  const { settings, specsRootRefused } = await settingsAndRefusal(host, io);
  if (!specsRootRefused) return settings;
  io.stderr.write(`spec-architect ${command}: nothing was written: the specsRoot above was refused, and writing to the default folder instead would put the specs where the settings do not say. Write a folder inside the workspace, such as "specs", as the specsRoot.\n`);
  return undefined;
}

async function settingsAndRefusal(host: SpecHost, io: CliIo): Promise<{ settings: SpecSettings; specsRootRefused: boolean }> {
  const { settings, problems } = await loadSettings(host);
  for (const problem of problems) io.stderr.write(`spec-architect: ${escapeControls(formatSettingsProblem(problem))}\n`);
  return { settings, specsRootRefused: problems.some((p) => p.key === 'specsRoot') };
}
