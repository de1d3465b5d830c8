// The review in a few numbers, for the side bar: how many routes, how many of
// them have gaps (and how many gaps), the open questions, and the files that
// Generate would change. The full review is the Review panel's.
import type { CoverageRow, PreviewFile, Problem, Question } from './shapes';

export interface ReviewSummary {
  routes: number;
  routesWithGaps: number;
  gaps: number;
  questions: number;
  problems: number;
  /** Files Generate would create, change or delete (unchanged ones left out). */
  filesChanging: number;
}

export function reviewSummary(review: { coverage: CoverageRow[]; questions: Question[]; problems: Problem[]; files: PreviewFile[] }): ReviewSummary {
  return {
    routes: review.coverage.length,
    routesWithGaps: review.coverage.filter((r) => r.gaps.length > 0).length,
    gaps: review.coverage.reduce((n, r) => n + r.gaps.length, 0),
    questions: review.questions.length,
    problems: review.problems.length,
    filesChanging: review.files.filter((f) => f.status !== 'unchanged').length,
  };
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The summary in words: "5 routes, 1 with gaps (2 gaps); 1 open question; 2 files change". */
export function summaryWords(s: ReviewSummary): string {
  const gaps = s.routesWithGaps === 0 ? 'no gaps' : `${s.routesWithGaps} with gaps (${count(s.gaps, 'gap')})`;
  const files = s.filesChanging === 0 ? 'no file changes' : `${count(s.filesChanging, 'file')} ${s.filesChanging === 1 ? 'changes' : 'change'}`;
  return `${count(s.routes, 'route')}, ${gaps}; ${count(s.questions, 'open question')}; ${files}.`;
}
