// errors.schema-missing: clients need to know the error body. FastAPI's is
// {"detail": "..."} ({"detail": [...]} for 422); the spec should say so or
// define its own envelope.
import type { LintRule } from '../types';

export const errorsSchemaMissing: LintRule = {
  code: 'errors.schema-missing',
  defaultSeverity: 'warning',
  description: 'No error response schema is defined.',
  check(ctx) {
    if (ctx.errorSchemaStated || ctx.design.resources.every((r) => r.routes.length === 0)) return [];
    const origin = { line: 0, character: 0, offset: 0 };
    return [{
      file: ctx.firstFile ?? '',
      range: { start: origin, end: origin },
      message: 'No error response schema is defined: add an "Error schema" section stating FastAPI\'s {"detail": "<message>"} body (and {"detail": [...]} for 422), or your own envelope.',
    }];
  },
};
