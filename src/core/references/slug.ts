// GitHub's heading anchors: the rules github-slugger applies, so `#anchor`
// means what it means on GitHub and in VS Code's markdown preview.

/** Lowercases, drops punctuation, turns spaces into `-` (GitHub's slug of one heading). */
export function githubSlug(text: string): string {
  return headingPlainText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The visible text of a heading: inline code ticks, emphasis marks and link targets removed. */
export function headingPlainText(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`+/g, '')
    .replace(/(\*\*|__|\*)/g, '')
    .trim();
}

/** Hands out slugs in document order; a repeated slug gets `-1`, `-2`, as on GitHub. */
export class Slugger {
  private readonly seen = new Map<string, number>();

  slug(text: string): string {
    const base = githubSlug(text);
    let slug = base;
    let count = this.seen.get(base) ?? 0;
    while (this.seen.has(slug)) slug = `${base}-${++count}`;
    this.seen.set(base, count);
    this.seen.set(slug, 0);
    return slug;
  }
}
