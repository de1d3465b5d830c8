// The budget a file must fit before the markdown parser (micromark) reads it
// for the API lint and the OpenAPI export. The parser is superlinear on some
// shapes (deep lists, long paragraphs), so one hostile file could stall the
// whole workspace. A file past the budget is reported with its size, depth or
// longest paragraph and left out of the API lint; the reference scanner, which
// is linear, still checks its `@specs/` tokens. The largest API spec of 20 real projects is
// 23 KB: the budget is ten times that.
import type { Finding } from '../diagnostics';
import { longestParagraph } from './blockLines';

export const MARKDOWN_BUDGET = {
  /** Characters per file (256 KiB of ASCII). */
  maxChars: 256 * 1024,
  /** Levels of list and blockquote nesting. */
  maxDepth: 32,
  /**
   * Characters in one paragraph. micromark resolves a paragraph's inline
   * content (code spans, emphasis, entities, escapes, links) in time that grows
   * with the square of the paragraph, whatever it holds; the longest paragraph
   * of 20 real projects' specs is 2.4 KB.
   */
  maxParagraphChars: 16 * 1024,
} as const;

/** How deeply a line nests: its `>` markers, its indentation by two spaces (a tab is four) and a list marker. */
function lineDepth(text: string, from: number, to: number): number {
  let depth = 0;
  let spaces = 0;
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 62) depth++;
    else if (c === 32) spaces++;
    else if (c === 9) spaces += 4;
    else break;
  }
  const c = text.charCodeAt(i);
  const marker = (c === 45 || c === 42 || c === 43) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9);
  return depth + Math.floor(spaces / 2) + (marker ? 1 : 0);
}

export type BudgetProblem = { code: 'io.too-large' | 'io.too-deep'; message: string };

/** Why `text` is past the budget, or undefined when the parser may read it. */
export function overBudget(file: string, text: string): BudgetProblem | undefined {
  if (text.length > MARKDOWN_BUDGET.maxChars) {
    return { code: 'io.too-large', message: `${file} holds ${text.length} characters, more than the ${MARKDOWN_BUDGET.maxChars} the API lint reads; it was not linted (its @specs/ references were still checked). Split it into one file per resource.` };
  }
  const paragraph = longestParagraph(text);
  if (paragraph.chars > MARKDOWN_BUDGET.maxParagraphChars) {
    return { code: 'io.too-large', message: `${file} holds a paragraph of ${paragraph.chars} characters (from line ${paragraph.line + 1}), more than the ${MARKDOWN_BUDGET.maxParagraphChars} the API lint reads in one; it was not linted (its @specs/ references were still checked). Break the paragraph with blank lines.` };
  }
  let deepest = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    deepest = Math.max(deepest, lineDepth(text, start, end));
    start = end + 1;
  }
  if (deepest > MARKDOWN_BUDGET.maxDepth) {
    return { code: 'io.too-deep', message: `${file} nests ${deepest} levels of lists or quotes, more than the ${MARKDOWN_BUDGET.maxDepth} the API lint reads; it was not linted (its @specs/ references were still checked). Flatten the nesting.` };
  }
  return undefined;
}

/** The finding for a file past the budget. */
export function budgetFinding(file: string, problem: BudgetProblem): Finding {
  const start = { line: 0, character: 0, offset: 0 };
  return { code: problem.code, severity: 'warning', message: problem.message, file, range: { start, end: start }, source: 'api-lint' };
}
