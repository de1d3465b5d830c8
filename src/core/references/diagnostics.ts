// Reference diagnostics as findings, with their quick fixes.
import { applySeverity, type Finding, type FindingFix, type SeverityOverrides } from '../diagnostics';
import type { ReferenceIndex } from './referenceIndex';
import { underRoot } from './referenceIndex';
import { globRegExp, resolveToken } from './resolver';
import type { SpecToken } from './scanner';
import { exampleReason, recordReason } from './examples';

export interface ReferenceCheckOptions {
  /** Check tokens inside fenced code blocks and inline code (default true). */
  checkCodeBlocks?: boolean;
  severity?: SeverityOverrides;
  /** Workspace-relative globs of files whose references are not checked (a pasted brief). */
  ignore?: readonly string[];
  /** The content of a new spec file for "create from template"; a one-line title by default. */
  template?: (specPath: string) => string;
}

/** The findings of one scanned file (workspace path). */
export function diagnoseFile(index: ReferenceIndex, path: string, options: ReferenceCheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  if (isIgnored(path, options.ignore)) return findings;
  const examples = index.examplesOf(path);
  for (const token of index.tokensOf(path)) {
    if (token.code && options.checkCodeBlocks === false) continue;
    const resolution = resolveToken(index, token);
    if (resolution.kind !== 'broken') continue;
    // A reference written as an example is at most a hint, and the message says why.
    const example = resolution.code === 'ref.outside-root' ? undefined : exampleReason(token, examples) ?? recordReason(path);
    const finding: Finding = {
      code: resolution.code,
      severity: example ? 'hint' : resolution.code === 'ref.case-mismatch' ? 'warning' : 'error',
      message: example ? `${resolution.message} Reported as a hint: ${example}.` : resolution.message,
      file: path,
      range: token.range,
      source: 'references',
    };
    const fixes = fixesFor(index, path, token, resolution.code, resolution.suggestions, options);
    if (fixes.length) finding.fixes = fixes;
    const applied = applySeverity(finding, options.severity ?? {});
    if (applied) findings.push(applied);
  }
  return findings;
}

/** Whether a workspace path matches one of the `ignore` globs. */
export function isIgnored(path: string, globs: readonly string[] | undefined): boolean {
  return (globs ?? []).some((g) => globRegExp(g.replace(/^\.?\//, '')).test(path));
}

/** The findings of every scanned file in the index. */
export function diagnoseWorkspace(index: ReferenceIndex, options: ReferenceCheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  // One push at a time: spreading a file's findings into push() passes them as
  // arguments, and a file with a few hundred thousand broken tokens overflows the stack.
  for (const path of index.filesWithTokens()) for (const f of diagnoseFile(index, path, options)) findings.push(f);
  return findings;
}

function fixesFor(index: ReferenceIndex, path: string, token: SpecToken, code: string, suggestions: string[], options: ReferenceCheckOptions): FindingFix[] {
  const fixes: FindingFix[] = [];
  if (code === 'ref.no-such-heading') {
    for (const slug of suggestions.slice(0, 3)) {
      if (token.anchorRange) fixes.push({ title: `Change to #${slug}`, edits: [{ file: path, range: token.anchorRange, newText: slug }], preferred: fixes.length === 0 });
    }
    return fixes;
  }
  for (const target of suggestions.slice(0, 3)) {
    fixes.push({ title: `Change to @specs/${target}`, edits: [{ file: path, range: token.pathRange, newText: target }], preferred: fixes.length === 0 });
  }
  if (code === 'ref.no-such-file' && !token.path.endsWith('/')) {
    const rel = token.path.endsWith('.md') ? token.path : `${token.path}.md`;
    const file = underRoot(index.specsRoot, rel);
    const content = options.template?.(rel) ?? defaultTemplate(rel);
    fixes.push({ title: `Create ${file} from template`, edits: [], createFiles: [{ file, content }] });
  }
  return fixes;
}

function defaultTemplate(rel: string): string {
  const name = (rel.split('/').pop() ?? rel).replace(/\.md$/, '').replace(/[-_]+/g, ' ');
  return `# ${name.charAt(0).toUpperCase()}${name.slice(1)}\n\n`;
}
