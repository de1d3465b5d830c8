// Inline suppressions, so a deliberate exception does not turn a rule off
// everywhere:
//   <!-- spec-architect-disable-next-line auth.missing -->  the next route (or schema)
//   <!-- spec-architect-disable auth.missing -->            the whole file
// Without codes, every rule is silenced for that scope.
import type { SourceIndex } from '../model';
import type { Finding } from '../diagnostics';

interface Suppression {
  file: string;
  /** Codes silenced; empty means all. */
  codes: string[];
  /** Lines covered (inclusive); undefined means the whole file. */
  lines?: { from: number; to: number };
}

const COMMENT = /<!--\s*spec-architect-(disable-next-line|disable)\b([^>]*?)-->/g;

/** Reads the suppression comments of each file; next-line ones cover the next element the reader placed. */
export function readSuppressions(texts: ReadonlyMap<string, string>, sources: SourceIndex): Suppression[] {
  const spans = [...sources.values()];
  const found: Suppression[] = [];
  for (const [file, text] of texts) {
    for (const m of text.matchAll(COMMENT)) {
      const codes = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
      if (m[1] === 'disable') {
        found.push({ file, codes });
        continue;
      }
      const line = text.slice(0, m.index).split('\n').length - 1;
      const next = spans
        .filter((s) => s.file === file && s.range.start.line > line)
        .sort((a, b) => a.range.start.line - b.range.start.line || b.range.end.line - a.range.end.line)[0];
      const lines = next ? { from: next.range.start.line, to: next.range.end.line } : { from: line + 1, to: line + 1 };
      found.push({ file, codes, lines });
    }
  }
  return found;
}

/** Whether a suppression silences a finding. */
export function isSuppressed(finding: Finding, suppressions: readonly Suppression[]): boolean {
  return suppressions.some((s) =>
    s.file === finding.file &&
    (s.codes.length === 0 || s.codes.includes(finding.code)) &&
    (!s.lines || (finding.range.start.line >= s.lines.from && finding.range.start.line <= s.lines.to)));
}
