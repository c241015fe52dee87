import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { goalAccess, teamAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { groupBy } from "../../common/group-by";
import { isUuid } from "../../common/uuid";
import { GOAL_COLUMNS, toGoal } from "../goal/goal.rows";
import type { GrowthStats } from "./growth-summary";
import type { TrackedGoal } from "./team.types";
import { type TrackedGoalFacts, trackGoal } from "./tracked-goal";

const utcDay = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Per-request loaders of the team views: each runs one SQL statement per batch, so a list of 50
 * people costs what a list of 5 does.
 */
export function createTeamLoaders(dataSource: DataSource, viewer: Viewer | null) {
  const viewerId = viewer?.employee.id ?? null;

  /** Each owner's ACTIVE and PENDING_APPROVAL goals the viewer may see, with their standing. */
  const trackedGoalsByOwner = new DataLoader<string, TrackedGoal[]>(async (ownerIds) => {
    const visible = viewer ? goalAccess.visibleSql(viewer, "$2") : "FALSE";
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT ${GOAL_COLUMNS},
         g.last_check_in_at AS "trackedLastCheckInAt", g.last_confidence AS "trackedLastConfidence",
         kr.items AS "trackedKeyResults", kr.updated_at AS "trackedKeyResultsUpdatedAt",
         -- The audit log knows when it was submitted; the last change is the best guess without it.
         CASE WHEN g.status = 'PENDING_APPROVAL' THEN coalesce((
           SELECT max(a.created_at) FROM audit_events a
           WHERE a.entity_type = 'Goal' AND a.entity_id = g.id AND a.action = 'goal.submitted'
         ), g.updated_at) END AS "trackedSubmittedAt"
       FROM goals g
       CROSS JOIN LATERAL (
         SELECT coalesce(json_agg(json_build_object('startValue', k.start_value, 'targetValue', k.target_value,
             'currentValue', k.current_value, 'weight', k.weight)), '[]'::json) AS items,
           max(k.updated_at) AS updated_at
         FROM key_results k WHERE k.goal_id = g.id
       ) kr
       WHERE g.owner_id = ANY($1) AND g.status IN ('ACTIVE', 'PENDING_APPROVAL') AND ${visible}
       ORDER BY g.owner_id, g.due_date NULLS LAST, g.created_at, g.id`,
      [ownerIds.filter(isUuid), viewerId],
    );
    const now = new Date();
    const goals = rows.map((row) => {
      const {
        trackedLastCheckInAt,
        trackedLastConfidence,
        trackedKeyResults,
        trackedKeyResultsUpdatedAt,
        trackedSubmittedAt,
        ...goalRow
      } = row;
      const facts: TrackedGoalFacts = {
        keyResults: trackedKeyResults as TrackedGoalFacts["keyResults"],
        keyResultsUpdatedAt: trackedKeyResultsUpdatedAt as Date | null,
        lastCheckInAt: trackedLastCheckInAt as Date | null,
        lastConfidence: trackedLastConfidence as number | null,
        submittedAt: trackedSubmittedAt as Date | null,
      };
      return trackGoal(toGoal(goalRow), facts, now);
    });
    return groupBy(ownerIds, goals, (goal) => goal.ownerId);
  });

  /**
   * The rest of each person's growth summary (check-ins, plan, approvals to give), or null when
   * the viewer may not see their summary (access/team.access.ts).
   */
  const growthStats = new DataLoader<string, GrowthStats | null>(async (employeeIds) => {
    const visible = viewer ? teamAccess.growthSummaryVisibleSql(viewer, "e.id", "$2") : "FALSE";
    const rows: ({ id: string } & GrowthStats)[] = await dataSource.query(
      `WITH RECURSIVE below(root_id, id, depth) AS (
         SELECT r.manager_id, r.id, 1 FROM employees r WHERE r.manager_id = ANY($1)
         UNION ALL
         SELECT b.root_id, r.id, b.depth + 1 FROM below b JOIN employees r ON r.manager_id = b.id
         WHERE b.depth < 100
       )
       SELECT e.id,
         (SELECT max(g.last_check_in_at) FROM goals g WHERE g.owner_id = e.id) AS "lastCheckInAt",
         p."planItems", p."planItemsDropped", p."planItemsDone", p."overduePlanItems",
         (SELECT count(*)::int FROM below b JOIN goals g ON g.owner_id = b.id
          WHERE b.root_id = e.id AND g.status = 'PENDING_APPROVAL') AS "approvalsToGive"
       FROM employees e
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS "planItems",
           count(*) FILTER (WHERE pi.status = 'DROPPED')::int AS "planItemsDropped",
           count(*) FILTER (WHERE pi.status = 'DONE')::int AS "planItemsDone",
           count(*) FILTER (WHERE pi.status IN ('PLANNED', 'IN_PROGRESS') AND pi.due_date < $3::date)::int
             AS "overduePlanItems"
         FROM plan_items pi WHERE pi.employee_id = e.id
       ) p
       WHERE e.id = ANY($1) AND ${visible}`,
      [employeeIds.filter(isUuid), viewerId, utcDay(new Date())],
    );
    const byId = new Map(rows.map(({ id, ...stats }) => [id, stats]));
    return employeeIds.map((id) => byId.get(id) ?? null);
  });

  return { trackedGoalsByOwner, growthStats };
}
