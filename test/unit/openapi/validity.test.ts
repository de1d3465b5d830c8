import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { buildOpenApi, toJson, toYaml } from '../../../src/core/openapi';
import { arbitraryDesign } from '../../support/designArbitrary';
import { assertValidOpenApi31 } from './openapiValidator';
import { exportTaskflow } from './taskflowExport';

/** Fixed, so a failure names a design that can be reproduced. */
const SEED = 20261128;
const DESIGNS = 250;

describe('OpenAPI export: validity against the OpenAPI 3.1 schema', function () {
  // Hundreds of documents and child processes on a shared machine.
  this.timeout(180_000);
  it('exports examples/taskflow as a valid OpenAPI 3.1 document', async () => {
    await assertValidOpenApi31(JSON.parse(await exportTaskflow()), 'examples/taskflow');
  });

  it(`exports ${DESIGNS} generated designs as valid OpenAPI 3.1 documents`, async () => {
    const designs = fc.sample(arbitraryDesign(), { seed: SEED, numRuns: DESIGNS });
    assert.equal(designs.length, DESIGNS);
    for (const [i, design] of designs.entries()) await assertValidOpenApi31(buildOpenApi(design), `generated design #${i} (seed ${SEED})`);
  });

  it('writes YAML that reads back to the same document as the JSON, for generated designs', () => {
    for (const design of fc.sample(arbitraryDesign(), { seed: SEED, numRuns: 100 })) {
      const doc = buildOpenApi(design);
      assert.deepEqual(parseYaml(toYaml(doc)), JSON.parse(toJson(doc)));
    }
  });

  it('writes YAML that reads back to the same document for awkward strings', () => {
    const awkward = ['yes', 'No', 'null', '~', '3', '-1', '1e3', '0x1F', ' lead', 'trail ', 'a: b', 'a #b', '#x', '@specs/x.md#a', '*star', '&amp', '!tag', '%p', '`t`', "it's", '"q"', 'multi\nline', '', '[x]', '{y}', '- item', '? q', '|pipe', '>gt', 'tab\there', 'ünï', '2026-01-01', 'true'];
    const doc = { strings: awkward, keys: Object.fromEntries(awkward.map((s, i) => [s, i])), empty: { list: [], map: {} }, nested: [[1, [2]], { a: [{ b: null }] }] };
    assert.deepEqual(parseYaml(toYaml(doc)), doc);
  });
});
