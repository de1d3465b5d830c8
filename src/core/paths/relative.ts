// Plain workspace-relative POSIX paths: the only shape of path the core hands
// to a host. Anything else (`..`, absolute, a drive letter, a backslash, an
// empty or `.` segment) is refused before a host is asked about it.

/** True for a plain relative POSIX path (`specs/api/tasks.md`). */
export function isPlainRelative(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0') || /^[A-Za-z]:/.test(path)) return false;
  return path.split('/').every((p) => p !== '' && p !== '.' && p !== '..');
}

/** True when `path` is `root` or below it; the root '' holds everything. */
export function isUnder(path: string, root: string): boolean {
  return root === '' || path === root || path.startsWith(`${root}/`);
}

/**
 * The specs root without `./` and trailing slashes, or undefined when it is
 * not a folder below the workspace folder: `.`, '', `..`, absolute paths.
 * (The workspace folder itself cannot be the specs root: `@specs/x` would
 * then reach every file of the repository, `.git` and `.env` included.)
 */
export function normalizeSpecsRoot(specsRoot: string): string | undefined {
  const root = specsRoot.trim().replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  return isPlainRelative(root) ? root : undefined;
}
