import type { DataSource } from "typeorm";
import { teamAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import type { Employee } from "../employee/employee.entity";
import { Skill } from "../skill/skill.entity";
import { SKILL_COLUMNS } from "../skill/skill.loaders";
import { mean } from "../skill-rating/skill-levels";
import { SkillMatrix, SkillMatrixCell, SkillMatrixRow } from "./team.types";

interface LevelRow {
  employeeId: string;
  selfLevel: number | null;
  managerLevel: number | null;
  skill: Skill;
}

/**
 * The current self and manager level of every skill rated for `members`, in one statement.
 * Ratings are append-only: the current level per source is the newest row, and the manager level
 * is the newest rating by anyone now in the member's management chain (decision 009).
 */
export async function readSkillLevels(
  dataSource: DataSource,
  viewer: Viewer,
  memberIds: string[],
): Promise<LevelRow[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `WITH RECURSIVE members AS (
       SELECT e.id FROM employees e
       WHERE e.id = ANY($1) AND ${teamAccess.growthSummaryVisibleSql(viewer, "e.id", "$2")}
     ), chain(member_id, id, depth) AS (
       SELECT e.id, e.manager_id, 1 FROM employees e JOIN members m ON m.id = e.id WHERE e.manager_id IS NOT NULL
       UNION ALL
       SELECT c.member_id, e.manager_id, c.depth + 1 FROM chain c JOIN employees e ON e.id = c.id
       WHERE e.manager_id IS NOT NULL AND c.depth < 100
     ), latest AS (
       SELECT DISTINCT ON (r.employee_id, r.skill_id, r.source) r.employee_id, r.skill_id, r.source, r.level
       FROM skill_ratings r JOIN members m ON m.id = r.employee_id
       WHERE r.source = 'SELF'
         OR EXISTS (SELECT 1 FROM chain c WHERE c.member_id = r.employee_id AND c.id = r.rated_by_id)
       ORDER BY r.employee_id, r.skill_id, r.source, r.created_at DESC, r.id DESC
     )
     SELECT l.employee_id AS "employeeId",
       max(l.level) FILTER (WHERE l.source = 'SELF') AS "selfLevel",
       max(l.level) FILTER (WHERE l.source = 'MANAGER') AS "managerLevel",
       ${SKILL_COLUMNS}
     FROM latest l JOIN skills s ON s.id = l.skill_id
     GROUP BY l.employee_id, s.id`,
    [memberIds, viewer.employee.id],
  );
  return rows.map(({ employeeId, selfLevel, managerLevel, ...skill }) => ({
    employeeId: employeeId as string,
    selfLevel: selfLevel as number | null,
    managerLevel: managerLevel as number | null,
    skill: Object.assign(new Skill(), skill),
  }));
}

/** Skills × members: a cell for every member and every skill rated for anyone, empty levels included. */
export function buildSkillMatrix(members: Employee[], levels: LevelRow[]): SkillMatrix {
  const skills = [...new Map(levels.map((row) => [row.skill.id, row.skill])).values()].sort(
    (a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name),
  );
  const byCell = new Map(levels.map((row) => [`${row.employeeId}/${row.skill.id}`, row]));
  const rows = members.map((employee) =>
    Object.assign(new SkillMatrixRow(), {
      employee,
      cells: skills.map((skill) => {
        const row = byCell.get(`${employee.id}/${skill.id}`);
        const selfLevel = row?.selfLevel ?? null;
        const managerLevel = row?.managerLevel ?? null;
        return Object.assign(new SkillMatrixCell(), {
          skill,
          selfLevel,
          managerLevel,
          combinedLevel: mean([selfLevel, managerLevel]),
        });
      }),
    }),
  );
  return Object.assign(new SkillMatrix(), { skills, rows });
}
