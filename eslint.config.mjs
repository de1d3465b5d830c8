// ESLint flat config. The rule that matters most here is the boundary:
// src/core is pure (no VS Code, no file system, no Node built-ins), so it runs
// the same in the extension host, the CLI, the webview and the unit tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'fs', 'fs/promises', 'path', 'os', 'child_process', 'net', 'http', 'https', 'crypto', 'url', 'util', 'stream', 'worker_threads',
];

// Each area of src/core (model, writer, reader, references, lint, openapi,
// settings, service, ...) is used through its index.ts; its other files are its
// own. Inside src/core a path that climbs out of the area and names a file in
// another one (`../references/positions`) is refused; outside it, any path into
// a core area's files (`../core/lint/workspace`). Tests may reach internals.
const AREA_INTERNALS = { regex: String.raw`^(\.\./)+(?!\.)[^/]+/.+`, message: 'Import another area through its index.ts (e.g. "../references"), not its files: add what you need to that area\'s exports.' };
const CORE_INTERNALS = { regex: String.raw`(^|/)core/[^/]+/.+`, message: 'Import a core area through its index.ts (e.g. "../core/references"), not its files: add what you need to that area\'s exports.' };

const CORE_PATHS = [
  { name: 'vscode', message: 'src/core must not depend on VS Code: pass what it needs in through the host interface.' },
  ...nodeBuiltins.map((name) => ({ name, message: 'src/core must not touch Node built-ins or the file system: use the injected host.' })),
];
const CORE_PATTERNS = [
  { group: ['node:*'], message: 'src/core must not touch Node built-ins or the file system: use the injected host.' },
  { group: ['**/vscode/**', '**/cli/**'], message: 'src/core must not import from the adapters.' },
  { group: ['**/protocol/**'], message: 'src/core must not import the webview protocol: the protocol is built from the core (model, designer shapes), not the other way round.' },
];
// The API Designer's pure logic is reached through its entry point,
// src/core/designer/index.ts, never through its files.
const designerInternals = { group: ['**/core/designer/*'], message: 'Import the API Designer from src/core/designer (its index.ts), not from its files.' };

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**', '.vscode-test/**', 'examples/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [designerInternals] }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: CORE_PATHS, patterns: [...CORE_PATTERNS, AREA_INTERNALS, designerInternals] }],
    },
  },
  {
    files: ['src/vscode/**/*.ts', 'src/cli/**/*.ts', 'src/protocol/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [CORE_INTERNALS] }],
    },
  },
  {
    files: ['webview/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The webview runs in a browser: talk to the host through webview/../src/protocol.' }],
        patterns: [{ group: ['node:*', 'fs', 'path'], message: 'The webview runs in a browser.' }, designerInternals, CORE_INTERNALS],
      }],
    },
  },
);
