#!/usr/bin/env node
// Bundles the extension, the CLI and the webview with esbuild; with --tests,
// also every test file, the test harness and the benchmark into out/.
// Type-checking is separate (`npm run typecheck`): esbuild only strips types.
//   --production  minify, no source maps (what `npm run package` ships)
//   --tests       also build test/ and bench/ into out/
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cliBundleOptions } from './cliBundle.mjs';
import { identityDefines, readManifest } from './identity.mjs';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const withTests = args.has('--tests');

/** Every file under `dir` whose name matches `pattern`. */
function filesUnder(dir, pattern) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'fixtures') found.push(...filesUnder(path, pattern));
    } else if (pattern.test(name)) {
      found.push(path);
    }
  }
  return found.sort();
}

/**
 * Deletes files under `dir` that this build did not write: the outputs of test
 * files since deleted or renamed. The folder is not wiped before building, so a
 * second build running at the same time never finds it empty halfway.
 */
function removeStaleOutputs(dir, builtAfter) {
  for (const path of filesUnder(dir, /\.js(\.map)?$/)) {
    if (statSync(path).mtimeMs < builtAfter - 1000) rmSync(path, { force: true });
  }
}

const common = {
  bundle: true,
  logLevel: 'warning',
  sourcemap: production ? false : 'linked',
  minify: production,
  target: 'es2022',
  legalComments: 'none',
};

// The version and repository from package.json, so `spec-architect --version`
// and the SARIF log name the release they were built from.
const nodeCommon = { ...common, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], define: identityDefines(readManifest()) };

const builds = [
  // The extension: runs in the VS Code extension host; `vscode` is provided there.
  { ...nodeCommon, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The CLI: plain Node, a single file with a shebang (the npm package's too).
  cliBundleOptions({ outfile: 'dist/cli.js', production }),
  // The wizard: runs in the webview's browser sandbox.
  { ...common, platform: 'browser', format: 'iife', entryPoints: ['webview/main.ts'], outfile: 'dist/webview.js' },
  // The Review panel: the same protocol, in a webview panel of the editor area.
  { ...common, platform: 'browser', format: 'iife', entryPoints: ['webview/review/main.ts'], outfile: 'dist/review.js' },
];

if (withTests) {
  const testEntries = [
    ...filesUnder('test/unit', /\.test\.ts$/),
    ...filesUnder('test/integration', /\.ts$/),
    ...filesUnder('test/e2e', /\.ts$/),
    ...filesUnder('test/harness', /\.ts$/),
    ...filesUnder('bench', /\.ts$/),
  ];
  if (testEntries.length > 0) {
    builds.push({
      ...nodeCommon,
      sourcemap: 'inline',
      minify: false,
      entryPoints: testEntries,
      outdir: 'out',
      outbase: '.',
      // Provided by the runtime (vscode), or loaded from node_modules at run time
      // because they locate their own files on disk.
      external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron', 'vscode-markdown-languageservice', 'ajv', 'ajv-formats', 'fast-check'],
    });
  }
}

const started = Date.now();
await Promise.all(builds.map((options) => esbuild.build(options)));
if (withTests) removeStaleOutputs('out', started);
const outputs = builds.map((b) => b.outfile ?? `${b.outdir}/ (${b.entryPoints.length} files)`);
process.stderr.write(`built ${outputs.map((o) => relative('.', o)).join(', ')} in ${Date.now() - started} ms\n`);
