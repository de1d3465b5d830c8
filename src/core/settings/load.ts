// Merges the defaults, the editor's settings and `.spec-architect.json` into
// the settings of one workspace folder: the file wins over the editor key by
// key (and, for `severity`, code by code), a bad value is reported once with
// where it came from, which key and what is allowed, and that key keeps the
// value from the layer below. Never throws.
import type { SpecHost } from '../host';
import { defaultSettings, SETTINGS, SETTING_KEYS, SeveritySetting, SEVERITY_VALUES, type SettingKey, type SpecSettings } from './schema';
import { normalizeSpecsRoot } from './specsRoot';

/** The config file's name, at the workspace folder's root. */
export const WORKSPACE_CONFIG_FILE = '.spec-architect.json';

/** Where the editor's settings are reported from. */
export const EDITOR_SETTINGS_SOURCE = 'settings';

/** One bad value: where it was written, which key, and what is allowed. */
export interface SettingsProblem {
  /** `.spec-architect.json` or `settings` (the editor's `specArchitect.*`). */
  source: string;
  /** The key, e.g. `specsRoot` or `severity.auth.missing`; empty for the file as a whole. */
  key: string;
  message: string;
}

/** The settings of one folder and what was wrong with what was written. */
export interface LoadedSettings {
  settings: SpecSettings;
  problems: SettingsProblem[];
}

/** A problem as one line: `.spec-architect.json: "specsRoot": write ...`. */
export function formatSettingsProblem(p: SettingsProblem): string {
  const where = p.source === EDITOR_SETTINGS_SOURCE && p.key !== '' ? `setting specArchitect.${p.key}` : p.key === '' ? p.source : `${p.source}: "${p.key}"`;
  return `${where}: ${p.message}`;
}

type Layer = Partial<Record<SettingKey, unknown>>;

/** Reads `.spec-architect.json` into a layer of raw values; a file that is not a JSON object is one problem. */
function parseFile(text: string, problems: SettingsProblem[]): Layer {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    problems.push({ source: WORKSPACE_CONFIG_FILE, key: '', message: `is not valid JSON (${(e as Error).message}); the defaults and the editor's settings are used.` });
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ source: WORKSPACE_CONFIG_FILE, key: '', message: 'must hold a JSON object such as { "specsRoot": "specs" }; the defaults and the editor\'s settings are used.' });
    return {};
  }
  const layer: Layer = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in SETTINGS)) {
      problems.push({ source: WORKSPACE_CONFIG_FILE, key, message: `unknown key; the known keys are ${SETTING_KEYS.join(', ')}.` });
      continue;
    }
    layer[key as SettingKey] = value;
  }
  return layer;
}

/** Lays `layer` over `into`, validating each value; bad ones are reported and leave `into` as it was. */
function apply(into: SpecSettings, layer: Layer, source: string, problems: SettingsProblem[]): void {
  const target = into as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) {
    if (!(key in layer) || layer[key] === undefined) continue;
    const value = layer[key];
    if (key === 'severity' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      // One bad code should not drop the others.
      const merged: Record<string, string> = { ...into.severity };
      for (const [code, level] of Object.entries(value)) {
        if (SeveritySetting.safeParse(level).success) merged[code] = level as string;
        else problems.push({ source, key: `severity.${code}`, message: `${JSON.stringify(level)} is not allowed; write one of ${SEVERITY_VALUES.join(', ')}.` });
      }
      into.severity = merged as SpecSettings['severity'];
      continue;
    }
    const parsed = SETTINGS[key].schema.safeParse(value);
    if (!parsed.success) {
      const definition: { allowed: string; refusal?: (value: unknown) => string | undefined } = SETTINGS[key];
      const why = definition.refusal?.(value);
      const reason = why ? ` ${why.charAt(0).toUpperCase()}${why.slice(1)}.` : '';
      problems.push({ source, key, message: `${JSON.stringify(value)} is not allowed; write ${definition.allowed}.${reason} The value from the layer below is used.` });
      continue;
    }
    target[key] = key === 'specsRoot' ? normalizeSpecsRoot(parsed.data as string) : parsed.data;
  }
}

/**
 * The settings from the editor's values (`specArchitect.<key>`, already read
 * by the caller; absent keys keep their defaults) and the text of
 * `.spec-architect.json` (undefined when there is none).
 */
export function resolveSettings(editor: Readonly<Record<string, unknown>> | undefined, fileText: string | undefined): LoadedSettings {
  const problems: SettingsProblem[] = [];
  const settings = defaultSettings();
  settings.specsRoot = normalizeSpecsRoot(settings.specsRoot);
  if (editor) apply(settings, editor as Layer, EDITOR_SETTINGS_SOURCE, problems);
  if (fileText !== undefined) apply(settings, parseFile(fileText, problems), WORKSPACE_CONFIG_FILE, problems);
  return { settings, problems };
}

/** The settings of the workspace folder `host` reads, reading its `.spec-architect.json`. */
export async function loadSettings(host: Pick<SpecHost, 'readFile'>, editor?: Readonly<Record<string, unknown>>): Promise<LoadedSettings> {
  return resolveSettings(editor, await host.readFile(WORKSPACE_CONFIG_FILE));
}
