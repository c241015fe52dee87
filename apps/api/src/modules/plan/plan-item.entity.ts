import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from "typeorm";
import { BaseRecord } from "../../db/base-record";
import { Employee } from "../employee/employee.entity";
import { Goal } from "../goal/goal.entity";
import { Skill } from "../skill/skill.entity";

export enum PlanItemKind {
  COURSE = "COURSE",
  MENTORING = "MENTORING",
  COACHING = "COACHING",
  READING = "READING",
  PROJECT = "PROJECT",
  OTHER = "OTHER",
}
registerEnumType(PlanItemKind, { name: "PlanItemKind", description: "What kind of development activity." });

export enum PlanItemStatus {
  PLANNED = "PLANNED",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
  DROPPED = "DROPPED",
}
registerEnumType(PlanItemStatus, {
  name: "PlanItemStatus",
  description: "PLANNED → IN_PROGRESS → DONE (with a reflection) or DROPPED.",
});

/** One activity of an employee's development plan, optionally tied to a skill and a goal. */
@ObjectType({ description: "An activity in a development plan: a course, mentoring, a book, a project…" })
@Entity({ name: "plan_items" })
// Employee.developmentPlan lists a person's items by due date.
@Index("plan_items_employee_id_idx", ["employeeId", "dueDate", "createdAt"])
export class PlanItem extends BaseRecord {
  @Column({ name: "employee_id", type: "uuid" })
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: "CASCADE" })
  @JoinColumn({ name: "employee_id", foreignKeyConstraintName: "plan_items_employee_id_fk" })
  employee?: Employee;

  @Field(() => PlanItemKind)
  @Column({ type: "enum", enum: PlanItemKind, enumName: "plan_item_kind" })
  kind: PlanItemKind;

  @Field()
  @Column()
  title: string;

  @Field(() => String, { nullable: true, description: "Where to find it: a course page, a book, a doc." })
  @Column({ type: "varchar", nullable: true })
  link: string | null;

  @Index("plan_items_skill_id_idx")
  @Column({ name: "skill_id", type: "uuid", nullable: true })
  skillId: string | null;

  @ManyToOne(() => Skill, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "skill_id", foreignKeyConstraintName: "plan_items_skill_id_fk" })
  skill?: Skill | null;

  @Index("plan_items_goal_id_idx")
  @Column({ name: "goal_id", type: "uuid", nullable: true })
  goalId: string | null;

  @ManyToOne(() => Goal, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "goal_id", foreignKeyConstraintName: "plan_items_goal_id_fk" })
  goal?: Goal | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD." })
  @Column({ name: "due_date", type: "date", nullable: true })
  dueDate: string | null;

  @Field(() => PlanItemStatus)
  @Column({
    type: "enum",
    enum: PlanItemStatus,
    enumName: "plan_item_status",
    default: PlanItemStatus.PLANNED,
  })
  status: PlanItemStatus;

  @Field(() => String, {
    nullable: true,
    description: "What the person took from it; required to mark it done.",
  })
  @Column({ type: "varchar", nullable: true })
  reflection: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "completed_at", type: "timestamptz", nullable: true })
  completedAt: Date | null;

  @Field(() => Int, { description: "Optimistic-locking version: send it back with an edit." })
  @VersionColumn({ default: 1 })
  version: number;
}
