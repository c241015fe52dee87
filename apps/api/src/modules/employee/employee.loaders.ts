import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { employeeAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { groupBy } from "../../common/group-by";
import { isUuid } from "../../common/uuid";
import { Employee } from "./employee.entity";

export const COLUMNS = `e.id, e.created_at AS "createdAt", e.updated_at AS "updatedAt", e.name, e.email, e.title,
  e.department, e.role, e.external_id AS "externalId", e.active, e.manager_id AS "managerId", e.version,
  e.mentor_capacity AS "mentorCapacity"`;

export function toEmployee(row: Record<string, unknown>): Employee {
  return Object.assign(new Employee(), row);
}

/**
 * Per-request loaders for employees and reporting lines: each runs one SQL statement per batch,
 * whatever the number of parents, and only returns rows the viewer may see.
 */
export function createEmployeeLoaders(dataSource: DataSource, viewer: Viewer | null) {
  // Loaders only run under @Authorized resolvers, so a viewer exists; "FALSE" keeps it default-deny.
  const visible = viewer ? employeeAccess.visibleSql(viewer) : "FALSE";

  const byId = new DataLoader<string, Employee | null>(async (ids) => {
    const rows = await dataSource.query(
      `SELECT ${COLUMNS} FROM employees e WHERE e.id = ANY($1) AND ${visible}`,
      [ids.filter(isUuid)],
    );
    const byKey = new Map(rows.map((row: Record<string, unknown>) => [row.id, toEmployee(row)]));
    return ids.map((id) => (byKey.get(id) as Employee | undefined) ?? null);
  });

  const directReports = new DataLoader<string, Employee[]>(async (managerIds) => {
    const rows = await dataSource.query(
      `SELECT ${COLUMNS} FROM employees e WHERE e.manager_id = ANY($1) AND ${visible} ORDER BY e.name, e.id`,
      [managerIds],
    );
    return groupBy(managerIds, rows.map(toEmployee), (e) => e.managerId!);
  });

  /** Everyone above each employee, nearest manager first. */
  const managementChain = new DataLoader<string, Employee[]>(async (employeeIds) => {
    const rows = await dataSource.query(
      `WITH RECURSIVE chain(start_id, id, depth) AS (
         SELECT s.id, s.manager_id, 1 FROM employees s WHERE s.id = ANY($1) AND s.manager_id IS NOT NULL
         UNION ALL
         SELECT c.start_id, m.manager_id, c.depth + 1 FROM chain c JOIN employees m ON m.id = c.id
         WHERE m.manager_id IS NOT NULL AND c.depth < 100
       )
       SELECT c.start_id AS "startId", ${COLUMNS} FROM chain c JOIN employees e ON e.id = c.id
       WHERE ${visible} ORDER BY c.start_id, c.depth`,
      [employeeIds],
    );
    return groupBy(employeeIds, rows, (row: { startId: string }) => row.startId).map((group) =>
      group.map(({ startId: _, ...row }) => toEmployee(row)),
    );
  });

  /** Everyone below each manager, at any depth (their whole team), ordered by name. */
  const team = new DataLoader<string, Employee[]>(async (managerIds) => {
    const rows = await dataSource.query(
      `WITH RECURSIVE team(root_id, id, depth) AS (
         SELECT r.manager_id, r.id, 1 FROM employees r WHERE r.manager_id = ANY($1)
         UNION ALL
         SELECT t.root_id, r.id, t.depth + 1 FROM team t JOIN employees r ON r.manager_id = t.id WHERE t.depth < 100
       )
       SELECT t.root_id AS "rootId", ${COLUMNS} FROM team t JOIN employees e ON e.id = t.id
       WHERE ${visible} ORDER BY t.root_id, e.name, e.id`,
      [managerIds],
    );
    return groupBy(managerIds, rows, (row: { rootId: string }) => row.rootId).map((group) =>
      group.map(({ rootId: _, ...row }) => toEmployee(row)),
    );
  });

  return { employeeById: byId, directReports, managementChain, team };
}
