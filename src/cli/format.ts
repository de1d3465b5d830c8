// Prints findings as text (file:line:column severity code message), JSON or
// SARIF 2.1.0 for code-scanning tools.
import { findingRecord, type Finding } from '../core/diagnostics';
import { REPOSITORY_URL } from './release';

export type OutputFormat = 'text' | 'json' | 'sarif';

/**
 * Control characters (a newline or an escape in a file name) as `\n`,
 * `\x1b`: one finding stays one line, and nothing can forge another line or
 * drive the terminal.
 */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : c.charCodeAt(0) > 0xff ? `\\u${c.charCodeAt(0).toString(16)}` : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** Findings as lines; positions are 1-based like compilers print them. */
export function formatText(findings: readonly Finding[]): string {
  return findings.map((f) => `${escapeControls(f.file)}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${escapeControls(f.message)}\n`).join('');
}

export function formatJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(findings.map(findingRecord), null, 2)}\n`;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** A SARIF 2.1.0 log with one run; rule ids are the finding codes. */
export function formatSarif(findings: readonly Finding[], version: string): string {
  const ruleIds = [...new Set(findings.map((f) => f.code))].sort();
  const region = (f: { range: Finding['range'] }) => ({
    startLine: f.range.start.line + 1,
    startColumn: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'spec-architect', version, informationUri: REPOSITORY_URL, rules: ruleIds.map((id) => ({ id, shortDescription: { text: id } })) } },
      results: findings.map((f) => ({
        ruleId: f.code,
        ruleIndex: ruleIds.indexOf(f.code),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: region(f) } }],
        ...(f.fixes?.some((x) => x.edits.length)
          ? { fixes: f.fixes.filter((x) => x.edits.length).map((x) => ({
              description: { text: x.title },
              artifactChanges: x.edits.map((e) => ({ artifactLocation: { uri: e.file }, replacements: [{ deletedRegion: region(e), insertedContent: { text: e.newText } }] })),
            })) }
          : {}),
      })),
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
