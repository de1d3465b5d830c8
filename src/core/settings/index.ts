// The settings of a workspace folder: one loader for the editor, the CLI, the
// designer and the benchmark, and the one normalisation of the specs root.
export { SETTINGS, SETTING_KEYS, DEFAULT_LANGUAGES, SEVERITY_VALUES, defaultSettings, type SettingKey, type SpecSettings } from './schema';
export { loadSettings, resolveSettings, formatSettingsProblem, WORKSPACE_CONFIG_FILE, EDITOR_SETTINGS_SOURCE, type LoadedSettings, type SettingsProblem } from './load';
export { checkedSpecsRoot, normalizeSpecsRoot, specsRootRefusal, underSpecsRoot } from './specsRoot';
