// The labelled set: one JSON file per corpus repository under labels/, each an
// array of labels; and problems.json, what a reviewer found by reading the
// specs. Both are in our own words; keys hold no corpus text.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyString, type FindingKey } from './labelKey';

export const VERDICTS = ['right', 'wrong', 'noise'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Label extends FindingKey {
  /** `todo` is a stub written by `realworld:unlabelled --stubs`: not a label yet. */
  verdict: Verdict | 'todo';
  why: string;
  /** The line the finding was on when labelled: a hint for the reader, not part of the key. */
  seenAt?: number;
}

/** A problem a reviewer raised, and what finding would count as catching it. */
export interface Problem {
  id: string;
  repo: string;
  file: string;
  /** Rule codes that would catch it (some may not exist yet: the recall gap). */
  codes: string[];
  /** A route key such as `DELETE /api/tasks/{id}`: the finding must be about it. */
  route?: string;
  /** Or the hash of the line the finding must be on (see labelKey.ts). */
  line?: string;
  what: string;
}

/** Labels, problems and baseline; `SPEC_ARCHITECT_REALWORLD_DIR` points elsewhere (the level's own tests do). */
export const REALWORLD_DIR = process.env.SPEC_ARCHITECT_REALWORLD_DIR ?? join(process.cwd(), 'test', 'realworld');
export const LABELS_DIR = join(REALWORLD_DIR, 'labels');

export function labelFile(repo: string): string {
  return join(LABELS_DIR, `${repo}.json`);
}

/** Reads every label file; `problems` lists what is malformed. */
export function loadLabels(dir = LABELS_DIR): { labels: Label[]; problems: string[] } {
  const labels: Label[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const name of files) {
    const entries = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Label[];
    for (const [i, l] of entries.entries()) {
      const where = `${name}[${i}]`;
      if (`${l.repo}.json` !== name) problems.push(`${where}: repo "${l.repo}" is not this file's repository`);
      if (typeof l.file !== 'string' || typeof l.code !== 'string' || !/^[0-9a-f]{12}$/.test(l.line) || !Number.isInteger(l.n) || (l.route !== undefined && typeof l.route !== 'string')) problems.push(`${where}: malformed key`);
      if (l.verdict !== 'todo' && !VERDICTS.includes(l.verdict)) problems.push(`${where}: verdict "${l.verdict}" is not right, wrong, noise or todo`);
      if (l.verdict !== 'todo' && !(typeof l.why === 'string' && l.why.trim())) problems.push(`${where}: a ${l.verdict} label needs a reason`);
      const key = keyString(l);
      if (seen.has(key)) problems.push(`${where}: the same finding is labelled twice`);
      seen.add(key);
      labels.push(l);
    }
  }
  return { labels, problems };
}

export function saveLabels(repo: string, labels: Label[]): void {
  const sorted = [...labels].sort((a, b) => a.file.localeCompare(b.file) || (a.seenAt ?? 0) - (b.seenAt ?? 0) || a.code.localeCompare(b.code) || (a.route ?? '').localeCompare(b.route ?? '') || a.n - b.n);
  // One label a line: easy to read, edit and review in a diff.
  writeFileSync(labelFile(repo), `[\n${sorted.map((l) => JSON.stringify(l)).join(',\n')}\n]\n`);
}

export function loadProblems(file = join(REALWORLD_DIR, 'problems.json')): { problems: Problem[]; malformed: string[] } {
  const problems = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Problem[]) : [];
  const malformed: string[] = [];
  const ids = new Set<string>();
  for (const p of problems) {
    if (!p.id || ids.has(p.id)) malformed.push(`problem ${p.id}: missing or duplicate id`);
    ids.add(p.id);
    if (!p.repo || !p.file || !Array.isArray(p.codes) || p.codes.length === 0 || !p.what) malformed.push(`problem ${p.id}: needs repo, file, codes and what`);
    if (p.line !== undefined && !/^[0-9a-f]{12}$/.test(p.line)) malformed.push(`problem ${p.id}: line must be a 12-hex hash`);
  }
  return { problems, malformed };
}
