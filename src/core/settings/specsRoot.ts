// The one normalisation of the specs root: `specs/`, `./specs` and `specs`
// are the same folder, and `.` or an empty value is the workspace folder
// itself. Which roots are allowed (a folder below the workspace folder) is
// checkedSpecsRoot's answer, used by the settings schema and by the commands
// that write.
import { isPlainRelative } from '../paths';

/** Trims `./` and slashes; `.` becomes `` (the workspace folder). */
export function normalizeSpecsRoot(root: string): string {
  const trimmed = root.trim().replace(/^(?:\.\/+)+/, '').replace(/^\/+|\/+$/g, '');
  return trimmed === '.' ? '' : trimmed;
}

/**
 * The specs root normalised, or undefined when it is not a folder below the
 * workspace folder: the folder itself (`.`, ''), `..`, an absolute path, a
 * drive letter, a backslash or an empty or `.` segment.
 */
export function checkedSpecsRoot(root: string): string | undefined {
  if (root.trim().startsWith('/')) return undefined;
  const normalized = normalizeSpecsRoot(root);
  return isPlainRelative(normalized) ? normalized : undefined;
}

/**
 * Why a specs root is refused, in words, or undefined when it is allowed.
 * The workspace folder itself is refused because `@specs/x` would then reach
 * every file of the repository, `.git` and `.env` included.
 */
export function specsRootRefusal(root: string): string | undefined {
  if (checkedSpecsRoot(root) !== undefined) return undefined;
  const normalized = normalizeSpecsRoot(root);
  if (normalized === '') return 'the workspace folder itself cannot be the specs root: @specs/ would then reach every file of the repository (.git, .env and the rest)';
  if (root.trim().startsWith('/') || /^[A-Za-z]:/.test(normalized)) return 'the specs root must be relative to the workspace folder, not absolute';
  if (normalized.split('/').includes('..')) return 'the specs root must stay inside the workspace folder';
  return 'the specs root must be a plain folder path (no backslashes, no empty or "." parts)';
}

/** Joins the specs root and a path under it (`specs` + `api` = `specs/api`). */
export function underSpecsRoot(root: string, rel: string): string {
  return root === '' ? rel : rel === '' ? root : `${root}/${rel}`;
}
