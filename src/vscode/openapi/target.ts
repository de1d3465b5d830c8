// Where the export may write: a path inside the workspace folder, also after
// following symbolic links of the folders that already exist.
import type { SpecHost } from '../../core/host';

/**
 * The workspace-relative POSIX form of `relativePath` when it stays inside the
 * folder, or undefined. `..` segments, absolute paths and links leading out
 * are refused.
 */
export async function insideFolder(host: SpecHost, relativePath: string): Promise<string | undefined> {
  const parts = relativePath.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (relativePath.startsWith('/') || /^[A-Za-z]:/.test(relativePath) || parts.length === 0 || parts.includes('..')) return undefined;
  // The nearest existing ancestor (or the file itself) must resolve inside the folder.
  for (let n = parts.length; n >= 1; n--) {
    const real = await host.realPath(parts.slice(0, n).join('/'));
    if (real === null) return undefined;
    if (real !== undefined) break;
  }
  return parts.join('/');
}
