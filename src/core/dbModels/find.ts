// Finds the database model a schema's `basedOn` reference names.
import type { DbModel } from './types';

/** `Task`, `tasks`, `task-table` all compare as `task`. */
export function normalizeModelName(name: string): string {
  return name.toLowerCase().replace(/[`*_\s-]+(model|table)$/, '').replace(/(table|model)$/, '').replace(/[^a-z0-9]/g, '').replace(/(ies)$/, 'y').replace(/s$/, '');
}

/**
 * The model a reference such as `@specs/db/models.md#task` names: same file
 * (when the file is known among the models) and a matching anchor or name.
 */
export function findDbModel(models: readonly DbModel[], reference: string): DbModel | undefined {
  const m = /^@specs\/([^#]*)(?:#(.*))?$/.exec(reference);
  if (!m) return undefined;
  const path = (m[1] ?? '').replace(/\.md$/, '');
  const anchor = (m[2] ?? '').toLowerCase();
  const inFile = models.filter((model) => model.file.replace(/\.md$/, '').endsWith(path));
  const pool = inFile.length > 0 ? inFile : models;
  if (!anchor) return pool.length === 1 ? pool[0] : undefined;
  return pool.find((model) => model.anchors.includes(anchor)) ?? pool.find((model) => normalizeModelName(model.name) === normalizeModelName(anchor));
}
