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

