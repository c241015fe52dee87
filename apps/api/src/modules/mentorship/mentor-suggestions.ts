import type { DataSource } from "typeorm";
import { mentorshipAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { isHrAdmin } from "../../auth/viewer";
import { isUuid } from "../../common/uuid";
import { forbidden, notFound } from "../../errors";
import { Employee } from "../employee/employee.entity";
import { Skill } from "../skill/skill.entity";
import type { MentorSkillMatch, MentorSuggestion } from "./mentor-suggestion.types";
import { MENTOR_SUGGESTIONS_SQL } from "./mentor-suggestions.sql";

interface SkillJson {
  id: string;
  createdAt: string;
  updatedAt: string;
  name: string;
  category: string;
  description: string;
  version: number;
  level: number;
}

/** "Strong in Public speaking (4.5), SQL (4.0) and Testing (4.0)". */
export function reasonFor(skills: { skill: { name: string }; level: number }[]): string {
  const named = skills.map(({ skill, level }) => `${skill.name} (${level.toFixed(1)})`);
  const list = named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1)}` : named[0];
  return `Strong in ${list}`;
}

/**
 * Colleagues who could mentor `menteeId`: two statements whatever the organization's size (may
 * the viewer ask, then the ranked suggestions; see mentor-suggestions.sql.ts).
 */
export async function mentorSuggestions(
  dataSource: DataSource,
  viewer: Viewer,
  menteeId: string,
  first: number,
): Promise<MentorSuggestion[]> {
  if (!isUuid(menteeId)) throw notFound("This employee");
  const [mentee] = await dataSource.query(
    `SELECT e.active, ${mentorshipAccess.suggestionsAllowedSql(viewer, "$2", "e.id")} AS allowed
     FROM employees e WHERE e.id = $1`,
    [menteeId, viewer.employee.id],
  );
  if (!mentee || (!mentee.active && !isHrAdmin(viewer))) throw notFound("This employee");
  if (!mentee.allowed) {
    throw forbidden("Mentor suggestions are for yourself, or for people you manage.");
  }
  const rows: (Record<string, unknown> & { skills: SkillJson[]; freeCapacity: number })[] =
    await dataSource.query(MENTOR_SUGGESTIONS_SQL, [menteeId, first]);
  return rows.map(({ skills, freeCapacity, ...employee }) => {
    const matches: MentorSkillMatch[] = skills.map(({ level, createdAt, updatedAt, ...skill }) => ({
      skill: Object.assign(new Skill(), skill, {
        createdAt: new Date(createdAt),
        updatedAt: new Date(updatedAt),
      }),
      level: Number(level),
    }));
    return {
      mentor: Object.assign(new Employee(), employee),
      reason: reasonFor(matches),
      skills: matches,
      freeCapacity,
    };
  });
}
