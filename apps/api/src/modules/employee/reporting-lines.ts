import type { EntityManager } from "typeorm";
import { badInput } from "../../errors";

/**
 * Reporting lines must stay a forest: nobody can become their own (indirect) manager.
 * Changes to reporting lines are serialized with a transaction-scoped advisory lock, so two
 * concurrent moves (A under B, B under A) can't each pass the check and together form a cycle.
 */
const REPORTING_LINES_LOCK = 734_201;

export async function assertNoReportingCycle(
  manager: EntityManager,
  employeeId: string,
  newManagerId: string,
): Promise<void> {
  await manager.query("SELECT pg_advisory_xact_lock($1)", [REPORTING_LINES_LOCK]);
  if (employeeId === newManagerId) {
    throw badInput("input.managerId", "A person can't be their own manager.");
  }
  // Walk up from the new manager: finding the employee there means the move would close a loop.
  const [{ cycle }] = await manager.query(
    `WITH RECURSIVE up(id, depth) AS (
       SELECT manager_id, 1 FROM employees WHERE id = $1
       UNION ALL
       SELECT e.manager_id, up.depth + 1 FROM up JOIN employees e ON e.id = up.id
       WHERE up.id IS NOT NULL AND up.depth < 1000
     )
     SELECT EXISTS (SELECT 1 FROM up WHERE id = $2) AS cycle`,
    [newManagerId, employeeId],
  );
  if (cycle) {
    throw badInput(
      "input.managerId",
      "This change would make a person their own indirect manager: the new manager reports to them.",
    );
  }
}
