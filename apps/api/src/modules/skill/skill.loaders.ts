import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { isUuid } from "../../common/uuid";
import { Skill } from "./skill.entity";

export const SKILL_COLUMNS = `s.id, s.created_at AS "createdAt", s.updated_at AS "updatedAt", s.name, s.category,
  s.description, s.version`;

/** The catalog is readable by everyone signed in, so these loaders need no access filter. */
export function createSkillLoaders(dataSource: DataSource) {
  const skillById = new DataLoader<string, Skill | null>(async (ids) => {
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT ${SKILL_COLUMNS} FROM skills s WHERE s.id = ANY($1)`,
      [ids.filter(isUuid)],
    );
    const byId = new Map(rows.map((row) => [row.id as string, Object.assign(new Skill(), row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return { skillById };
}
