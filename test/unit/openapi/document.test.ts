import assert from 'node:assert/strict';
import { buildOpenApi, operationId, type JsonObject } from '../../../src/core/openapi';
import { sampleDesign } from './sampleDesign';

/** Reads a nested value by keys, failing the test with the path when it is missing. */
function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    assert.ok(current !== null && typeof current === 'object' && key in current, `missing ${keys.join('.')}`);
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

describe('OpenAPI export: document', () => {
  const doc: JsonObject = buildOpenApi(sampleDesign());

  it('derives operation ids from method and path', () => {
    assert.equal(operationId({ method: 'GET', path: '/api/tasks/{task_id}' }), 'get_api_tasks_task_id');
    assert.equal(at(doc, 'paths', '/api/tasks', 'post', 'operationId'), 'post_api_tasks');
  });

  it('takes the summary from the purpose and the tag from the resource', () => {
    const op = at(doc, 'paths', '/api/tasks', 'get');
    assert.equal(at(op, 'summary'), "List the current user's tasks.");
    assert.deepEqual(at(op, 'tags'), ['tasks']);
    assert.deepEqual((doc.tags as JsonObject[]).map((t) => t.name), ['tasks', 'health']);
  });

  it('orders methods GET to DELETE and statuses ascending whatever the spec order', () => {
    assert.deepEqual(Object.keys(at(doc, 'paths', '/api/tasks') as object), ['get', 'post']);
    assert.deepEqual(Object.keys(at(doc, 'paths', '/api/tasks', 'get', 'responses') as object), ['200', '401', '422']);
  });

  it('maps parameters with enum types and forces path parameters required', () => {
    assert.deepEqual(at(doc, 'paths', '/api/tasks', 'get', 'parameters'), [
      { name: 'status', in: 'query', required: false, description: 'Only tasks in this state', schema: { type: 'string', enum: ['pending', 'completed'] } },
    ]);
    assert.deepEqual(at(doc, 'paths', '/api/tasks/{task_id}', 'delete', 'parameters'), [{ name: 'task_id', in: 'path', required: true, schema: { type: 'integer' } }]);
  });

  it('refers to component schemas for bodies and lists', () => {
    assert.deepEqual(at(doc, 'paths', '/api/tasks', 'post', 'requestBody'), { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/TaskCreate' } } } });
    assert.deepEqual(at(doc, 'paths', '/api/tasks', 'get', 'responses', '200', 'content', 'application/json', 'schema'), { type: 'array', items: { $ref: '#/components/schemas/TaskRead' } });
    assert.equal(at(doc, 'paths', '/api/tasks/{task_id}', 'delete', 'responses', '204', 'description'), 'No Content');
    assert.ok(!('content' in (at(doc, 'paths', '/api/tasks/{task_id}', 'delete', 'responses', '204') as object)));
  });

  it('writes fields with formats, constraints, 3.1 nullable types, required and examples', () => {
    const read = at(doc, 'components', 'schemas', 'TaskRead');
    assert.deepEqual(at(read, 'required'), ['id', 'title', 'status', 'created_at']);
    assert.deepEqual(at(read, 'properties', 'title'), { type: 'string', maxLength: 200, examples: ['Buy milk'] });
    assert.deepEqual(at(read, 'properties', 'description'), { type: ['string', 'null'], maxLength: 1000 });
    assert.deepEqual(at(read, 'properties', 'created_at'), { type: 'string', format: 'date-time' });
    assert.equal(at(read, 'x-based-on'), '@specs/db/models.md#task');
    const create = at(doc, 'components', 'schemas', 'TaskCreate');
    assert.deepEqual(at(create, 'properties', 'title'), { type: 'string', minLength: 1, maxLength: 200 });
    assert.deepEqual(at(create, 'properties', 'priority'), { type: 'integer', minimum: 1, maximum: 5 });
    assert.deepEqual(at(create, 'properties', 'parent'), { anyOf: [{ $ref: '#/components/schemas/TaskRead' }, { type: 'null' }] });
  });

  it("puts FastAPI's error bodies on error responses: HTTPValidationError for 422, detail string otherwise", () => {
    const responses = at(doc, 'paths', '/api/tasks/{task_id}', 'delete', 'responses');
    assert.deepEqual(at(responses, '422', 'content', 'application/json', 'schema'), { $ref: '#/components/schemas/HTTPValidationError' });
    assert.deepEqual(at(responses, '404', 'content', 'application/json', 'schema'), { $ref: '#/components/schemas/HTTPError' });
    assert.equal(at(responses, '401', 'description'), 'Unauthorized: The token is missing or invalid.');
    assert.deepEqual(at(doc, 'components', 'schemas', 'ValidationError', 'required'), ['loc', 'msg', 'type']);
  });

  it('uses a custom error envelope for every error status when the design has one', () => {
    const design = sampleDesign();
    design.errors.schema = { kind: 'custom', name: 'ErrorEnvelope', fields: [{ name: 'code', type: 'string', required: true, nullable: false }] };
    const custom = buildOpenApi(design);
    const responses = at(custom, 'paths', '/api/tasks/{task_id}', 'delete', 'responses');
    for (const status of ['401', '404', '422']) assert.deepEqual(at(responses, status, 'content', 'application/json', 'schema'), { $ref: '#/components/schemas/ErrorEnvelope' });
    assert.ok(!('HTTPValidationError' in (at(custom, 'components', 'schemas') as object)));
  });

  it('requires the bearer JWT everywhere except on routes stated public', () => {
    assert.deepEqual(doc.security, [{ bearerAuth: [] }]);
    assert.deepEqual(at(doc, 'components', 'securitySchemes', 'bearerAuth', 'scheme'), 'bearer');
    assert.deepEqual(at(doc, 'components', 'securitySchemes', 'bearerAuth', 'bearerFormat'), 'JWT');
    assert.deepEqual(at(doc, 'paths', '/health', 'get', 'security'), []);
    assert.ok(!('security' in (at(doc, 'paths', '/api/tasks', 'get') as object)));
  });

  it('keeps the ownership rule and the spec sources in x- extensions', () => {
    assert.deepEqual(at(doc, 'paths', '/api/tasks', 'get', 'x-ownership'), { rule: 'owner', column: 'user_id', userClaim: 'sub', otherUserStatus: 404 });
    assert.equal(at(doc, 'paths', '/api/tasks/{task_id}', 'delete', 'x-spec-source'), '@specs/api/tasks.md#delete-apitaskstask_id');
  });

  it('takes x-spec-source from where the reader found an element', () => {
    const design = sampleDesign();
    const schema = design.schemas[0];
    const route = design.resources[0]?.routes[0];
    assert.ok(schema && route);
    const place = { range: { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 0, offset: 0 } }, parts: {} };
    const sources = new Map<object, { file: string; range: typeof place.range; parts: Record<string, typeof place.range> }>([
      [schema, { file: 'specs/api/schemas.md', ...place }],
      [route, { file: 'specs/api/listing.md', ...place }],
    ]);
    const read = buildOpenApi(design, { sources });
    assert.equal(at(read, 'components', 'schemas', 'TaskRead', 'x-spec-source'), '@specs/api/schemas.md#taskread');
    assert.equal(at(read, 'paths', '/api/tasks', 'get', 'x-spec-source'), '@specs/api/listing.md#get-apitasks');
  });

  it('declares path parameters the spec left out and keeps operation ids unique', () => {
    const design = sampleDesign();
    const tasks = design.resources[0];
    assert.ok(tasks);
    tasks.routes.push(
      { method: 'GET', path: '/api/a-b/{id}', purpose: 'A.', params: [], responses: [{ status: 200 }], errors: [] },
      { method: 'GET', path: '/api/a_b/{id}', purpose: 'B.', params: [], responses: [{ status: 200 }], errors: [] },
    );
    const out = buildOpenApi(design);
    assert.equal(at(out, 'paths', '/api/a-b/{id}', 'get', 'operationId'), 'get_api_a_b_id');
    assert.equal(at(out, 'paths', '/api/a_b/{id}', 'get', 'operationId'), 'get_api_a_b_id_2');
    assert.deepEqual(at(out, 'paths', '/api/a-b/{id}', 'get', 'parameters'), [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, 'x-undeclared': true }]);
  });
});
