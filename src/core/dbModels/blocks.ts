// Field readers for the code blocks database specs use: SQL CREATE TABLE and
// SQLModel classes. Each returns models with fields and their lines.
import type { DbField } from './types';

export interface BlockModel {
  name: string;
  line: number;
  fields: DbField[];
  /** Columns with a foreign key to the users table. */
  userForeignKeys: string[];
}

const SQL_CONSTRAINT_WORDS = /^(primary|foreign|unique|constraint|check|index|key)\b/i;

/** `CREATE TABLE tasks (...)` statements in a SQL block starting at `firstLine`. */
export function readSqlTables(lines: readonly string[], firstLine: number): BlockModel[] {
  const models: BlockModel[] = [];
  let current: BlockModel | undefined;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const create = /^create\s+table\s+(?:if\s+not\s+exists\s+)?["`]?(?:\w+\.)?["`]?(\w+)["`]?/i.exec(line);
    if (create) {
      current = { name: create[1] as string, line: firstLine + i, fields: [], userForeignKeys: [] };
      models.push(current);
      return;
    }
    if (!current) return;
    if (/^\)\s*;?/.test(line)) {
      current = undefined;
      return;
    }
    const fk = /foreign\s+key\s*\(\s*["`]?(\w+)["`]?\s*\)\s*references\s+["`]?(\w+)/i.exec(line);
    if (fk && /^users?$/i.test(fk[2] as string)) current.userForeignKeys.push(fk[1] as string);
    if (SQL_CONSTRAINT_WORDS.test(line) || line.startsWith('--')) return;
    const column = /^["`]?(\w+)["`]?\s+([A-Za-z][\w()., ]*?)(?:\s|,|$)/.exec(line);
    if (!column) return;
    current.fields.push({ name: column[1] as string, type: (column[2] as string).toLowerCase(), line: firstLine + i });
    if (/references\s+["`]?users?\b/i.test(line)) current.userForeignKeys.push(column[1] as string);
  });
  return models;
}

/** `class Task(SQLModel, table=True):` classes in a Python block starting at `firstLine`. */
export function readSqlModelClasses(lines: readonly string[], firstLine: number): BlockModel[] {
  const models: BlockModel[] = [];
  let current: BlockModel | undefined;
  lines.forEach((raw, i) => {
    const cls = /^class\s+(\w+)\s*\(([^)]*)\)\s*:/.exec(raw);
    if (cls) {
      // Only table models describe columns; `TaskBase(SQLModel)` bases are merged by name later.
      current = /SQLModel|table\s*=\s*True|Base\b/.test(cls[2] as string) || /Base$/.test(cls[1] as string)
        ? { name: cls[1] as string, line: firstLine + i, fields: [], userForeignKeys: [] }
        : undefined;
      if (current) models.push(current);
      return;
    }
    if (!current || /^\S/.test(raw)) {
      if (/^\S/.test(raw)) current = undefined;
      return;
    }
    const field = /^\s+(\w+)\s*:\s*([^=]+?)\s*(?:=(.*))?$/.exec(raw);
    if (!field || (field[1] as string).startsWith('__') || field[1] === 'model_config') return;
    if (/Relationship\s*\(/.test(field[3] ?? '')) return;
    current.fields.push({ name: field[1] as string, type: (field[2] as string).trim(), line: firstLine + i });
    if (/foreign_key\s*=\s*["']users?\.id["']/i.test(field[3] ?? '')) current.userForeignKeys.push(field[1] as string);
  });
  return models;
}
