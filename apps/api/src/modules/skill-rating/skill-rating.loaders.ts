import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { skillProfileAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { isUuid } from "../../common/uuid";
import type { SkillProfileData } from "./skill-profile";
import { type RatingJson, toSkillRating } from "./skill-rating.rows";
import { createThreeSixtyLevelsLoader } from "./three-sixty-levels";

/**
 * Per-request loaders of the skill profile. `skillProfileData` reads the ratings and growth areas
 * of many employees in ONE statement and answers null for those whose profile the viewer may not
 * read (the rule is `skillProfileAccess.visibleSql`, applied in that statement).
 */
export function createSkillRatingLoaders(dataSource: DataSource, viewer: Viewer | null) {
  const skillProfileData = new DataLoader<string, SkillProfileData | null>(async (employeeIds) => {
    // Loaders only run under @Authorized resolvers, so a viewer exists; "FALSE" keeps it default-deny.
    const visible = viewer ? skillProfileAccess.visibleSql(viewer, "s.id", "$2") : "FALSE";
    const rows: {
      employeeId: string;
      ratings: RatingJson[];
      growthAreas: SkillProfileData["growthAreas"];
    }[] = await dataSource.query(
      `SELECT s.id AS "employeeId",
           COALESCE((SELECT json_agg(json_build_object('id', r.id, 'employeeId', r.employee_id,
               'skillId', r.skill_id, 'source', r.source, 'level', r.level, 'note', r.note,
               'ratedById', r.rated_by_id, 'createdAt', r.created_at, 'updatedAt', r.updated_at)
               ORDER BY r.created_at DESC, r.id DESC)
             FROM skill_ratings r WHERE r.employee_id = s.id), '[]') AS ratings,
           COALESCE((SELECT json_agg(json_build_object('skillId', g.skill_id, 'markedById', g.marked_by_id))
             FROM growth_areas g WHERE g.employee_id = s.id), '[]') AS "growthAreas"
         FROM unnest($1::uuid[]) AS s(id)
         WHERE ${visible}`,
      [employeeIds.filter(isUuid), viewer?.employee.id ?? null],
    );
    const byId = new Map(
      rows.map((row) => [
        row.employeeId,
        { employeeId: row.employeeId, ratings: row.ratings.map(toSkillRating), growthAreas: row.growthAreas },
      ]),
    );
    return employeeIds.map((id) => byId.get(id) ?? null);
  });

  return {
    skillProfileData,
    threeSixtyLevels: createThreeSixtyLevelsLoader(dataSource, viewer),
  };
}
