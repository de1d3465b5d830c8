// The figures: each finding matched to its label, precision per rule and
// overall (right / all findings; wrong, noise and unlabelled all count
// against it), findings per repository, and recall on the problems a reviewer
// found (a problem is caught when at least one finding matches it).
import { keyOf, keyString, normaliseRoute, type KeyedFinding } from './labelKey';
import type { Label, Problem } from './labels';

export type Outcome = 'right' | 'wrong' | 'noise' | 'unlabelled';

export interface RuleFigures {
  right: number;
  wrong: number;
  noise: number;
  unlabelled: number;
  precision: number;
}

export interface Figures {
  total: number;
  overall: RuleFigures;
  perRule: Record<string, RuleFigures>;
  perRepo: Record<string, number>;
  /** Labels with a verdict (not stubs), whether or not the lint still reports them. */
  labelled: number;
  /** Labelled findings the lint reports today. */
  labelledReported: number;
  unlabelled: KeyedFinding[];
  /** Labels whose finding is no longer reported; `right` ones are true findings lost. */
  stale: Label[];
  /**
   * Labels judged right whose claim the lint still makes today: the same
   * finding, or a finding placed once for many routes (`routes`) of the same
   * file and rule that names the label's route. The ratchet keeps this from
   * falling, so reporting a cause once instead of per route loses nothing.
   */
  rightClaimed: number;
  recall: number;
  caught: Problem[];
  missed: Problem[];
}

function emptyRule(): RuleFigures {
  return { right: 0, wrong: 0, noise: 0, unlabelled: 0, precision: 0 };
}

function finish(r: RuleFigures): RuleFigures {
  const all = r.right + r.wrong + r.noise + r.unlabelled;
  return { ...r, precision: all === 0 ? 0 : r.right / all };
}

export function problemMatches(p: Problem, f: KeyedFinding): boolean {
  if (f.repo !== p.repo || f.file !== p.file || !p.codes.includes(f.code)) return false;
  // A finding placed once for many routes (a missing file-wide statement) is about each of them.
  const about = f.route !== undefined ? [f.route] : (f.routes ?? []);
  if (p.route !== undefined && !about.some((r) => normaliseRoute(r) === normaliseRoute(p.route as string))) return false;
  if (p.line !== undefined && f.hash !== p.line) return false;
  return true;
}

export function measure(findings: KeyedFinding[], labels: Label[], problems: Problem[]): Figures {
  const byKey = new Map(labels.filter((l) => l.verdict !== 'todo').map((l) => [keyString(l), l]));
  const reported = new Set<string>();
  const overall = emptyRule();
  const perRule: Record<string, RuleFigures> = {};
  const perRepo: Record<string, number> = {};
  const unlabelled: KeyedFinding[] = [];
  for (const f of findings) {
    const key = keyString(keyOf(f));
    const label = byKey.get(key);
    const outcome: Outcome = label ? (label.verdict as Outcome) : 'unlabelled';
    if (label) reported.add(key);
    else unlabelled.push(f);
    const rule = (perRule[f.code] ??= emptyRule());
    rule[outcome]++;
    overall[outcome]++;
    perRepo[f.repo] = (perRepo[f.repo] ?? 0) + 1;
  }
  for (const code of Object.keys(perRule)) perRule[code] = finish(perRule[code] as RuleFigures);
  const caught = problems.filter((p) => findings.some((f) => problemMatches(p, f)));
  const missed = problems.filter((p) => !caught.includes(p));
  return {
    total: findings.length,
    overall: finish(overall),
    perRule,
    perRepo,
    labelled: byKey.size,
    labelledReported: reported.size,
    unlabelled,
    stale: [...byKey.values()].filter((l) => !reported.has(keyString(l)) && !(l.verdict === 'right' && coveredByGroup(l, findings))),
    rightClaimed: [...byKey.values()].filter((l) => l.verdict === 'right' && (reported.has(keyString(l)) || coveredByGroup(l, findings))).length,
    recall: problems.length === 0 ? 0 : caught.length / problems.length,
    caught,
    missed,
  };
}

/**
 * Whether today's findings still make a right label's claim in another place:
 * for a label on a route, a finding placed once for many routes (same
 * repository, file and rule) that names it; for a label on the file (no
 * route: "this file never says ..."), a finding of the same rule placed once
 * for many routes of that file.
 */
function coveredByGroup(l: Label, findings: readonly KeyedFinding[]): boolean {
  const same = findings.filter((f) => f.repo === l.repo && f.file === l.file && f.code === l.code && (f.routes ?? []).length > 0);
  if (l.route === undefined) return same.length > 0;
  const route = normaliseRoute(l.route);
  return same.some((f) => (f.routes ?? []).some((r) => normaliseRoute(r) === route));
}

/** How many labelled findings (reported today) a rule has; the ratchet keeps rules with at least 10. */
export function labelledOf(r: RuleFigures): number {
  return r.right + r.wrong + r.noise;
}
