import type { EntityManager } from "typeorm";

/** Self-referencing trees in the schema: a table and the column pointing at the parent row. */
type Tree = { table: "employees"; parent: "manager_id" } | { table: "goals"; parent: "parent_goal_id" };

/**
 * True when making `newParentId` the parent of `nodeId` would close a loop: walking up from the
 * new parent reaches the node itself. The caller holds a lock that serializes moves in that tree,
 * or two concurrent moves could each pass this check and together form a cycle.
 */
export async function wouldCreateCycle(
  manager: EntityManager,
  { table, parent }: Tree,
  nodeId: string,
  newParentId: string,
): Promise<boolean> {
  if (nodeId === newParentId) return true;
  const [{ cycle }] = await manager.query(
    `WITH RECURSIVE up(id, depth) AS (
       SELECT ${parent}, 1 FROM ${table} WHERE id = $1
       UNION ALL
       SELECT t.${parent}, up.depth + 1 FROM up JOIN ${table} t ON t.id = up.id
       WHERE up.id IS NOT NULL AND up.depth < 1000
     )
     SELECT EXISTS (SELECT 1 FROM up WHERE id = $2) AS cycle`,
    [newParentId, nodeId],
  );
  return cycle;
}
