// The API lint: rules over the design model, with suppressions and fixes.
export { lintApiWorkspace, lintApiFile, type LintApiOptions } from './workspace';
export { runLintRules } from './engine';
export { buildLintContext, type LintInputs } from './context';
export { API_LINT_RULES } from './rules';
export type { LintContext, LintRule, RuleFinding } from './types';
export { classifySpecFiles, declaresRoutes, describesDatabase, globToRegExp, type SpecFileSets } from './discover';
export { isGrantRoute } from './grants';
