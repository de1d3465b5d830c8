// Every setting Spec Architect reads, in one table: its zod schema, its
// default, and what is allowed (for the error message). The editor's
// `specArchitect.<key>` and `.spec-architect.json`'s `<key>` are the same
// setting. Adding a setting is adding one line here (and, for the editor, one
// entry in package.json's `contributes.configuration`).
import { z } from 'zod';
import type { SeverityOverrides } from '../diagnostics';
import { checkedSpecsRoot, specsRootRefusal } from './specsRoot';

/** The language ids scanned for `@specs/` tokens when the settings say nothing. */
export const DEFAULT_LANGUAGES: readonly string[] = ['markdown', 'python', 'typescript', 'javascript', 'plaintext'];

export const SEVERITY_VALUES = ['off', 'hint', 'info', 'warning', 'error'] as const;
export const SeveritySetting = z.enum(SEVERITY_VALUES);

const FOLDER = /^[A-Za-z0-9_\-.][A-Za-z0-9_\-./]*$/;
// A folder inside the workspace folder (not the folder itself: the writer puts api/, db/ and auth/ under it,
// and `@specs/` would otherwise reach every file of the repository).
const SpecsRootSetting = z.string().refine((p) => FOLDER.test(p) && checkedSpecsRoot(p) !== undefined);
const Globs = z.array(z.string());

interface SettingDefinition<T> {
  schema: z.ZodType<T>;
  default: T;
  /** What a valid value looks like, for "key: allowed ..." messages. */
  allowed: string;
  /** Why a refused value is refused, when the allowed text alone does not say it. */
  refusal?: (value: unknown) => string | undefined;
}

const setting = <T>(schema: z.ZodType<T>, value: T, allowed: string, refusal?: (value: unknown) => string | undefined): SettingDefinition<T> => ({ schema, default: value, allowed, refusal });

/** The settings, key by key. */
export const SETTINGS = {
  specsRoot: setting(SpecsRootSetting, 'specs', 'a folder inside the workspace folder, relative to it, e.g. "specs" or "design/specs" (not the folder itself, no "..", not absolute)', (v) => (typeof v === 'string' ? specsRootRefusal(v) : undefined)),
  severity: setting<SeverityOverrides>(z.record(z.string(), SeveritySetting), {}, `an object from diagnostic code to one of ${SEVERITY_VALUES.join(', ')}`),
  languages: setting<readonly string[]>(z.array(z.string()), DEFAULT_LANGUAGES, 'an array of VS Code language ids, e.g. ["markdown", "python"]'),
  checkCodeBlocks: setting(z.boolean(), true, 'true or false'),
  databaseSpecs: setting<readonly string[]>(Globs, [], 'an array of globs relative to the specs root, e.g. ["database/*.md"]'),
  authSpecs: setting<readonly string[]>(Globs, [], 'an array of globs relative to the specs root, e.g. ["features/authentication.md"]'),
  // Empty: every markdown file under the specs root's api/ folder, and any other spec that declares routes where API specs live (contracts/, <phase>/api/).
  apiSpecs: setting<readonly string[]>(Globs, [], 'an array of globs relative to the specs root, e.g. ["*/contracts/*.md"]'),
  // Files no check reads: a pasted brief, an archive of old specs.
  ignore: setting<readonly string[]>(Globs, [], 'an array of globs relative to the workspace folder, e.g. ["specs/brief.md"]'),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

/** The settings of one workspace folder, every key present. */
export type SpecSettings = { -readonly [K in SettingKey]: (typeof SETTINGS)[K]['default'] };

/** The defaults, as a fresh object. */
export function defaultSettings(): SpecSettings {
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) out[key] = SETTINGS[key].default;
  return out as SpecSettings;
}
