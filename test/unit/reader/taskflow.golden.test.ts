import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readApiSpecs } from '../../../src/core/reader';
import { writeApiSpecs } from '../../../src/core/writer';

const API = join(process.cwd(), 'examples', 'taskflow', 'specs', 'api');
const GOLDEN = join(process.cwd(), 'test', 'fixtures', 'golden');
const files = () => readdirSync(API).sort().map((n) => ({ path: `specs/api/${n}`, text: readFileSync(join(API, n), 'utf8') }));

describe('taskflow golden files', () => {
  it('reads the example specs to the pinned model', () => {
    const expected = JSON.parse(readFileSync(join(GOLDEN, 'taskflow.model.json'), 'utf8'));
    assert.deepEqual(JSON.parse(JSON.stringify(readApiSpecs(files()).design)), expected);
  });

  it('writes the pinned markdown for that model, and reads it back to the same model', () => {
    const design = readApiSpecs(files()).design;
    const written = writeApiSpecs(design);
    for (const f of written) assert.equal(f.text, readFileSync(join(GOLDEN, 'taskflow', f.path.replace('specs/api/', '')), 'utf8'), f.path);
    assert.deepEqual(readApiSpecs(written).design, design);
  });
});
