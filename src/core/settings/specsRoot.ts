// The one normalisation of the specs root: `specs/`, `./specs` and `specs`
// are the same folder, and `.` or an empty value is the workspace folder
// itself. Validation (no `..`, nothing absolute) is the settings schema's job.

/** Trims `./` and slashes; `.` becomes `` (the workspace folder). */
export function normalizeSpecsRoot(root: string): string {
  const trimmed = root.trim().replace(/^(?:\.\/+)+/, '').replace(/^\/+|\/+$/g, '');
  return trimmed === '.' ? '' : trimmed;
}

/** Joins the specs root and a path under it (`specs` + `api` = `specs/api`). */
export function underSpecsRoot(root: string, rel: string): string {
  return root === '' ? rel : rel === '' ? root : `${root}/${rel}`;
}
