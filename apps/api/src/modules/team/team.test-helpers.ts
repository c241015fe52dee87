import type { DataSource } from "typeorm";

/** Small factories for team tests: rows written directly, with dates relative to now. */
const DAY_MS = 86_400_000;

/** The UTC calendar day `offset` days from today, YYYY-MM-DD (the goal rules count in UTC days). */
export const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

export interface GoalRow {
  ownerId: string;
  title: string;
  status?: "DRAFT" | "PENDING_APPROVAL" | "ACTIVE" | "COMPLETED" | "ABANDONED";
  visibility?: "PRIVATE" | "TEAM" | "ORGANIZATION";
  startDate?: string;
  dueDate?: string | null;
  approvedAt?: Date | null;
  lastCheckInAt?: Date | null;
  lastConfidence?: number | null;
  /** When it was submitted, as the audit log records it. */
  submittedAt?: Date;
  keyResults?: { start: number; target: number; current: number; weight?: number; updatedAt?: Date }[];
}

/**
 * An ACTIVE goal by default, half its time gone: 1,000 days long so today's fraction of a day moves
 * the expected progress by less than 0.1 %.
 */
export async function insertGoal(dataSource: DataSource, goal: GoalRow): Promise<string> {
  const status = goal.status ?? "ACTIVE";
  const [{ id }] = await dataSource.query(
    `INSERT INTO goals (owner_id, title, status, visibility, start_date, due_date, approved_at,
       last_check_in_at, last_confidence)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      goal.ownerId,
      goal.title,
      status,
      goal.visibility ?? "PRIVATE",
      goal.startDate ?? day(-500),
      goal.dueDate === undefined ? day(499) : goal.dueDate,
      goal.approvedAt === undefined ? (status === "ACTIVE" ? daysAgo(10) : null) : goal.approvedAt,
      goal.lastCheckInAt ?? null,
      goal.lastConfidence ?? null,
    ],
  );
  for (const [position, kr] of (goal.keyResults ?? []).entries()) {
    await dataSource.query(
      `INSERT INTO key_results (goal_id, title, start_value, target_value, current_value, weight, position,
         created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
      [
        id,
        `KR ${position + 1}`,
        kr.start,
        kr.target,
        kr.current,
        kr.weight ?? null,
        position,
        kr.updatedAt ?? daysAgo(2),
      ],
    );
  }
  if (goal.submittedAt) {
    await dataSource.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, created_at)
       VALUES ($1, 'goal.submitted', 'Goal', $2, $3)`,
      [goal.ownerId, id, goal.submittedAt],
    );
  }
  return id;
}

/** A goal whose only key result (0 → 100) stands at `percent`. */
export const progressOf = (percent: number, updatedAt?: Date) => [
  { start: 0, target: 100, current: percent, updatedAt },
];

export async function insertPlanItem(
  dataSource: DataSource,
  employeeId: string,
  status: "PLANNED" | "IN_PROGRESS" | "DONE" | "DROPPED",
  dueDate: string | null = null,
): Promise<void> {
  await dataSource.query(
    `INSERT INTO plan_items (employee_id, kind, title, status, due_date) VALUES ($1, 'COURSE', $2, $3, $4)`,
    [employeeId, `Course ${status}`, status, dueDate],
  );
}

export async function insertRating(
  dataSource: DataSource,
  rating: {
    employeeId: string;
    skillId: string;
    source: "SELF" | "MANAGER";
    level: number;
    ratedById: string;
    at: Date;
  },
): Promise<void> {
  await dataSource.query(
    `INSERT INTO skill_ratings (employee_id, skill_id, source, level, rated_by_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6)`,
    [rating.employeeId, rating.skillId, rating.source, rating.level, rating.ratedById, rating.at],
  );
}
