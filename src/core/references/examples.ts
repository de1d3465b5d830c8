// References written as examples rather than as references: inside an agent
// file's `<example>` block (the files the agent would write), or naming a
// placeholder (`@specs/features/new-feature.md`, `@specs/your-feature/spec.md`,
// `@specs/xxx.md`). They are reported as hints that say why, not as errors.
// Broken references in real prose and code comments stay errors.
import type { SpecToken } from './scanner';

/** The `<example>...</example>` blocks of a text, as offset pairs. */
export function exampleBlocks(text: string): Array<[number, number]> {
  if (!text.includes('<example')) return [];
  const out: Array<[number, number]> = [];
  const open = /<example\b[^>]*>/gi;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const close = text.indexOf('</example>', m.index);
    const end = close < 0 ? text.length : close;
    out.push([m.index, end]);
    open.lastIndex = end;
  }
  return out;
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
  if (blocks.some(([a, b]) => at >= a && at < b)) return 'it is inside an <example> block, which shows what an agent would write';
  const segments = token.path.replace(/\.md$/i, '').split('/').filter(Boolean);
  const named = segments.find((s) => PLACEHOLDER.test(s.replace(/\.md$/i, '')));
  if (named) return `"${named}" reads as a placeholder name, not a real file`;
  return undefined;
}
