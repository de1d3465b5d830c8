// How a finding is named so that its label finds it again: repository, file,
// rule code, a hash of the finding's source line (trimmed) and which
// occurrence it is among findings of that file and code on lines with the same
// text. The key holds no corpus text (only a 12-hex sha1), and it survives
// unrelated lines moving; a finding the lint moves to another line gets a new
// key and shows as unlabelled, which is what should happen: it is a new claim.
import { createHash } from 'node:crypto';

export interface RawFinding {
  repo: string;
  /** Relative to the repository root, with `/`. */
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
  severity: string;
}

export interface KeyedFinding extends RawFinding {
  /** sha1 of the trimmed source line, first 12 hex digits. */
  hash: string;
  /** 0-based occurrence among findings with the same repo, file, code and hash. */
  n: number;
}

/** The fields of a label (or stub) that name its finding. */
export interface FindingKey {
  repo: string;
  file: string;
  code: string;
  line: string;
  n: number;
}

export function lineHash(text: string): string {
  return createHash('sha1').update(text.trim()).digest('hex').slice(0, 12);
}

export function keyString(k: FindingKey): string {
  return `${k.repo}|${k.file}|${k.code}|${k.line}|${k.n}`;
}

export function keyOf(f: KeyedFinding): FindingKey {
  return { repo: f.repo, file: f.file, code: f.code, line: f.hash, n: f.n };
}

/** Sorts findings by place and numbers the ones that share file, code and line text. */
export function keyFindings(findings: RawFinding[], sourceLine: (f: RawFinding) => string): KeyedFinding[] {
  const sorted = [...findings].sort(
    (a, b) => a.repo.localeCompare(b.repo) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.message.localeCompare(b.message),
  );
  const seen = new Map<string, number>();
  return sorted.map((f) => {
    const hash = lineHash(sourceLine(f));
    const group = `${f.repo}|${f.file}|${f.code}|${hash}`;
    const n = seen.get(group) ?? 0;
    seen.set(group, n + 1);
    return { ...f, hash, n };
  });
}
