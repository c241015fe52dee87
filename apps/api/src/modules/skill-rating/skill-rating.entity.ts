import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseRecord } from "../../db/base-record";
import { Employee } from "../employee/employee.entity";
import { Skill } from "../skill/skill.entity";

export enum RatingSource {
  SELF = "SELF",
  MANAGER = "MANAGER",
}
registerEnumType(RatingSource, {
  name: "RatingSource",
  description: "SELF: the employee about themself. MANAGER: someone in their management chain.",
});

/**
 * One rating of one skill of one employee. Append-only: a new rating is a new row, so the history
 * (when, by whom) stays; the current level per source is the newest row.
 */
@ObjectType({ description: "A rating of an employee's skill, 1 (beginner) to 5 (expert)." })
@Entity({ name: "skill_ratings" })
@Check("skill_ratings_level_range", `"level" BETWEEN 1 AND 5`)
// The profile reads the newest rating per (employee, skill, source) and the history per skill.
@Index("skill_ratings_employee_id_idx", ["employeeId", "skillId", "source", "createdAt"])
export class SkillRating extends BaseRecord {
  @Column({ name: "employee_id", type: "uuid" })
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: "CASCADE" })
  @JoinColumn({ name: "employee_id", foreignKeyConstraintName: "skill_ratings_employee_id_fk" })
  employee?: Employee;

  @Index("skill_ratings_skill_id_idx")
  @Column({ name: "skill_id", type: "uuid" })
  skillId: string;

  @ManyToOne(() => Skill, { onDelete: "CASCADE" })
  @JoinColumn({ name: "skill_id", foreignKeyConstraintName: "skill_ratings_skill_id_fk" })
  skill?: Skill;

  @Field(() => RatingSource)
  @Column({ type: "enum", enum: RatingSource, enumName: "rating_source" })
  source: RatingSource;

  @Field(() => Int)
  @Column({ type: "smallint" })
  level: number;

  @Field()
  @Column({ default: "" })
  note: string;

  /** Who rated: the employee for SELF, the manager in the chain for MANAGER. */
  @Index("skill_ratings_rated_by_id_idx")
  @Column({ name: "rated_by_id", type: "uuid", nullable: true })
  ratedById: string | null;

  @ManyToOne(() => Employee, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "rated_by_id", foreignKeyConstraintName: "skill_ratings_rated_by_id_fk" })
  ratedBy?: Employee | null;
}
