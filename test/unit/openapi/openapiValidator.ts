// The independent OpenAPI 3.1 schema validator (@seriousme/openapi-schema-validator),
// loaded from node_modules at run time: it is ESM and reads its schema files
// from its own folder, so it cannot be bundled into the CommonJS test file.
import assert from 'node:assert/strict';

interface ValidationResult {
  valid: boolean;
  errors?: unknown;
}
interface ValidatorModule {
  Validator: new () => { validate(spec: Record<string, unknown>): Promise<ValidationResult>; version: string };
}

// Hidden from esbuild so `import()` stays a native ESM import.
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

// One validator for all documents: compiling the OpenAPI schema is the slow part.
let validatorPromise: Promise<InstanceType<ValidatorModule['Validator']>> | undefined;

/** Validates a document against the OpenAPI 3.1 JSON Schema; fails the test with the validator's errors. */
export async function assertValidOpenApi31(doc: unknown, label: string): Promise<void> {
  validatorPromise ??= (nativeImport('@seriousme/openapi-schema-validator') as Promise<ValidatorModule>).then((m) => new m.Validator());
  const validator = await validatorPromise;
  const result = await validator.validate(JSON.parse(JSON.stringify(doc)) as Record<string, unknown>);
  assert.equal(validator.version, '3.1', `${label}: validated as OpenAPI ${validator.version}`);
  assert.ok(result.valid, `${label} is not valid OpenAPI 3.1: ${JSON.stringify(result.errors, null, 2)}`);
}
