import { COLUMNS as EMPLOYEE_COLUMNS } from "../employee/employee.loaders";
import { threeSixtyLevelsSql } from "../feedback/three-sixty-levels";
import { GROWTH_AREA_LEVEL, STRENGTH_LEVEL } from "../skill-rating/skill-levels";

/**
 * The current levels that a combined level averages (decision 009), one row per employee × skill ×
 * source, for the levels matching `where` (given the employee and skill columns to test):
 * - SELF: the newest self rating; MANAGER: the newest rating by anyone in the chain;
 * - 360: the "all others" figure of the person's latest closed round (modules/feedback).
 * Suggestions weigh them alike: combined = mean of every level that exists.
 */
export function levelSourcesSql(
  where: (employee: string, skill: string) => string,
  /** Narrows the 360 rounds read (on `feedback_rounds r`) when `where` names one person. */
  roundsCondition = "TRUE",
): string {
  return `(SELECT latest.employee_id, latest.skill_id, latest.level FROM (
             SELECT DISTINCT ON (r.employee_id, r.skill_id, r.source)
               r.employee_id, r.skill_id, r.level::numeric AS level
             FROM skill_ratings r WHERE ${where("r.employee_id", "r.skill_id")}
             ORDER BY r.employee_id, r.skill_id, r.source, r.created_at DESC, r.id DESC) latest
           UNION ALL
           SELECT t."subjectId", t."skillId", t.level::numeric
           FROM (${threeSixtyLevelsSql(roundsCondition)}) t WHERE ${where('t."subjectId"', 't."skillId"')})`;
}

/**
 * Mentor suggestions in one statement, whatever the size of the organization. Parameters:
 * $1 the mentee, $2 how many. Candidates are strong (combined ≥ STRENGTH_LEVEL) in at least one of
 * the mentee's growth areas (marked, or combined ≤ GROWTH_AREA_LEVEL); excluded are the mentee,
 * their management chain, everyone below them, people who left, people at capacity and anyone
 * with an open (proposed or active) mentorship with the mentee. Ranked by how many growth areas
 * they cover, then by their mean level there.
 */
export const MENTOR_SUGGESTIONS_SQL = `
WITH RECURSIVE
  chain(id, depth) AS (
    SELECT manager_id, 1 FROM employees WHERE id = $1
    UNION ALL
    SELECT e.manager_id, c.depth + 1 FROM chain c JOIN employees e ON e.id = c.id
    WHERE c.id IS NOT NULL AND c.depth < 100),
  below(id, depth) AS (
    SELECT id, 1 FROM employees WHERE manager_id = $1
    UNION ALL
    SELECT e.id, b.depth + 1 FROM below b JOIN employees e ON e.manager_id = b.id WHERE b.depth < 100),
  mentee_levels AS (
    SELECT l.skill_id, avg(l.level) AS level FROM ${levelSourcesSql((employee) => `${employee} = $1`, "r.subject_id = $1")} l
    GROUP BY l.skill_id),
  growth AS (
    SELECT skill_id FROM growth_areas WHERE employee_id = $1
    UNION
    SELECT skill_id FROM mentee_levels WHERE level <= ${GROWTH_AREA_LEVEL}),
  strengths AS (
    SELECT l.employee_id, l.skill_id, avg(l.level) AS level
    FROM ${levelSourcesSql(
      (employee, skill) => `${skill} IN (SELECT skill_id FROM growth) AND ${employee} <> $1`,
    )} l
    GROUP BY l.employee_id, l.skill_id
    HAVING avg(l.level) >= ${STRENGTH_LEVEL})
SELECT ${EMPLOYEE_COLUMNS},
  e.mentor_capacity - load.active AS "freeCapacity",
  json_agg(json_build_object('id', k.id, 'createdAt', k.created_at, 'updatedAt', k.updated_at,
    'name', k.name, 'category', k.category, 'description', k.description, 'version', k.version,
    'level', round(s.level, 1)) ORDER BY s.level DESC, k.name) AS skills
FROM strengths s
JOIN employees e ON e.id = s.employee_id
JOIN skills k ON k.id = s.skill_id
CROSS JOIN LATERAL (
  SELECT count(*)::int AS active FROM mentorships m WHERE m.mentor_id = e.id AND m.status = 'ACTIVE') load
WHERE e.active
  AND load.active < e.mentor_capacity
  AND e.id NOT IN (SELECT id FROM chain WHERE id IS NOT NULL)
  AND e.id NOT IN (SELECT id FROM below)
  AND NOT EXISTS (SELECT 1 FROM mentorships m
    WHERE m.mentor_id = e.id AND m.mentee_id = $1 AND m.status IN ('PROPOSED', 'ACTIVE'))
GROUP BY e.id, load.active
ORDER BY count(*) DESC, avg(s.level) DESC, e.name, e.id
LIMIT $2`;
