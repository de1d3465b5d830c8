// `specs/api/errors.md`: the error response schema and the status code catalog.
import type { RootContent } from 'mdast';
import type { ApiDesign } from '../model';
import { code, heading, paragraph, table, text } from './markdown';
import { FIELD_COLUMNS, fieldRow } from './schemaSection';

/** The mdast nodes of the errors file. */
export function errorsFile(design: ApiDesign): RootContent[] {
  const nodes: RootContent[] = [heading(1, 'Errors'), heading(2, 'Error schema')];
  const schema = design.errors.schema;
  if (schema.kind === 'fastapi-detail') {
    nodes.push(
      paragraph(text("Errors use FastAPI's default body: "), code('{"detail": "<message>"}'), text(', and for request validation errors (422) '), code('{"detail": [{"loc": [...], "msg": "...", "type": "..."}]}'), text('.')),
      { type: 'code', lang: 'json', value: '{"detail": "Not found"}' },
    );
  } else {
    nodes.push(paragraph(text('Errors use a custom envelope, '), code(schema.name), text(':')), table(FIELD_COLUMNS, schema.fields.map(fieldRow)));
  }
  nodes.push(heading(2, 'Status codes'));
  nodes.push(
    design.errors.catalog.length > 0
      ? table(['status', 'meaning', 'when'], design.errors.catalog.map((s) => [String(s.status), s.meaning, s.when ?? '']))
      : paragraph(text('No status codes are listed yet.')),
  );
  return nodes;
}
