import assert from 'node:assert/strict';
import { constraintKeywords } from '../../../src/core/openapi/constraints';
import { fieldSchema, typeSchema } from '../../../src/core/openapi/jsonSchema';

const noSchemas = { has: () => false };

describe('OpenAPI export: constraints and types', () => {
  it('maps Pydantic names and comparison symbols to JSON Schema keywords', () => {
    assert.deepEqual(constraintKeywords('min_length=1, max_length=200', false), { keywords: { minLength: 1, maxLength: 200 }, rest: [] });
    assert.deepEqual(constraintKeywords('ge=0; lt=10, multiple_of=2', false), { keywords: { minimum: 0, exclusiveMaximum: 10, multipleOf: 2 }, rest: [] });
    assert.deepEqual(constraintKeywords('> 0, <= 5', false), { keywords: { exclusiveMinimum: 0, maximum: 5 }, rest: [] });
    assert.deepEqual(constraintKeywords('pattern="^[a-z]+$"', false), { keywords: { pattern: '^[a-z]+$' }, rest: [] });
  });

  it('maps lengths on lists to item counts, as Pydantic does', () => {
    assert.deepEqual(constraintKeywords('max_length=3', true), { keywords: { maxItems: 3 }, rest: [] });
  });

  it('keeps what it cannot map (words, negative lengths, broken patterns) as text', () => {
    assert.deepEqual(constraintKeywords('unique, max_length=-1, pattern=[', false), { keywords: {}, rest: ['unique', 'max_length=-1', 'pattern=['] });
    assert.deepEqual(fieldSchema({ name: 'code', type: 'string', required: true, nullable: false, constraints: 'unique, max_length=8' }, noSchemas), { type: 'string', maxLength: 8, 'x-constraints': 'unique, max_length=8' });
  });

  it('keeps constraints on a schema reference as text only', () => {
    const names = { has: (n: string) => n === 'Tag' };
    assert.deepEqual(fieldSchema({ name: 'tag', type: 'Tag', required: true, nullable: false, constraints: 'max_length=3' }, names), { $ref: '#/components/schemas/Tag', 'x-constraints': 'max_length=3' });
  });

  it('marks a schema name no spec defines instead of writing a dangling $ref', () => {
    assert.deepEqual(typeSchema('Missing', noSchemas), { type: 'object', 'x-unresolved-schema': 'Missing' });
    assert.deepEqual(typeSchema('list[uuid]', noSchemas), { type: 'array', items: { type: 'string', format: 'uuid' } });
  });

  it('adds null to a nullable enum and keeps examples as JSON values', () => {
    assert.deepEqual(fieldSchema({ name: 's', type: 'a|b', required: false, nullable: true, example: '"a"' }, noSchemas), { type: ['string', 'null'], enum: ['a', 'b', null], examples: ['a'] });
    assert.deepEqual(fieldSchema({ name: 'n', type: 'integer', required: false, nullable: false, example: 'three' }, noSchemas), { type: 'integer', examples: ['three'] });
  });
});
