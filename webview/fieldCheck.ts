// What a text field shows under it: the first message of the core model's zod
// schema, or nothing. Kept apart from the DOM so it can be tested in Node.
import type { z } from 'zod';

/**
 * The message for `value`, or '' when it is fine. An optional field left
 * empty (or blank) is unset, not an invalid value: the step deletes the
 * property, so the schema is asked about `undefined`, not about ''.
 */
export function fieldError(schema: z.ZodType, value: string, optional: boolean): string {
  const r = schema.safeParse(optional && value.trim() === '' ? undefined : value);
  return r.success ? '' : (r.error.issues[0]?.message ?? 'Check this value.');
}
