/**
 * DataLoader batch helper: one array of rows per key, in the order of `keys` (empty when a key has
 * no rows), as DataLoader requires.
 */
export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
