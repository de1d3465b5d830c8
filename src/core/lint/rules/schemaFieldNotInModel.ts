// schema.field-not-in-model: a schema "based on" a database model can only
// carry the model's columns; anything else is a typo or a missing column.
import type { LintRule, RuleFinding } from '../types';
import { memberLine, placeOf } from '../places';
import { findDbModel } from '../../dbModels';

export const schemaFieldNotInModel: LintRule = {
  code: 'schema.field-not-in-model',
  defaultSeverity: 'warning',
  description: 'A schema based on a database model names a field the model lacks.',
  check(ctx) {
    const found: RuleFinding[] = [];
    for (const schema of ctx.design.schemas) {
      if (!schema.basedOn) continue;
      const model = findDbModel(ctx.dbModels, schema.basedOn);
      if (!model) continue;
      const columns = new Set(model.fields.map((f) => f.name));
      for (const field of schema.fields) {
        if (columns.has(field.name)) continue;
        found.push({
          ...(memberLine(ctx, schema, field) ?? placeOf(ctx, schema)),
          message: `${schema.name} is based on ${schema.basedOn}, which has no field "${field.name}": write one of ${[...columns].join(', ')}, add the column to ${model.file}, or drop "Based on".`,
        });
      }
    }
    return found;
  },
};
