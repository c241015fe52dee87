import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { planAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { type Connection, decodeCursor, toConnection } from "../../common/connection";
import { groupBy } from "../../common/group-by";
import { isUuid } from "../../common/uuid";
import { badInput } from "../../errors";
import { PLAN_ITEM_COLUMNS, todayIso, toPlanItem } from "./plan.rows";
import { completionOf, type DevelopmentPlan } from "./plan.types";
import type { PlanItem, PlanItemStatus } from "./plan-item.entity";

export interface PlanItemsPageKey {
  employeeId: string;
  status: PlanItemStatus | null;
  first: number;
  after: string | null;
}

/**
 * Items sort by due date (undated last), then creation. The keyset is that triple; the date travels
 * as text ('infinity' for none) and created_at as text to keep its microseconds.
 */
const SORT_DUE = `COALESCE(p.due_date, 'infinity'::date)`;
const ORDER = `${SORT_DUE}, p.created_at, p.id`;

function decodePlanCursor(after: string): [string, string, string] {
  const [due, at, id] = decodeCursor(after, 3);
  const validDue = due === "infinity" || (typeof due === "string" && /^\d{4}-\d{2}-\d{2}$/.test(due));
  if (!validDue || typeof at !== "string" || Number.isNaN(Date.parse(at)) || !isUuid(String(id))) {
    throw badInput("after", "This cursor is not valid; start again from the first page.");
  }
  return [due as string, at, String(id)];
}

type SortedItem = PlanItem & { sortDue: string; sortAt: string };

/**
 * Per-request plan loaders: one SQL statement per batch whatever the number of parents, every one
 * filtered by `planAccess.visibleSql`, so a plan the viewer may not see is neither shown nor counted.
 */
export function createPlanLoaders(dataSource: DataSource, viewer: Viewer | null) {
  const visible = (n: number, employeeSql: string) =>
    viewer ? planAccess.visibleSql(viewer, `$${n}`, employeeSql) : `$${n}::uuid IS NULL AND FALSE`;
  const viewerId = viewer?.employee.id ?? null;

  /** The plan's figures, or null for someone whose plan the viewer may not see. */
  const developmentPlan = new DataLoader<string, DevelopmentPlan | null>(async (employeeIds) => {
    const rows: (Omit<DevelopmentPlan, "completion"> & { employeeId: string })[] = await dataSource.query(
      `SELECT e.id AS "employeeId", count(p.id)::int AS total,
         count(p.id) FILTER (WHERE p.status = 'PLANNED')::int AS planned,
         count(p.id) FILTER (WHERE p.status = 'IN_PROGRESS')::int AS "inProgress",
         count(p.id) FILTER (WHERE p.status = 'DONE')::int AS done,
         count(p.id) FILTER (WHERE p.status = 'DROPPED')::int AS dropped,
         count(p.id) FILTER (WHERE p.due_date < $3::date AND p.status NOT IN ('DONE', 'DROPPED'))::int
           AS "overdueCount"
       FROM employees e LEFT JOIN plan_items p ON p.employee_id = e.id
       WHERE e.id = ANY($1) AND ${visible(2, "e.id")}
       GROUP BY e.id`,
      [employeeIds.filter(isUuid), viewerId, todayIso()],
    );
    const byId = new Map(rows.map((row) => [row.employeeId, { ...row, completion: completionOf(row) }]));
    return employeeIds.map((id) => byId.get(id) ?? null);
  });

  /** One page of each employee's items and their count, all employees in one statement. */
  const planItemsPage = new DataLoader<PlanItemsPageKey, Connection<PlanItem>, string>(
    async (keys) => {
      const cursors = keys.map((key) => (key.after ? decodePlanCursor(key.after) : [null, null, null]));
      const filter = `p.employee_id = q.employee_id AND (q.status IS NULL OR p.status::text = q.status)
        AND ${visible(8, "q.employee_id")}`;
      const rows: Record<string, unknown>[] = await dataSource.query(
        `SELECT q.idx, c.total, i.*
         FROM unnest($1::uuid[], $2::text[], $3::date[], $4::timestamptz[], $5::uuid[], $6::int[], $7::int[])
           AS q(employee_id, status, after_due, after_at, after_id, lim, idx)
         CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM plan_items p WHERE ${filter}) c
         LEFT JOIN LATERAL (
           SELECT ${PLAN_ITEM_COLUMNS}, ${SORT_DUE}::text AS "sortDue", p.created_at::text AS "sortAt"
           FROM plan_items p
           WHERE ${filter} AND (q.after_at IS NULL OR (${ORDER}) > (q.after_due, q.after_at, q.after_id))
           ORDER BY ${ORDER} LIMIT q.lim
         ) i ON TRUE
         ORDER BY q.idx, i."sortDue"::date, i."createdAt", i.id`,
        [
          keys.map((key) => (isUuid(key.employeeId) ? key.employeeId : null)),
          keys.map((key) => key.status),
          cursors.map((cursor) => cursor[0]),
          cursors.map((cursor) => cursor[1]),
          cursors.map((cursor) => cursor[2]),
          keys.map((key) => key.first + 1),
          keys.map((_, index) => index),
          viewerId,
        ],
      );
      return keys.map((key, index) => {
        const mine = rows.filter((row) => row.idx === index);
        const items = mine
          .filter((row) => row.id !== null)
          .map(({ idx: _, total: __, ...row }) => toPlanItem(row) as SortedItem);
        return toConnection<PlanItem>(items, key.first, (mine[0]?.total as number) ?? 0, (item) => [
          (item as SortedItem).sortDue,
          (item as SortedItem).sortAt,
          item.id,
        ]);
      });
    },
    { cacheKeyFn: (key) => JSON.stringify([key.employeeId, key.status, key.first, key.after]) },
  );

  /** The items linked to each goal, when the viewer may see the goal owner's plan. */
  const planItemsByGoal = new DataLoader<string, PlanItem[]>(async (goalIds) => {
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT ${PLAN_ITEM_COLUMNS} FROM plan_items p
       WHERE p.goal_id = ANY($1) AND ${visible(2, "p.employee_id")}
       ORDER BY ${ORDER}`,
      [goalIds.filter(isUuid), viewerId],
    );
    return groupBy(goalIds, rows.map(toPlanItem), (item) => item.goalId as string);
  });

  return { developmentPlan, planItemsPage, planItemsByGoal };
}
