// References written as examples rather than as references: inside an agent
// file's `<example>` block (the files the agent would write), or naming a
// placeholder (`@specs/features/new-feature.md`, `@specs/your-feature/spec.md`,
// `@specs/xxx.md`). They are reported as hints that say why, not as errors.
// Broken references in real prose and code comments stay errors.
import type { SpecToken } from './scanner';

/**
 * The `<example>...</example>` blocks of a text, as sorted, disjoint offset
 * pairs. Found with `indexOf`: a pattern such as `<example\b[^>]*>` rescanned
 * the rest of the text at every `<example` without a `>`.
 */
export function exampleBlocks(text: string): Array<[number, number]> {
  if (!text.includes('<example')) return [];
  const out: Array<[number, number]> = [];
  const open = /<example(?![\w])/gi;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    if (text.indexOf('>', m.index + 8) < 0) break;
    const close = text.indexOf('</example>', m.index);
    const end = close < 0 ? text.length : close;
    out.push([m.index, end]);
    open.lastIndex = end;
  }
  return out;
}

/** Whether an offset lies in one of the sorted, disjoint blocks (a binary search, not a scan per token). */
function inBlock(blocks: ReadonlyArray<[number, number]>, at: number): boolean {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = blocks[mid] as [number, number];
    if (at < a) hi = mid - 1;
    else if (at >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

const PLACEHOLDER = /^(?:new[-_]feature|feature[-_]name|my[-_]feature|some[-_]feature|file|filename|file[-_]name|name|example|foo|bar|baz|your[-_][\w-]*|x{3,}|\.\.\.)$/i;

/**
 * Spec-Kit's prompt history records (`history/prompts/**`): each is a log of
 * a prompt as it was asked, often naming files still to be written; nobody
 * follows it as a pointer now.
 */
const RECORDED_PROMPT = /(?:^|\/)history\/prompts\//;

/** Why the references of a whole file are records rather than pointers, or undefined. */
export function recordReason(path: string): string | undefined {
  return RECORDED_PROMPT.test(path) ? 'the file is a recorded prompt (history/prompts/), a log of what was asked, not instructions followed now' : undefined;
}

/** Why a token is an example and not a reference, or undefined. */
export function exampleReason(token: SpecToken, blocks: ReadonlyArray<[number, number]>): string | undefined {
  const at = token.range.start.offset;
  if (inBlock(blocks, at)) return 'it is inside an <example> block, which shows what an agent would write';
  const segments = token.path.replace(/\.md$/i, '').split('/').filter(Boolean);
  const named = segments.find((s) => PLACEHOLDER.test(s.replace(/\.md$/i, '')));
  if (named) return `"${named}" reads as a placeholder name, not a real file`;
  return undefined;
}
