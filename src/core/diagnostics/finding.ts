// A finding is what every check in the core reports: reference diagnostics and
// API lint rules alike. It is plain data; the VS Code layer converts it to a
// Diagnostic and the CLI prints it as text, JSON or SARIF.
import type { SourceRange } from '../model';

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A severity setting: a severity, or `off` to silence the code. */
export type SeveritySetting = Severity | 'off';

/** Severity overrides by code, e.g. `{ "rest.plural-collection": "off" }`. */
export type SeverityOverrides = Readonly<Record<string, SeveritySetting>>;

/** A text replacement in one file. */
export interface TextEdit {
  file: string;
  range: SourceRange;
  newText: string;
}

/** One way to fix a finding: edits to existing files, and files to create. */
export interface FindingFix {
  title: string;
  edits: TextEdit[];
  createFiles?: Array<{ file: string; content: string }>;
  /** The fix a user most likely wants (shown first, applied by "fix all"). */
  preferred?: boolean;
}

export interface Finding {
  /** Stable dotted code, e.g. `ref.no-such-file` or `auth.missing`. */
  code: string;
  severity: Severity;
  /** What is wrong and what to write instead. */
  message: string;
  /** Workspace-relative POSIX path of the file the finding is in. */
  file: string;
  range: SourceRange;
  /** Which checker produced it. */
  source: 'references' | 'api-lint';
  fixes?: FindingFix[];
  /** The routes (`METHOD /path`) a finding placed once for many is about: a file-wide statement that is missing. */
  routes?: string[];
}

/** Applies severity overrides; returns undefined when the code is turned off. */
export function applySeverity(finding: Finding, overrides: SeverityOverrides): Finding | undefined {
  const setting = overrides[finding.code];
  if (setting === undefined) return finding;
  if (setting === 'off') return undefined;
  return { ...finding, severity: setting };
}
