import type { EntityManager } from "typeorm";
import { wouldCreateCycle } from "../../common/tree-cycles";
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
  const cycle = await wouldCreateCycle(
    manager,
    { table: "employees", parent: "manager_id" },
    employeeId,
    newManagerId,
  );
  if (cycle) {
    throw badInput(
      "input.managerId",
      "This change would make a person their own indirect manager: the new manager reports to them.",
    );
  }
}
