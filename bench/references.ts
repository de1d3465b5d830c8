// The kinds of reference the synthetic workspace holds, and how one reference
// is written in each of the two forms: an `@specs/` token for this project, an
// ordinary relative markdown link for vscode-markdown-languageservice.

/** Reference kinds that resolve. */
export const VALID_KINDS = ['file', 'file-no-ext', 'folder', 'glob', 'heading'] as const;

/** Reference kinds that are broken, one per diagnostic code of ours. */
export const BROKEN_KINDS = [
  'no-such-file',
  'no-such-heading',
  'no-such-folder',
  'glob-no-match',
  'outside-root',
  'case-mismatch',
] as const;

export type ValidKind = (typeof VALID_KINDS)[number];
export type BrokenKind = (typeof BROKEN_KINDS)[number];
export type RefKind = ValidKind | BrokenKind;

/** The diagnostic code of ours that each broken kind must produce. */
export const CODE_OF_KIND: Readonly<Record<BrokenKind, string>> = {
  'no-such-file': 'ref.no-such-file',
  'no-such-heading': 'ref.no-such-heading',
  'no-such-folder': 'ref.no-such-folder',
  'glob-no-match': 'ref.glob-no-match',
  'outside-root': 'ref.outside-root',
  'case-mismatch': 'ref.case-mismatch',
};

/**
 * One reference. `path` and `anchor` are what follows `@specs/`; `linkPath`
 * and `linkAnchor` are the markdown link's target relative to the specs root
 * (markdown has no globs, so a glob is linked as its folder).
 */
export interface RefSpec {
  kind: RefKind;
  path: string;
  anchor?: string;
  linkPath: string;
  linkAnchor?: string;
}

export function isBroken(kind: RefKind): kind is BrokenKind {
  return (BROKEN_KINDS as readonly string[]).includes(kind);
}

/** The `@specs/` token of a reference. */
export function tokenText(ref: RefSpec): string {
  return `@specs/${ref.path}${ref.anchor === undefined ? '' : `#${ref.anchor}`}`;
}

/**
 * The markdown link of a reference, written in a file one folder below the
 * specs root (every generated file lives at `specs/<area>/<name>.md`).
 */
export function linkText(ref: RefSpec, label: string): string {
  const anchor = ref.linkAnchor === undefined ? '' : `#${ref.linkAnchor}`;
  return `[${label}](../${ref.linkPath}${anchor})`;
}
