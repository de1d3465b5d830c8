// Constraints as specs write them (`max_length=200`, `>= 1`, `ge=0, le=100`)
// to JSON Schema keywords. What is not understood is kept verbatim in
// `x-constraints`, so nothing the spec says is lost in the export.
import type { JsonObject } from './types';

const NAMED: Record<string, string> = {
  max_length: 'maxLength',
  min_length: 'minLength',
  ge: 'minimum',
  gt: 'exclusiveMinimum',
  le: 'maximum',
  lt: 'exclusiveMaximum',
  min_items: 'minItems',
  max_items: 'maxItems',
  multiple_of: 'multipleOf',
};

const SYMBOLS: Record<string, string> = { '>=': 'minimum', '>': 'exclusiveMinimum', '<=': 'maximum', '<': 'exclusiveMaximum' };

/** Keywords whose value must be a non-negative integer in JSON Schema. */
const COUNTS = new Set(['maxLength', 'minLength', 'minItems', 'maxItems']);

/**
 * The JSON Schema keywords of a constraints text. `isArray` maps Pydantic's
 * `max_length`/`min_length` on a list to `maxItems`/`minItems`, as Pydantic
 * itself does.
 */
export function constraintKeywords(text: string, isArray: boolean): { keywords: JsonObject; rest: string[] } {
  const keywords: JsonObject = {};
  const rest: string[] = [];
  for (const raw of text.split(/[,;]/)) {
    const part = raw.trim();
    if (part === '') continue;
    const parsed = parseOne(part);
    if (!parsed) {
      rest.push(part);
      continue;
    }
    const value = parsed[1];
    let keyword = parsed[0];
    if (isArray && keyword === 'maxLength') keyword = 'maxItems';
    if (isArray && keyword === 'minLength') keyword = 'minItems';
    if (keyword === 'pattern') {
      if (isRegex(value)) keywords.pattern = value;
      else rest.push(part);
      continue;
    }
    const n = Number(value);
    if (value === '' || !Number.isFinite(n) || (COUNTS.has(keyword) && (!Number.isInteger(n) || n < 0)) || (keyword === 'multipleOf' && n <= 0)) {
      rest.push(part);
      continue;
    }
    keywords[keyword] = n;
  }
  return { keywords, rest };
}

function parseOne(part: string): [string, string] | undefined {
  const named = /^([a-z_]+)\s*=\s*(.+)$/.exec(part);
  if (named) {
    const name = named[1] ?? '';
    const value = unquote(named[2] ?? '');
    if (name === 'pattern' || name === 'regex') return ['pattern', value];
    const keyword = NAMED[name];
    return keyword ? [keyword, value] : undefined;
  }
  const symbol = /^(>=|<=|>|<)\s*(-?[0-9.eE+-]+)$/.exec(part);
  if (symbol) {
    const keyword = SYMBOLS[symbol[1] ?? ''];
    return keyword ? [keyword, symbol[2] ?? ''] : undefined;
  }
  return undefined;
}

function isRegex(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

function unquote(value: string): string {
  const v = value.trim();
  return /^(["'`]).*\1$/.test(v) && v.length >= 2 ? v.slice(1, -1) : v;
}
