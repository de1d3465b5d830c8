// GitHub's heading anchors: the rules github-slugger applies, so `#anchor`
// means what it means on GitHub and in VS Code's markdown preview.

const PLAIN_SLUG = /^[a-z0-9 _-]*$/;
const MARKUP = /[[`*_]/;
const UNDERSCORE_EMPHASIS = /(?<![\p{L}\p{N}_])(__?)(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}_])/gu;

/** Lowercases, drops punctuation, turns spaces into `-` (GitHub's slug of one heading). */
export function githubSlug(text: string): string {
  const lower = headingPlainText(text).toLowerCase();
  // Most headings are plain words: nothing to drop, only spaces to turn into `-`.
  if (PLAIN_SLUG.test(lower)) return lower.replace(/ /g, '-');
  return lower
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The visible text of a heading: inline code ticks, emphasis marks and link targets removed. */
export function headingPlainText(text: string): string {
  // Without link, code or emphasis marks there is nothing to remove.
  if (!MARKUP.test(text)) return text.trim();
  return text
    // Neither part may hold its own opening bracket: each `[` then scans only to the next one, so `[[[[...` or `[a](` repeated stay linear.
    .replace(/!?\[([^\][]*)\]\([^()]*\)/g, '$1')
    .replace(/`+/g, '')
    .replace(/(\*\*|\*)/g, '')
    // Underscores mark emphasis only in pairs that are not inside a word (CommonMark): `__init__` is bold, `{a__a}` and `user_id` are text.
    .replace(UNDERSCORE_EMPHASIS, '$2')
    .trim();
}

/** Hands out slugs in document order; a repeated slug gets `-1`, `-2`, as on GitHub. */
export class Slugger {
  private readonly seen = new Map<string, number>();
  /** Whether the last slug handed out was a repeat given a `-N` suffix (unique to its file). */
  lastRepeated = false;

  slug(text: string): string {
    const base = githubSlug(text);
    let slug = base;
    let count = this.seen.get(base) ?? 0;
    while (this.seen.has(slug)) slug = `${base}-${++count}`;
    this.seen.set(base, count);
    this.seen.set(slug, 0);
    this.lastRepeated = slug !== base;
    return slug;
  }
}
