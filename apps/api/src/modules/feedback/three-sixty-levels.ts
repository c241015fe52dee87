import type { DataSource } from "typeorm";

/**
 * For the skill profile: per subject, the "all others" level per skill of their latest CLOSED
 * round — exactly the report's `others` figure (report.ts), computed in ONE SQL statement for any
 * number of people. The same anonymity rules apply: only anonymous groups (PEER, DIRECT_REPORT,
 * MENTOR, OTHER) with ≥ threshold submitted responses count, and within them only skills that
 * ≥ threshold people actually rated; self and manager are not part of it (the profile has them).
 * A subject without a closed round, or with nothing shown, has no entry (or no skill entry).
 */
export async function loadThreeSixtyLevels(
  dataSource: DataSource,
  employeeIds: readonly string[],
): Promise<Map<string, Map<string, number>>> {
  const rows: { subjectId: string; skillId: string; level: number }[] = await dataSource.query(
    threeSixtyLevelsSql("r.subject_id = ANY($1)"),
    [[...employeeIds]],
  );
  const bySubject = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const skills = bySubject.get(row.subjectId) ?? new Map<string, number>();
    skills.set(row.skillId, row.level);
    bySubject.set(row.subjectId, skills);
  }
  return bySubject;
}

/**
 * The statement behind `loadThreeSixtyLevels`, for other queries to embed as a subquery: rows of
 * ("subjectId", "skillId", level) for the subjects matching `subjectCondition` (on the rounds alias
 * `r`, e.g. "r.subject_id = ANY($1)"). Mentor suggestions use it so 360 levels count there too.
 */
export function threeSixtyLevelsSql(subjectCondition: string): string {
  return `WITH latest AS (
       SELECT DISTINCT ON (r.subject_id) r.id, r.subject_id, r.anonymity_threshold AS threshold
       FROM feedback_rounds r WHERE ${subjectCondition} AND r.status = 'CLOSED'
       ORDER BY r.subject_id, r.closed_at DESC, r.id DESC
     ), shown_groups AS (
       SELECT l.id AS round_id, fr.relationship FROM latest l
       JOIN feedback_requests fr ON fr.round_id = l.id AND fr.approved AND fr.status = 'SUBMITTED'
       WHERE fr.relationship IN ('PEER', 'DIRECT_REPORT', 'MENTOR', 'OTHER')
       GROUP BY l.id, fr.relationship, l.threshold HAVING count(*) >= l.threshold
     ), shown_figures AS (
       SELECT l.subject_id, fx.skill_id, sum(fx.level) AS total, count(*) AS n FROM latest l
       JOIN shown_groups g ON g.round_id = l.id
       JOIN feedback_requests fr ON fr.round_id = l.id AND fr.relationship = g.relationship
         AND fr.approved AND fr.status = 'SUBMITTED'
       JOIN feedback_ratings fx ON fx.request_id = fr.id AND fx.level IS NOT NULL
       JOIN feedback_round_skills rs ON rs.round_id = l.id AND rs.skill_id = fx.skill_id
       GROUP BY l.subject_id, fx.skill_id, g.relationship, l.threshold HAVING count(*) >= l.threshold
     )
     SELECT subject_id AS "subjectId", skill_id AS "skillId",
       round(sum(total)::numeric / sum(n), 2)::float8 AS level
     FROM shown_figures GROUP BY subject_id, skill_id`;
}
