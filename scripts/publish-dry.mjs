#!/usr/bin/env node
// `npm run publish:dry`: everything up to publishing, without a registry
// token. Refuses first, before building anything, while the publisher or the
// repository is a placeholder or the README, lockfile and CHANGELOG disagree
// with the version. Then builds for production and runs, in their dry modes:
//   vsce ls        the .vsix holds exactly what the extension needs
//   vsce package   as `vsce publish` packages (README links made absolute
//                  against the repository), failing on any warning
//   Open VSX       (before the build) the metadata rules open-vsx.org applies
//                  on upload, checked here: ovsx has no dry-run, and
//                  `ovsx verify-pat` needs the registry and a token, so ovsx
//                  itself is skipped
//   npm publish --dry-run   on the CLI package (scripts/pack-cli.mjs)
// Exits 1 with every problem named, 0 when all passed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readManifest } from './identity.mjs';
import { expectedVsixFiles, openVsxProblems, placeholderProblems, versionProblems, vsixFileProblems } from './releaseChecks.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const say = (text) => process.stdout.write(`${text}\n`);

function refuse(title, problems) {
  say(`publish:dry: ${title}:`);
  for (const p of problems) say(`  - ${p}`);
  process.exit(1);
}

/** Runs a tool from node_modules/.bin (or npm), returning its output; stops on a non-zero exit. */
function tool(command, args, { quiet = false } = {}) {
  const bin = command === 'node' ? process.execPath : command === 'npm' ? 'npm' : join(ROOT, 'node_modules/.bin', command);
  const run = spawnSync(bin, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (!quiet) process.stdout.write(output);
  if (run.status !== 0) refuse(`${command} ${args.join(' ')} failed (exit ${run.status ?? run.signal})`, [output.trim().split('\n').slice(-5).join(' / ')]);
  return output;
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split(sep).join('/'));
}

const manifest = readManifest(ROOT);
const read = (file) => readFileSync(join(ROOT, file), 'utf8');
const before = [
  ...placeholderProblems(manifest),
  ...versionProblems(manifest, { readme: read('README.md'), changelog: read('CHANGELOG.md'), lockfile: JSON.parse(read('package-lock.json')) }),
];
if (before.length > 0) refuse('not ready to publish; fix these, then run it again', before);
say(`publish:dry: ${manifest.publisher}.${manifest.name} ${manifest.version} from ${manifest.repository.url ?? manifest.repository}`);
// The metadata rules need no build, so they run before it.
const openVsx = openVsxProblems(manifest);
if (openVsx.length > 0) refuse('open-vsx.org would refuse this manifest', openVsx);
say('Open VSX: the manifest passes open-vsx.org\'s metadata rules (name, namespace, version, field sizes, URLs, gallery banner, license)');

tool('node', ['scripts/build.mjs', '--production']);

const listed = tool('vsce', ['ls', '--no-dependencies'], { quiet: true }).trim().split('\n').map((l) => l.trim()).filter(Boolean).sort();
const files = vsixFileProblems(listed, expectedVsixFiles([...filesUnder(join(ROOT, 'media')), ...filesUnder(join(ROOT, 'specs-templates'))]));
if (files.length > 0) refuse('the .vsix would not hold exactly what the extension needs', files);
say(`vsce ls: ${listed.length} files, exactly the manifest, README, CHANGELOG, LICENSE, the three bundles, media/ and specs-templates/`);

const vsixDir = join(ROOT, 'dist/publish-dry');
mkdirSync(vsixDir, { recursive: true });
const vsix = join(vsixDir, `${manifest.name}-${manifest.version}.vsix`);
const packaged = tool('vsce', ['package', '--no-dependencies', '--out', vsix]);
const warnings = packaged.split('\n').filter((l) => /WARNING|::warning/.test(l));
if (warnings.length > 0) refuse('vsce package printed warnings, which the Marketplace page would show as problems', warnings);
say(`vsce package: no warnings; wrote ${relative(ROOT, vsix)}`);
say('vsce publish: skipped, it needs a Marketplace token (VSCE_PAT); `vsce publish --packagePath` uploads the file above');

say('ovsx: skipped, it has no dry-run or offline check (ovsx verify-pat and ovsx publish need open-vsx.org and a token, OVSX_PAT); `ovsx publish <vsix>` uploads the same file');

const published = tool('node', ['scripts/pack-cli.mjs', '--pack', 'dist', '--publish-dry-run']);
if (/auto-corrected/.test(published)) refuse('npm publish corrected the CLI package\'s package.json (scripts/pack-cli.mjs should write it as npm wants)', published.split('\n').filter((l) => /npm warn publish/.test(l)));
say(`npm publish --dry-run: spec-architect@${manifest.version} (dist/npm/) passes; publishing needs an npm token`);
say('publish:dry: ready to publish');
