// The language-model tools package.json contributes are the agent tools:
// their input schemas are the zod schemas' JSON Schema, and their model
// descriptions the ones the MCP server gives, so the two never drift apart.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { CheckSpecsInput, DESCRIPTIONS, ListRoutesInput, ReadReferenceInput } from '../../../src/agents/toolSchemas';

const ROOT = path.resolve(__dirname, '../../../..');

interface ContributedTool {
  name: string;
  modelDescription: string;
  inputSchema: unknown;
}

describe('agents: contributed language-model tools', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { languageModelTools: ContributedTool[] } };
  const tools = new Map(manifest.contributes.languageModelTools.map((t) => [t.name, t]));
  const expected = { check_specs: CheckSpecsInput, read_reference: ReadReferenceInput, list_routes: ListRoutesInput } as const;

  for (const [name, schema] of Object.entries(expected)) {
    it(`spec_architect_${name} has the tool's input schema and description`, () => {
      const tool = tools.get(`spec_architect_${name}`);
      assert.ok(tool, `package.json has no spec_architect_${name}`);
      const { $schema: _, ...json } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
      assert.deepEqual(tool.inputSchema, json);
      assert.equal(tool.modelDescription, DESCRIPTIONS[name as keyof typeof DESCRIPTIONS]);
    });
  }
});
