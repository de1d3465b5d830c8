// The workspace config file `.spec-architect.json`, read by the editor and the
// CLI alike, so CI and the Problems panel agree:
//   { "specsRoot": "specs", "severity": { "rest.plural-collection": "off" },
//     "databaseSpecs": ["specs/database/*.md"], "authSpecs": ["specs/features/authentication.md"],
//     "apiSpecs": ["*/contracts/*.md"], "ignore": ["docs/brief.md"] }
import { z } from 'zod';
import type { SeverityOverrides } from './diagnostics/finding';

/** The config file's name, at the workspace folder's root. */
export const WORKSPACE_CONFIG_FILE = '.spec-architect.json';

const SeveritySetting = z.enum(['off', 'hint', 'info', 'warning', 'error'], { error: 'Write one of off, hint, info, warning, error.' });

export const WorkspaceConfig = z.object({
  specsRoot: z.string().regex(/^[A-Za-z0-9_\-.][A-Za-z0-9_\-./]*$/, { error: 'Write a folder relative to the workspace, e.g. "specs".' }).refine((p) => !p.split('/').includes('..'), { error: 'The specs root must stay inside the workspace.' }).optional(),
  severity: z.record(z.string(), SeveritySetting).optional(),
  databaseSpecs: z.array(z.string()).optional(),
  authSpecs: z.array(z.string()).optional(),
  /** Globs relative to the specs root naming the API specs (default: every spec that declares routes). */
  apiSpecs: z.array(z.string()).optional(),
  /** Workspace-relative globs of files no check reads (a pasted brief, an archive). */
  ignore: z.array(z.string()).optional(),
});
export type WorkspaceConfig = z.infer<typeof WorkspaceConfig>;

/** The parsed config and what was wrong with it (the valid parts are kept). */
export interface ParsedWorkspaceConfig {
  config: WorkspaceConfig;
  problems: string[];
}

/** Parses `.spec-architect.json`; invalid keys are reported and dropped, never thrown. */
export function parseWorkspaceConfig(text: string): ParsedWorkspaceConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { config: {}, problems: [`${WORKSPACE_CONFIG_FILE} is not valid JSON: ${(e as Error).message}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config: {}, problems: [`${WORKSPACE_CONFIG_FILE} must hold a JSON object.`] };
  }
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  const shape = WorkspaceConfig.shape;
  for (const [key, value] of Object.entries(raw)) {
    const field = shape[key as keyof typeof shape];
    if (!field) {
      problems.push(`${WORKSPACE_CONFIG_FILE}: unknown key "${key}" (known: ${Object.keys(shape).join(', ')}).`);
      continue;
    }
    if (key === 'severity' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      // One bad entry should not drop the others.
      const severity: Record<string, string> = {};
      for (const [code, setting] of Object.entries(value)) {
        if (SeveritySetting.safeParse(setting).success) severity[code] = setting as string;
        else problems.push(`${WORKSPACE_CONFIG_FILE}: "severity.${code}": write one of off, hint, info, warning, error.`);
      }
      config.severity = severity;
      continue;
    }
    const parsed = field.safeParse(value);
    if (parsed.success) config[key] = parsed.data;
    else problems.push(`${WORKSPACE_CONFIG_FILE}: "${key}": ${parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`).join('; ')}`);
  }
  return { config: config as WorkspaceConfig, problems };
}

/** Settings and the config file merged: the file's severities win over the editor's, code by code. */
export function mergeSeverity(settings: SeverityOverrides | undefined, file: SeverityOverrides | undefined): SeverityOverrides {
  return { ...(settings ?? {}), ...(file ?? {}) };
}
