// Database models read from markdown specs, for the lint rules' field checks.
export type { DbField, DbModel } from './types';
export { readDbModels } from './read';
export { findDbModel, normalizeModelName } from './find';
