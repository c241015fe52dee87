import type { RatingSource } from "./skill-rating.entity";
import { SkillRating } from "./skill-rating.entity";

/** A skill_ratings row as the loaders (json_build_object) and the service (RETURNING) read it. */
export interface RatingJson {
  id: string;
  employeeId: string;
  skillId: string;
  source: RatingSource;
  level: number;
  note: string;
  ratedById: string | null;
  /** Text from json_build_object, a Date from a plain column. */
  createdAt: string | Date;
  updatedAt: string | Date;
}

export function toSkillRating(row: RatingJson): SkillRating {
  return Object.assign(new SkillRating(), {
    ...row,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  });
}
