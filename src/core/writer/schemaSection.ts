// The canonical section of one schema: `### Name`, its description and the
// database model it is based on, and the field table.
import type { PhrasingContent, RootContent } from 'mdast';
import type { Field, Schema } from '../model';
import { heading, paragraph, table, text } from './markdown';
import { inline } from './inline';

export const FIELD_COLUMNS = ['field', 'type', 'required', 'nullable', 'constraints', 'example', 'description'];

/** One row of a field table. */
export function fieldRow(f: Field): string[] {
  return [f.name, f.type, f.required ? 'yes' : 'no', f.nullable ? 'yes' : 'no', f.constraints ?? '', f.example ?? '', f.description ?? ''];
}

/** The mdast nodes of a schema's section, at the given heading depth. */
export function schemaSection(schema: Schema, depth: 3 | 4 = 3): RootContent[] {
  const nodes: RootContent[] = [heading(depth, schema.name)];
  const words: PhrasingContent[] = [];
  if (schema.description !== undefined) words.push(...inline(schema.description));
  if (schema.basedOn !== undefined) words.push(text(`${words.length > 0 ? ' ' : ''}Based on ${schema.basedOn}.`));
  if (words.length > 0) nodes.push(paragraph(...words));
  nodes.push(schema.fields.length > 0 ? table(FIELD_COLUMNS, schema.fields.map(fieldRow)) : paragraph(text('No fields.')));
  return nodes;
}
