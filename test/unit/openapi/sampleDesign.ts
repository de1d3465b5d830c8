// A small design covering what the export maps: owned and public routes,
// parameters, bodies, enums, nullable and constrained fields, lists, errors.
import type { ApiDesign } from '../../../src/core/model';

export function sampleDesign(): ApiDesign {
  return {
    title: 'Sample API',
    basePath: '/api',
    description: 'Tasks of many users.',
    auth: {
      scheme: 'jwt-bearer',
      header: 'Authorization',
      algorithm: 'HS256',
      userClaim: 'sub',
      tokenLifetimeMinutes: 60,
      spec: '@specs/auth/jwt.md',
      ownership: { column: 'user_id', otherUserStatus: 404 },
    },
    errors: {
      schema: { kind: 'fastapi-detail' },
      catalog: [
        { status: 401, meaning: 'Unauthorized', when: 'The token is missing or invalid.' },
        { status: 404, meaning: 'Not Found' },
        { status: 422, meaning: 'Unprocessable Content' },
      ],
    },
    resources: [
      {
        name: 'tasks',
        title: 'Tasks',
        model: '@specs/db/models.md#task',
        owned: true,
        routes: [
          {
            method: 'GET',
            path: '/api/tasks',
            purpose: "List the current user's tasks.",
            auth: 'jwt',
            ownership: 'owner',
            params: [{ name: 'status', in: 'query', type: 'pending|completed', required: false, description: 'Only tasks in this state' }],
            responses: [{ status: 200, schema: 'list[TaskRead]' }],
            errors: [422, 401],
          },
          {
            method: 'DELETE',
            path: '/api/tasks/{task_id}',
            purpose: 'Delete a task.',
            auth: 'jwt',
            ownership: 'owner',
            params: [{ name: 'task_id', in: 'path', type: 'integer', required: true }],
            responses: [{ status: 204 }],
            errors: [401, 404, 422],
          },
          {
            method: 'POST',
            path: '/api/tasks',
            purpose: 'Create a task.',
            auth: 'jwt',
            ownership: 'owner',
            params: [],
            requestSchema: 'TaskCreate',
            responses: [{ status: 201, schema: 'TaskRead' }],
            errors: [401, 422],
          },
        ],
      },
      {
        name: 'health',
        title: 'Health',
        owned: false,
        routes: [
          { method: 'GET', path: '/health', purpose: 'Tell whether the service is up.', auth: 'public', ownership: 'none', params: [], responses: [{ status: 200, description: 'Up' }], errors: [] },
        ],
      },
    ],
    schemas: [
      {
        name: 'TaskRead',
        basedOn: '@specs/db/models.md#task',
        fields: [
          { name: 'id', type: 'integer', required: true, nullable: false },
          { name: 'title', type: 'string', required: true, nullable: false, constraints: 'max_length=200', example: '"Buy milk"' },
          { name: 'description', type: 'string', required: false, nullable: true, constraints: 'max_length=1000' },
          { name: 'status', type: 'pending|completed', required: true, nullable: false },
          { name: 'created_at', type: 'datetime', required: true, nullable: false },
        ],
      },
      {
        name: 'TaskCreate',
        fields: [
          { name: 'title', type: 'string', required: true, nullable: false, constraints: 'min_length=1, max_length=200' },
          { name: 'priority', type: 'integer', required: false, nullable: false, constraints: '>= 1, le=5' },
          { name: 'parent', type: 'TaskRead', required: false, nullable: true },
        ],
      },
    ],
  };
}
