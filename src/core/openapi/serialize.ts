// Deterministic JSON and YAML writers for the exported document: two-space
// indentation, keys in insertion order, a final newline. The YAML writer
// quotes every string that a YAML 1.2 reader could take for something else,
// so both formats read back to the same value.
import type { Json } from './types';

/** The document as JSON text. */
export function toJson(value: Json): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The document as YAML 1.2 text (block style; empty collections as `[]`/`{}`). */
export function toYaml(value: Json): string {
  const lines: string[] = [];
  writeBlock(value, 0, lines);
  return `${lines.join('\n')}\n`;
}

function writeBlock(value: Json, indent: number, lines: string[]): void {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isNonEmptyCollection(item)) {
        const inner: string[] = [];
        writeBlock(item, indent + 2, inner);
        const first = inner[0] ?? '';
        lines.push(`${pad}- ${first.slice(indent + 2)}`, ...inner.slice(1));
      } else lines.push(`${pad}- ${scalar(item)}`);
    }
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (isNonEmptyCollection(item)) {
        lines.push(`${pad}${yamlString(key)}:`);
        writeBlock(item, indent + 2, lines);
      } else lines.push(`${pad}${yamlString(key)}: ${scalar(item)}`);
    }
    return;
  }
  lines.push(`${pad}${scalar(value)}`);
}

function isNonEmptyCollection(value: Json): value is Json[] | { [key: string]: Json } {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && typeof value === 'object' && Object.keys(value).length > 0;
}

function scalar(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '[]';
  if (typeof value === 'object') return '{}';
  if (typeof value === 'string') return yamlString(value);
  return JSON.stringify(value);
}

/** Plain when unambiguous; otherwise a JSON string, which is valid double-quoted YAML. */
function yamlString(text: string): string {
  const plain =
    /^[A-Za-z_/][A-Za-z0-9_ ./(){}-]*$/.test(text) &&
    !/\s$/.test(text) &&
    !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(text) &&
    !text.includes(' #') &&
    !text.includes(': ');
  return plain ? text : JSON.stringify(text);
}
