// The quick-fix edits on canonical route text, with places given by hand
// (the reader's round trip is tested in fixtures.test.ts).
import { strict as assert } from 'node:assert';
import type { Route, SourceRange, SourceSpan } from '../../../../src/core/model';
import { runLintRules } from '../../../../src/core/lint/engine';
import { rangeAt } from '../../../../src/core/lint/text';
import { applyEdits } from './memoryHost';
import { context, design, resource, route } from './build';

const FILE = 'specs/api/tasks.md';

/** The range of the first line starting with `prefix`, or undefined. */
function lineRange(text: string, prefix: string): SourceRange | undefined {
  const at = text.split('\n').findIndex((l) => l.startsWith(prefix));
  if (at < 0) return undefined;
  const start = text.split('\n').slice(0, at).join('\n').length + (at > 0 ? 1 : 0);
  return rangeAt(text, start, start + (text.split('\n')[at] as string).length);
}

function spanFor(text: string): SourceSpan {
  const parts: Record<string, SourceRange> = {};
  const add = (name: string, prefix: string) => {
    const r = lineRange(text, prefix);
    if (r) parts[name] = r;
  };
  add('heading', '## ');
  add('purpose', 'Read');
  const header = lineRange(text, '| parameter');
  if (header) {
    // The whole table: the header and every row after it.
    const rows = /^(?:\|[^\n]*\n?)+/.exec(text.slice(header.start.offset))?.[0].replace(/\n$/, '') ?? '';
    parts.params = rangeAt(text, header.start.offset, header.start.offset + rows.length);
  }
  add('auth', '- **Auth:**');
  add('responses', '- **Response');
  add('errors', '- **Errors:**');
  return { file: FILE, range: rangeAt(text, 0, text.length), parts };
}

function fixedText(text: string, r: Route, code: string, title?: RegExp): string {
  const ctx = context(design([resource([r])]), { sources: new Map([[r, spanFor(text)]]), texts: new Map([[FILE, text]]) });
  const finding = runLintRules(ctx).find((f) => f.code === code);
  const fix = finding?.fixes?.find((f) => !title || title.test(f.title));
  assert.ok(fix, `a fix for ${code}`);
  return applyEdits(text, fix.edits);
}

const BY_ID = ['## GET /api/tasks/{task_id}', '', 'Read one task.', '', '| parameter | in | type | required | description |', '|---|---|---|---|---|', '| task_id | path | integer | yes | The task\'s id |', '', '- **Auth:** JWT required; owner only - another user\'s task answers 404', '- **Response 200:** `TaskRead`', '- **Errors:** 401, 422', ''].join('\n');
const params = [{ name: 'task_id', in: 'path' as const, type: 'integer', required: true }];

describe('lint: quick-fix edits', () => {
  it('adds 404 to a plain errors list, in order', () => {
    const out = fixedText(BY_ID, route({ path: '/api/tasks/{task_id}', params, errors: [401, 422] }), 'errors.404-missing');
    assert.match(out, /- \*\*Errors:\*\* 401, 404, 422\n/);
  });

  it('adds an errors line after the last bullet when the route has none', () => {
    const text = BY_ID.replace('- **Errors:** 401, 422\n', '');
    const out = fixedText(text, route({ path: '/api/tasks/{task_id}', params, errors: [] }), 'errors.401-missing');
    assert.match(out, /- \*\*Response 200:\*\* `TaskRead`\n- \*\*Errors:\*\* 401\n/);
  });

  it('inserts "Auth: JWT required" first in the bullet list, keeping CRLF line ends', () => {
    const text = BY_ID.replace(/- \*\*Auth:\*\*[^\n]*\n/, '').replace(/\n/g, '\r\n');
    const out = fixedText(text, route({ path: '/api/tasks/{task_id}', params, auth: undefined, errors: [401, 404, 422] }), 'auth.missing', /JWT/);
    assert.match(out, /\r\n\r\n- \*\*Auth:\*\* JWT required\r\n- \*\*Response 200:\*\*/);
  });

  it('appends the ownership rule to the auth line', () => {
    const text = BY_ID.replace(/; owner only[^\n]*/, '');
    const out = fixedText(text, route({ path: '/api/tasks/{task_id}', params, ownership: undefined, errors: [401, 404, 422] }), 'auth.ownership-missing');
    assert.match(out, /- \*\*Auth:\*\* JWT required; owner only - another user's task answers 404\n/);
  });

  it('declares an undeclared path parameter in the canonical table', () => {
    const text = BY_ID.replace("| task_id | path | integer | yes | The task's id |", '| verbose | query | boolean | no | More |');
    const out = fixedText(text, route({ path: '/api/tasks/{task_id}', params: [{ name: 'verbose', in: 'query', type: 'boolean', required: false }], errors: [401, 404, 422] }), 'rest.path-param-undeclared');
    assert.match(out, /\| verbose \| query \| boolean \| no \| More \|\n\| task_id \| path \| integer \| yes \| The task id \|\n/);
  });
});

describe('lint: quick fix for auth.owner-in-body', () => {
  it('removes the owner field\'s row from the request schema', () => {
    const text = ['### TaskCreate', '', '| field | type | required | nullable |', '|---|---|---|---|', '| title | string | yes | no |', '| user_id | integer | yes | no |', ''].join('\n');
    const title = { name: 'title', type: 'string', required: true, nullable: false };
    const owner = { name: 'user_id', type: 'integer', required: true, nullable: false };
    const r = route({ method: 'POST', requestSchema: 'TaskCreate', responses: [{ status: 201 }] });
    const start = text.indexOf('| user_id');
    const sources = new Map<object, SourceSpan>([[owner, { file: FILE, range: rangeAt(text, start, text.indexOf('\n', start)), parts: {} }]]);
    const ctx = context(design([resource([r])], [{ name: 'TaskCreate', fields: [title, owner] }]), { sources, texts: new Map([[FILE, text]]) });
    const finding = runLintRules(ctx).find((f) => f.code === 'auth.owner-in-body');
    assert.equal(finding?.range.start.line, 5);
    const out = applyEdits(text, finding?.fixes?.[0]?.edits ?? []);
    assert.equal(out, ['### TaskCreate', '', '| field | type | required | nullable |', '|---|---|---|---|', '| title | string | yes | no |', ''].join('\n'));
  });
});
