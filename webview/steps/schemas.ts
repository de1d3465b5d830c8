// Schemas: request and response schemas and their fields; a schema can start
// from a database model of specs/db/, taking its fields.
import { Field, Schema } from '../../src/core/model';
import { button, checkbox, dropdown } from '../toolkit';
import { checkedField, el, optional } from '../ui';
import { tagGroup } from '../focus';
import type { StepContext } from '../context';

type DraftSchema = StepContext['draft']['schemas'][number];

function renderSchema(ctx: StepContext, schema: DraftSchema, i: number): HTMLElement {
  const box = el('fieldset', undefined, 'schema');
  tagGroup(box, `schema-${i}`);
  box.append(el('legend', `Schema ${schema.name || i + 1}`));
  box.append(checkedField('Schema name', schema.name, Schema.shape.name, (v) => ((schema.name = v), ctx.changed())));
  if (ctx.dbModels.length > 0) {
    const choices = [{ value: '', label: 'Not based on a database model' }, ...ctx.dbModels.map((m) => ({ value: m.reference, label: `${m.name} (${m.reference})` }))];
    box.append(dropdown('Based on a database model', schema.basedOn ?? '', choices, (v) => {
      const model = ctx.dbModels.find((m) => m.reference === v);
      if (!model) delete schema.basedOn;
      else {
        schema.basedOn = model.reference;
        const have = new Set(schema.fields.map((f) => f.name));
        for (const f of model.fields) if (!have.has(f.name)) schema.fields.push({ name: f.name, type: f.type, required: true, nullable: false });
      }
      ctx.changed(true);
    }));
  }
  schema.fields.forEach((f, j) => {
    const row = el('div', undefined, 'field-row');
    tagGroup(row, `schema-${i}-field-${j}`);
    row.append(
      checkedField('Field name', f.name, Field.shape.name, (v) => ((f.name = v), ctx.changed())),
      checkedField('Type', f.type, Field.shape.type, (v) => ((f.type = v), ctx.changed())),
      checkbox('Required', f.required, (v) => ((f.required = v), ctx.changed())),
      checkbox('Nullable', f.nullable, (v) => ((f.nullable = v), ctx.changed())),
      checkedField('Constraints (optional)', f.constraints ?? '', Field.shape.constraints, (v) => {
        const c = optional(v);
        if (c === undefined) delete f.constraints;
        else f.constraints = c;
        ctx.changed();
      }, true),
      button('Delete field', () => (schema.fields.splice(j, 1), ctx.changed(true)), true),
    );
    box.append(row);
  });
  const actions = el('div', undefined, 'row');
  actions.append(
    button('Add field', () => (schema.fields.push({ name: '', type: 'string', required: true, nullable: false }), ctx.changed(true, { group: `schema-${i}-field-${schema.fields.length - 1}` }))),
    button('Delete schema', () => (ctx.draft.schemas.splice(i, 1), ctx.changed(true)), true),
  );
  box.append(actions);
  return box;
}

export function renderSchemas(ctx: StepContext): HTMLElement {
  const s = el('section');
  s.append(el('h3', 'Schemas'));
  ctx.draft.schemas.forEach((x, i) => s.append(renderSchema(ctx, x, i)));
  s.append(button('Add schema', () => (ctx.draft.schemas.push({ name: '', fields: [] }), ctx.changed(true, { group: `schema-${ctx.draft.schemas.length - 1}` }))));
  return s;
}
