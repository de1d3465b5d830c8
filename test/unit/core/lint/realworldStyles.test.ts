// The lint on specs written the way real projects write them: one fixture
// folder per cause of wrong or missing findings (test/fixtures/lint/realworld/),
// each with the findings a reviewer would keep in `expected.txt`.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSpecService } from '../../../../src/core/service';
import { loadSettings, type SpecSettings } from '../../../../src/core/settings';
import type { Finding } from '../../../../src/core/diagnostics';
import { loadFolder } from './memoryHost';
import { memoryHost } from '../../references/memoryHost';

const DIR = join(process.cwd(), 'test/fixtures/lint/realworld');

function expected(name: string): string[] {
  return readFileSync(join(DIR, name, 'expected.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
}

/** What the service (the editor's, the CLI's) finds in a fixture folder, with its .spec-architect.json and any settings given. */
async function check(name: string, settings: Partial<SpecSettings> = {}): Promise<Finding[]> {
  const files = loadFolder(join(DIR, name));
  files.delete('expected.txt');
  const host = memoryHost(Object.fromEntries(files));
  const loaded = await loadSettings(host);
  assert.deepEqual(loaded.problems, []);
  return createSpecService({ host, settings: { ...loaded.settings, ...settings } }).workspaceDiagnostics();
}

async function lintFolder(name: string, settings: Partial<SpecSettings> = {}): Promise<string[]> {
  const findings = (await check(name, settings)).filter((f) => f.source !== 'references');
  return findings.map((f) => `${f.file}:${f.range.start.line + 1} ${f.code}`);
}

describe('lint: specs in the styles real projects use', () => {
  it('1. applies file-, section- and group-level statements of auth, isolation, path-user checks and statuses to the routes they cover', async () => {
    assert.deepEqual(await lintFolder('1-scope'), expected('1-scope'));
  });

  it('2. reads ownership in its common phrasings, also in error rows and SQL', async () => {
    assert.deepEqual(await lintFolder('2-ownership'), expected('2-ownership'));
  });

  it('3. takes neither examples nor passing mentions for routes, and reads a descriptive heading with a Path line as one route', async () => {
    assert.deepEqual(await lintFolder('3-examples'), expected('3-examples'));
  });

  it('4. reads parameter bullets, errors after a fenced route line, "Request Body: None" and inline bodies', async () => {
    assert.deepEqual(await lintFolder('4-formats'), expected('4-formats'));
  });

  it('4. also reads bodies in fences nested in list items, routes written with their labels inside a plain fence, "None (reason)" as no body, and numbered database headings', async () => {
    assert.deepEqual(await lintFolder('8-nested'), expected('8-nested'));
  });

  it('5. decides from what a route is and what the file says, and reports a missing file-wide statement once', async () => {
    assert.deepEqual(await lintFolder('5-context'), expected('5-context'));
  });

  it('5. tells a create without a body, routes that never say what they answer, and a folder whose specs state no error body, once each', async () => {
    assert.deepEqual(await lintFolder('9-undocumented'), expected('9-undocumented'));
  });

  it('6. finds the API specs wherever they declare routes, or where apiSpecs says', async () => {
    assert.deepEqual(await lintFolder('6-discovery'), expected('6-discovery'));
    assert.deepEqual(await lintFolder('6-discovery', { apiSpecs: ['phase-2/api/*.md'] }), ['specs/phase-2/api/receipts.md:1 errors.schema-missing', 'specs/phase-2/api/receipts.md:3 auth.missing', 'specs/phase-2/api/receipts.md:3 route.response-missing']);
  });

  it('7. reports references written as examples or placeholders as hints, and skips ignored files', async () => {
    const findings = (await check('7-references')).filter((f) => f.source === 'references');
    const shown = findings.map((f) => `${f.file}:${f.range.start.line + 1} ${f.code} ${f.severity}`).sort();
    assert.deepEqual(shown, [...expected('7-references')].sort());
    for (const f of findings.filter((x) => x.severity === 'hint')) assert.match(f.message, /example|placeholder|recorded prompt/i);
  });
});
