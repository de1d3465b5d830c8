// Turns zod's issues into problems that name the field by its place in the
// design ("resources[0].routes[1].path") and say what to write.
import type { z } from 'zod';
import { ApiDesign } from './design';

export interface DesignProblem {
  /** Where in the design, e.g. `resources[0].routes[1].path`. */
  path: string;
  /** What is wrong and what to write instead. */
  message: string;
}

export type DesignValidation = { ok: true; design: ApiDesign } | { ok: false; problems: DesignProblem[] };

/** Validates any value as an ApiDesign. Never throws. */
export function validateDesign(input: unknown): DesignValidation {
  const result = ApiDesign.safeParse(input);
  if (result.success) return { ok: true, design: result.data };
  return { ok: false, problems: toProblems(result.error) };
}

export function toProblems(error: z.ZodError): DesignProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(design)' : out;
}
