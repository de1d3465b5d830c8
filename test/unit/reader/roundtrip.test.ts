import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readApiSpecs } from '../../../src/core/reader';
import { writeApiSpecs } from '../../../src/core/writer';
import { validateDesign } from '../../../src/core/model';
import { arbitraryDesign } from '../../support/designArbitrary';

describe('reader round trip', function () {
  // A thousand designs take about 20 s on a loaded machine; the limit only guards against a hang.
  this.timeout(120000);

  it('reads back exactly the design the writer wrote, for 1,000 generated designs', () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        assert.equal(validateDesign(design).ok, true, 'the arbitrary makes valid designs');
        const back = readApiSpecs(writeApiSpecs(design)).design;
        assert.deepEqual(back, JSON.parse(JSON.stringify(design)));
      }),
      { numRuns: 1000, seed: 20261128, endOnFailure: true },
    );
  });

  it('writes the same bytes for the same design', () => {
    fc.assert(fc.property(arbitraryDesign(), (design) => assert.deepEqual(writeApiSpecs(design), writeApiSpecs(structuredClone(design)))), { numRuns: 100, seed: 7 });
  });
});
