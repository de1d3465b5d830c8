// The lint's reading of status-code sections and error bodies on hostile
// text, scaled: 64x must cost less than 6 times 16x (linear gives about 4).
// The regular expressions this reading replaced gave 12 to 65 on these shapes.
import { strict as assert } from 'node:assert';
import { errorSchemaStated, statusSections } from '../../../src/core/lint/errorSections';
import { timeBoth } from './ratio';

const SHAPES: Array<{ name: string; text: (k: number) => string; read: (text: string) => unknown }> = [
  { name: 'status heading of blanks', text: (k) => `## ${' '.repeat(500 * k)}x\n`, read: statusSections },
  { name: 'many status sections', text: (k) => '## Errors\n- 404\n'.repeat(200 * k), read: statusSections },
  { name: 'error-format heading of blanks', text: (k) => `## ${' '.repeat(500 * k)}x\n`, read: errorSchemaStated },
  { name: '"error response" repeated on one line', text: (k) => `${'error response '.repeat(100 * k)}\n`, read: errorSchemaStated },
  { name: 'error-format heading then blank lines', text: (k) => `## error format\n${'\n'.repeat(500 * k)}x`, read: errorSchemaStated },
  { name: 'error label then stars', text: (k) => `error format${'*'.repeat(500 * k)}x\n`, read: errorSchemaStated },
];

describe('fuzz: the lint reads status sections and error bodies in linear time', function () {
  this.timeout(60000);
  for (const shape of SHAPES) {
    it(`${shape.name}: 64x costs less than 6 times 16x`, async () => {
      shape.read(shape.text(4));
      const small16 = shape.text(16);
      const large64 = shape.text(64);
      const [small, large] = await timeBoth(() => shape.read(small16), () => shape.read(large64));
      assert.ok(large / Math.max(small, 0.5) < 6, `16x ${small.toFixed(2)} ms, 64x ${large.toFixed(2)} ms`);
    });
  }

  it('still finds what the specs say', () => {
    const text = '# Tasks\n\n## Error Codes\n\n| 404 | Not found |\n\n### 401 Unauthorized\n\n## GET /api/tasks\n\n### Errors\n\n- 422\n';
    const sections = statusSections(text);
    assert.equal(sections.length, 1, 'the route\'s own Errors section is the route\'s');
    assert.match(sections[0]?.body ?? '', /404[\s\S]*401/);
    assert.doesNotMatch(sections[0]?.body ?? '', /422/);
    assert.ok(errorSchemaStated('## Error format\n\n```json\n{"detail": "x"}\n```\n'));
    assert.ok(errorSchemaStated('## Error Responses\n\nAll errors:\n\n| Field | Type |\n'));
    assert.ok(errorSchemaStated('Error responses look like { "message": "..." }'));
    assert.ok(errorSchemaStated('**Error response:**\n```json\n{}\n```'));
    assert.ok(!errorSchemaStated('## Error responses\n\na\nb\nc\nd\n| x |\n'));
  });
});
