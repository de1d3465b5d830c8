import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { exportTaskflow, TASKFLOW_GOLDEN } from './taskflowExport';

describe('OpenAPI export: deterministic output', function () {
  // Hundreds of documents and child processes on a shared machine.
  this.timeout(180_000);
  it('exports examples/taskflow twice to byte-identical JSON and YAML', async () => {
    assert.equal(await exportTaskflow('json'), await exportTaskflow('json'));
    assert.equal(await exportTaskflow('yaml'), await exportTaskflow('yaml'));
  });

  it('matches the golden export of examples/taskflow (UPDATE_GOLDEN=1 rewrites it after a reviewed change)', async () => {
    const text = await exportTaskflow('json');
    if (process.env.UPDATE_GOLDEN === '1') await writeFile(TASKFLOW_GOLDEN, text, 'utf8');
    assert.equal(text, await readFile(TASKFLOW_GOLDEN, 'utf8'));
  });
});
