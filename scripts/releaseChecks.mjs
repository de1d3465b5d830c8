// What `npm run publish:dry` checks before running vsce and npm: the
// publisher and repository are set (not the placeholders this repository
// ships with), the README's action reference, the lockfile and the CHANGELOG
// agree with package.json's version, the files vsce packs are the ones the
// extension needs, and the manifest passes the metadata rules open-vsx.org
// applies on upload (ovsx has no offline mode, so they are checked here).
import { repositoryWebUrl } from './identity.mjs';

/** Problems with the publisher and repository, each saying what to set. */
export function placeholderProblems(manifest) {
  const problems = [];
  if (!manifest.publisher || /placeholder/i.test(manifest.publisher)) {
    problems.push(`package.json "publisher" is the placeholder "${manifest.publisher ?? ''}": set it to your publisher id on the Visual Studio Marketplace (https://marketplace.visualstudio.com/manage), which is also the namespace to create on open-vsx.org.`);
  }
  const url = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url ?? '';
  if (!githubRepository(manifest)) {
    problems.push(`package.json "repository.url" is the placeholder "${url}": set it to the GitHub repository, e.g. https://github.com/<owner>/spec-architect.git (vsce makes the README's links point there, and the action is used as <owner>/spec-architect).`);
  }
  return problems;
}

/** `owner/name` of a https://github.com/owner/name repository URL, or undefined. */
export function githubRepository(manifest) {
  const match = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)$/.exec(repositoryWebUrl(manifest));
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** Problems with the one version: the README's `uses:` line, the lockfile, the CHANGELOG. */
export function versionProblems(manifest, { readme, changelog, lockfile }) {
  const problems = [];
  const version = manifest.version;
  const expected = `${githubRepository(manifest) ?? '<owner>/<name>'}@v${version}`;
  // Workflow lines only (`uses:` starting the line, as YAML writes it), not prose about them.
  const uses = [...readme.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+\/spec-architect@\S+)\s*$/gm)].map((m) => m[1]);
  if (uses.length === 0) problems.push(`README.md has no workflow step using the action (uses: ${expected}).`);
  for (const found of uses) {
    if (found !== expected) problems.push(`README.md uses the action as "${found}": write "uses: ${expected}" (the repository and version of package.json).`);
  }
  if (lockfile.version !== version || lockfile.packages?.['']?.version !== version) {
    problems.push(`package-lock.json is at version ${lockfile.version}, package.json at ${version}: run npm install to bring the lockfile to ${version}.`);
  }
  if (!new RegExp(`^## ${version.replace(/\./g, '\\.')}(\\s|$)`, 'm').test(changelog)) {
    problems.push(`CHANGELOG.md has no "## ${version}" entry: add what this release changes.`);
  }
  return problems;
}

/** The files the .vsix must hold, and nothing else, given the files under media/ and specs-templates/. */
export function expectedVsixFiles(mediaAndTemplates) {
  return ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/extension.js', 'dist/cli.js', 'dist/webview.js', 'dist/review.js', ...mediaAndTemplates].sort();
}

/** Differences between what `vsce ls` lists and what the extension needs. */
export function vsixFileProblems(listed, expected) {
  const problems = [];
  for (const file of listed) if (!expected.includes(file)) problems.push(`vsce would pack ${file}, which the extension does not need: exclude it in .vscodeignore.`);
  for (const file of expected) if (!listed.includes(file)) problems.push(`vsce would not pack ${file}, which the extension needs: include it in .vscodeignore.`);
  return problems;
}

const NAME = /^[\w\-+$~]+$/;
const VERSION_CHAR = /^[\p{L}\p{N}$+\-,.:;_]$/u;
// Control, format, unassigned, private-use and separator characters (Java's Character types open-vsx rejects).
const BAD_CHAR = /[\p{Cc}\p{Cf}\p{Cn}\p{Co}\u2028\u2029]/u;

function isUrl(value) {
  try {
    return new URL(value.replace(/^git\+/, '')).host !== '';
  } catch {
    return false;
  }
}

/** The metadata rules of open-vsx.org's upload, applied to package.json. */
export function openVsxProblems(manifest) {
  const problems = [];
  const text = (field, value, limit) => {
    if (value === undefined) return;
    if (BAD_CHAR.test(value)) problems.push(`Open VSX: "${field}" holds a control or unassigned character.`);
    if (value.length > limit) problems.push(`Open VSX: "${field}" is longer than ${limit} characters.`);
  };
  for (const [field, value] of [['publisher', manifest.publisher], ['name', manifest.name]]) {
    if (!value || !NAME.test(value) || value.length > 255) problems.push(`Open VSX: "${field}" must be 1 to 255 letters, digits or _ - + $ ~ (it is "${value ?? ''}").`);
  }
  const version = manifest.version ?? '';
  if (version === '' || ['latest', 'pre-release', 'reviews'].includes(version) || [...version].some((c) => !VERSION_CHAR.test(c))) {
    problems.push(`Open VSX: "version" "${version}" is empty, reserved or holds a character it refuses.`);
  }
  text('displayName', manifest.displayName, 255);
  text('description', manifest.description, 2048);
  for (const c of manifest.categories ?? []) text('categories', c, 255);
  for (const k of manifest.keywords ?? []) text('keywords', k, 255);
  if (!manifest.license) problems.push('Open VSX: "license" is missing (open-vsx.org lists extensions with an open-source license).');
  else text('license', manifest.license, 255);
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  for (const [field, value] of [['homepage', manifest.homepage], ['repository', repository], ['bugs', typeof manifest.bugs === 'string' ? manifest.bugs : manifest.bugs?.url]]) {
    if (value !== undefined && (!isUrl(value) || value.length > 255)) problems.push(`Open VSX: "${field}" is not a URL with a host of at most 255 characters.`);
  }
  if (manifest.markdown !== undefined && !['github', 'standard'].includes(manifest.markdown)) problems.push('Open VSX: "markdown" must be github or standard.');
  const banner = manifest.galleryBanner ?? {};
  if (banner.theme !== undefined && !['dark', 'light'].includes(banner.theme)) problems.push('Open VSX: "galleryBanner.theme" must be dark or light.');
  text('galleryBanner.color', banner.color, 16);
  if (manifest.qna !== undefined && manifest.qna !== false && manifest.qna !== 'marketplace' && !isUrl(String(manifest.qna))) problems.push('Open VSX: "qna" must be marketplace, false or a URL.');
  return problems;
}
