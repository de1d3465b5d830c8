// Runs the rules over a linting context and turns what they return into
// findings: default severity, then the user's overrides, then inline
// suppressions. Findings come out sorted by file and position.
import { applySeverity, type Finding, type SeverityOverrides } from '../diagnostics';
import type { LintContext, LintRule } from './types';
import { API_LINT_RULES } from './rules';
import { isSuppressed, readSuppressions } from './suppressions';

/** Runs the rules (all API rules by default) and returns their findings. */
export function runLintRules(ctx: LintContext, severity: SeverityOverrides = {}, rules: readonly LintRule[] = API_LINT_RULES): Finding[] {
  const suppressions = readSuppressions(ctx.texts, ctx.sources);
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (severity[rule.code] === 'off') continue;
    for (const raw of rule.check(ctx)) {
      const finding: Finding = { code: rule.code, severity: rule.defaultSeverity, source: 'api-lint', ...raw };
      if (!finding.fixes || finding.fixes.length === 0) delete finding.fixes;
      if (!finding.routes || finding.routes.length === 0) delete finding.routes;
      const shown = applySeverity(finding, severity);
      if (shown && !isSuppressed(shown, suppressions)) findings.push(shown);
    }
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.range.start.offset - b.range.start.offset || a.code.localeCompare(b.code));
}
