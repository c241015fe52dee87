import type { EntityManager } from "typeorm";
import { feedbackAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { badInput, conflict, notFound } from "../../errors";
import { AuditService } from "../audit/audit.service";
import { GROWTH_AREA_LEVEL, STRENGTH_LEVEL } from "../skill-rating/skill-levels";
import { MAX_ROUND_SKILLS } from "./feedback.inputs";
import { type LoadedRound, ROUND_COLUMNS, toRound } from "./feedback.rows";
import { FeedbackRoundStatus } from "./feedback-round.entity";

/**
 * Transaction steps shared by the feedback services. Writes lock the round row first, so
 * nominations, approvals, opening and closing of one round serialize.
 */
export async function lockRound(manager: EntityManager, viewer: Viewer, id: string): Promise<LoadedRound> {
  const [row] = await manager.query(
    `SELECT ${ROUND_COLUMNS}, ${feedbackAccess.factsSql("$2")} FROM feedback_rounds r
     WHERE r.id = $1 AND ${feedbackAccess.visibleSql(viewer, "$2")} FOR UPDATE OF r`,
    [id, viewer.employee.id],
  );
  if (!row) throw notFound("This feedback round");
  return toRound(row);
}

export async function readRound(manager: EntityManager, viewer: Viewer, id: string): Promise<LoadedRound> {
  const [row] = await manager.query(
    `SELECT ${ROUND_COLUMNS}, ${feedbackAccess.factsSql("$2")} FROM feedback_rounds r WHERE r.id = $1`,
    [id, viewer.employee.id],
  );
  return toRound(row);
}

export function assertVersion(round: LoadedRound, version: number): void {
  if (round.version !== version) {
    throw conflict(
      "Someone changed this feedback round meanwhile. Reload it and apply your change again.",
      "input.version",
    );
  }
}

const STATUS_WORDS: Record<FeedbackRoundStatus, string> = {
  DRAFT: "still a draft",
  OPEN: "open",
  CLOSED: "closed",
};

export function assertStatus(round: LoadedRound, allowed: FeedbackRoundStatus[], field = "input.id"): void {
  if (!allowed.includes(round.status)) {
    throw badInput(
      field,
      `This feedback round is ${STATUS_WORDS[round.status]}, so this step doesn't apply.`,
    );
  }
}

/** Bumps the round's version (its content changed); refuses a stale `version` when one is given. */
export async function touchRound(
  manager: EntityManager,
  round: LoadedRound,
  version: number | null,
  set: string[] = [],
  params: unknown[] = [],
): Promise<void> {
  const assignments = [...set, "version = version + 1", "updated_at = now()"].join(", ");
  const where = version === null ? "" : ` AND version = $${params.length + 2}`;
  const [, affected] = await manager.query(
    `UPDATE feedback_rounds SET ${assignments} WHERE id = $1${where}`,
    [round.id, ...params, ...(version === null ? [] : [version])],
  );
  if (affected === 0) {
    throw conflict(
      "Someone changed this feedback round meanwhile. Reload it and apply your change again.",
      "input.version",
    );
  }
}

/** Closing dates: in the future, and within a year. */
export function assertClosingDate(closesAt: Date, field = "input.closesAt"): void {
  const now = Date.now();
  if (Number.isNaN(closesAt.getTime()) || closesAt.getTime() <= now) {
    throw badInput(field, "Choose a closing date in the future.");
  }
  if (closesAt.getTime() > now + 366 * 24 * 3600 * 1000) {
    throw badInput(field, "Choose a closing date within a year.");
  }
}

export async function assertSkillsExist(
  manager: EntityManager,
  skillIds: string[],
  field = "input.skillIds",
): Promise<string[]> {
  const unique = [...new Set(skillIds)];
  const found: { id: string }[] = await manager.query("SELECT id FROM skills WHERE id = ANY($1)", [unique]);
  if (found.length !== unique.length) throw badInput(field, "Choose skills from the catalog.");
  return unique;
}

/**
 * The skills a round rates when nobody chose them, for many subjects in one statement: each
 * subject's growth areas (marked, or combined level ≤ 2.5) and strengths (combined ≥ 4) with the
 * thresholds of decision 009, from the newest self and manager ratings; for a subject with none,
 * the skills of their current goals. At most MAX_ROUND_SKILLS each, growth areas first.
 */
export async function defaultSkillsOf(
  manager: EntityManager,
  subjectIds: string[],
): Promise<Map<string, string[]>> {
  const rows: { subjectId: string; skillId: string }[] = await manager.query(
    `WITH latest AS (
       SELECT DISTINCT ON (sr.employee_id, sr.skill_id, sr.source) sr.employee_id, sr.skill_id, sr.level
       FROM skill_ratings sr WHERE sr.employee_id = ANY($1)
       ORDER BY sr.employee_id, sr.skill_id, sr.source, sr.created_at DESC
     ), combined AS (
       SELECT employee_id, skill_id, avg(level) AS level FROM latest GROUP BY employee_id, skill_id
     ), profile AS (
       SELECT employee_id, skill_id, 0 AS rank FROM growth_areas WHERE employee_id = ANY($1)
       UNION ALL SELECT employee_id, skill_id, 1 FROM combined WHERE level <= $2
       UNION ALL SELECT employee_id, skill_id, 2 FROM combined WHERE level >= $3
     ), from_goals AS (
       SELECT g.owner_id AS employee_id, gs.skill_id, 3 AS rank
       FROM goals g JOIN goal_skills gs ON gs.goal_id = g.id
       WHERE g.owner_id = ANY($1) AND g.status IN ('DRAFT', 'PENDING_APPROVAL', 'ACTIVE')
         AND NOT EXISTS (SELECT 1 FROM profile p WHERE p.employee_id = g.owner_id)
     ), chosen AS (
       SELECT employee_id, skill_id, min(rank) AS rank
       FROM (SELECT * FROM profile UNION ALL SELECT * FROM from_goals) c GROUP BY employee_id, skill_id
     )
     SELECT "subjectId", "skillId" FROM (
       SELECT c.employee_id AS "subjectId", c.skill_id AS "skillId",
         row_number() OVER (PARTITION BY c.employee_id ORDER BY c.rank, s.name) AS n
       FROM chosen c JOIN skills s ON s.id = c.skill_id
     ) ranked WHERE n <= $4`,
    [subjectIds, GROWTH_AREA_LEVEL, STRENGTH_LEVEL, MAX_ROUND_SKILLS],
  );
  const bySubject = new Map<string, string[]>(subjectIds.map((id) => [id, []]));
  for (const row of rows) bySubject.get(row.subjectId)?.push(row.skillId);
  return bySubject;
}

/**
 * The requests every round starts with, for many rounds in one statement: the subject's own
 * (SELF) and their direct manager's (MANAGER, when they have an active one). Both need no approval.
 */
export async function insertAutomaticRequests(
  manager: EntityManager,
  roundIds: string[],
  nominatedById: string | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO feedback_requests (round_id, reviewer_id, relationship, approved, nominated_by_id)
     SELECT r.id, r.subject_id, 'SELF'::feedback_relationship, TRUE, $2::uuid FROM feedback_rounds r WHERE r.id = ANY($1)
     UNION ALL
     SELECT r.id, m.id, 'MANAGER'::feedback_relationship, TRUE, $2::uuid FROM feedback_rounds r
       JOIN employees s ON s.id = r.subject_id JOIN employees m ON m.id = s.manager_id AND m.active
     WHERE r.id = ANY($1)`,
    [roundIds, nominatedById],
  );
}

export async function replaceRoundSkills(
  manager: EntityManager,
  roundId: string,
  skillIds: string[],
): Promise<void> {
  await manager.query("DELETE FROM feedback_round_skills WHERE round_id = $1", [roundId]);
  await manager.query(
    "INSERT INTO feedback_round_skills (round_id, skill_id) SELECT $1, unnest($2::uuid[])",
    [roundId, skillIds],
  );
}

export function auditRound(
  manager: EntityManager,
  viewer: Viewer | null,
  requestId: string | null,
  action: string,
  roundId: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  return AuditService.record(manager, {
    ...(viewer ? AuditService.actor(viewer, requestId ?? "") : { actorId: null, requestId }),
    action,
    entityType: "FeedbackRound",
    entityId: roundId,
    data,
  });
}
