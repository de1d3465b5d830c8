#!/usr/bin/env node
// Assembles the npm package of the CLI in its own folder (default dist/npm/)
// and, with --pack, packs it with `npm pack`. The package is generated rather
// than being this repository's package.json, which is the extension's
// manifest: its runtime dependencies are bundled (npm would install them for
// nothing), and its `contributes`, `engines.vscode` and `.vscodeignore` belong
// to the .vsix. The name, version, license and repository come from
// package.json (scripts/identity.mjs), so the extension and the CLI share one
// version.
//   --out <dir>        the folder to assemble (emptied first; default dist/npm)
//   --pack <dir>       also run `npm pack` there, writing the .tgz into <dir>
//   --publish-dry-run  also run `npm publish --dry-run` there
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliBundleOptions } from './cliBundle.mjs';
import { readManifest } from './identity.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** What the CLI needs at run time, and nothing else. */
const PACKAGE_FILES = ['dist/cli.js', 'specs-templates/', 'README.md', 'LICENSE'];

function option(name) {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

/** The repository as npm writes it (a `git+` URL), so `npm publish` has nothing to correct. */
function npmRepository(repository) {
  const url = typeof repository === 'string' ? repository : repository?.url ?? '';
  return { type: 'git', url: /^https?:/.test(url) ? `git+${url}` : url };
}

/** The npm manifest of the CLI package, derived from the extension's. */
function cliManifest(extension) {
  return {
    name: 'spec-architect',
    version: extension.version,
    description: 'Check the @specs/ references and lint the FastAPI API specs of a spec-driven project, in CI or a terminal: text, JSON or SARIF; also writes specs from a JSON design and exports OpenAPI 3.1.',
    keywords: ['fastapi', 'openapi', 'spec-driven development', 'specs', 'markdown', 'lint', 'sarif', 'cli'],
    license: extension.license,
    repository: npmRepository(extension.repository),
    bin: { 'spec-architect': 'dist/cli.js' },
    files: PACKAGE_FILES,
    engines: { node: extension.engines.node },
  };
}

function npm(args, cwd) {
  const run = spawnSync('npm', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (run.status !== 0) {
    process.stderr.write(`pack-cli: npm ${args.join(' ')} failed (exit ${run.status ?? run.signal})\n`);
    process.exit(1);
  }
}

const out = resolve(option('--out') ?? join(ROOT, 'dist/npm'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
process.chdir(ROOT);
await esbuild.build(cliBundleOptions({ outfile: join(out, 'dist/cli.js'), production: true }));
cpSync(join(ROOT, 'specs-templates'), join(out, 'specs-templates'), { recursive: true });
// The npm page is the CLI's own documentation, not the extension's gallery page.
cpSync(join(ROOT, 'docs/cli.md'), join(out, 'README.md'));
cpSync(join(ROOT, 'LICENSE'), join(out, 'LICENSE'));
writeFileSync(join(out, 'package.json'), `${JSON.stringify(cliManifest(readManifest(ROOT)), null, 2)}\n`);
process.stderr.write(`pack-cli: assembled ${out}\n`);

const packInto = option('--pack');
if (packInto) {
  mkdirSync(resolve(packInto), { recursive: true });
  npm(['pack', '--pack-destination', resolve(packInto)], out);
}
if (process.argv.includes('--publish-dry-run')) npm(['publish', '--dry-run'], out);
