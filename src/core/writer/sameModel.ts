// Comparing model values: routes by method and path, anything else by its
// content whatever the order of its keys.

export const routeKey = (r: { method: string; path: string }): string => `${r.method} ${r.path}`;

/** JSON with object keys sorted, so models built in a different key order compare equal. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
  return value;
}

/** Whether two model values are the same, whatever the order of their keys. */
export const same = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

