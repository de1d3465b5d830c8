// The wizard's draft: the design's structure with loose values, derived from
// `ApiDesign` so the two can never drift apart. While the user types, a path
// or a name may not yet be valid, so every text of the model is any text up to
// a length here; whether the draft is a valid design is decided with
// `ApiDesign` itself. Values the wizard never lets the user type freely
// (status codes, methods, enums, literals, flags) keep the model's own schema,
// so their limits are the model's. Every list has a length limit: the draft
// crosses the webview boundary and is kept in workspace state.
import { z } from 'zod';
import { ApiDesign, StatusCode, type ApiDesign as Design } from './design';

/** The draft's size limits: one text, and each list by the model's property name. */
export const DRAFT_LIMITS = {
  text: 2000,
  lists: { resources: 200, routes: 500, schemas: 500, fields: 500, params: 100, responses: 50, errors: 50, catalog: 100, levels: 20, values: 50 } as Record<string, number>,
} as const;

/** Any one text the draft may hold. */
export const DraftText = z.string().max(DRAFT_LIMITS.text);

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The loose counterpart of one model schema; `key` is the property it sits under (lists are limited by it). */
function loosen(schema: z.ZodType, key: string): z.ZodType {
  if (schema === StatusCode) return schema;
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      return z.object(Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, loosen(s, k)])));
    }
    case 'array': {
      const limit = DRAFT_LIMITS.lists[key];
      // A new list in the model needs a limit before the wizard may carry it.
      if (limit === undefined) throw new Error(`DRAFT_LIMITS.lists has no limit for the model's list "${key}".`);
      return z.array(loosen(def.element as z.ZodType, key)).max(limit);
    }
    case 'optional':
      return loosen(def.innerType as z.ZodType, key).optional();
    case 'pipe':
      return loosen(def.in as z.ZodType, key);
    case 'string':
      return DraftText;
    case 'number':
      // A number field holds whatever the user typed (a lifetime of 0 is shown as wrong, not dropped).
      return z.number();
    case 'union': {
      const options = (def.options as z.ZodType[]).map((o) => loosen(o, key));
      const discriminator = def.discriminator as string | undefined;
      return discriminator ? z.discriminatedUnion(discriminator, options as [z.ZodObject, ...z.ZodObject[]]) : z.union(options as [z.ZodType, ...z.ZodType[]]);
    }
    case 'enum':
    case 'literal':
    case 'boolean':
      return schema;
    default:
      throw new Error(`The draft cannot be derived from a model schema of type "${def.type}" (under "${key}").`);
  }
}

/**
 * The wizard's draft: an API design whose values may still be incomplete.
 * Its TypeScript type is the design's (loosening changes values, not types).
 */
export const DraftDesign = loosen(ApiDesign, 'design') as z.ZodType<Design>;
export type DraftDesign = Design;
