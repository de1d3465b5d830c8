// Which files are scanned for tokens, by VS Code language id, so the editor
// and the CLI pick the same files.

/** File extensions of the language ids the `specArchitect.languages` setting names. */
export const LANGUAGE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  markdown: ['md', 'markdown', 'mdx'],
  python: ['py', 'pyi'],
  typescript: ['ts', 'tsx', 'mts', 'cts'],
  javascript: ['js', 'jsx', 'mjs', 'cjs'],
  plaintext: ['txt'],
  yaml: ['yaml', 'yml'],
  json: ['json'],
};

export { DEFAULT_LANGUAGES } from '../settings';

/** Folders never crawled: dependencies, build output, version control. */
export const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out', '.venv', 'venv', '__pycache__', '.vscode-test', 'build', '.next']);

/** A predicate telling whether a workspace path is in one of the languages. */
export function scannedBy(languages: readonly string[]): (path: string) => boolean {
  const exts = new Set(languages.flatMap((l) => LANGUAGE_EXTENSIONS[l] ?? []));
  return (path) => {
    const dot = path.lastIndexOf('.');
    if (dot === -1) return false;
    return exts.has(path.slice(dot + 1).toLowerCase());
  };
}
