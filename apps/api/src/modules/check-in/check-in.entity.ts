import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { numeric } from "../../common/numeric";
import { BaseRecord } from "../../db/base-record";
import { Employee } from "../employee/employee.entity";
import { Goal } from "../goal/goal.entity";

export enum CheckInKind {
  UPDATE = "UPDATE",
  WIN = "WIN",
  SETBACK = "SETBACK",
}
registerEnumType(CheckInKind, {
  name: "CheckInKind",
  description:
    "UPDATE: progress as usual. WIN: something to celebrate. SETBACK: went wrong; says what was learned.",
});

/** A progress check-in on a goal. Append-only; it updated the key results in the same transaction. */
@ObjectType({ description: "A progress check-in on a goal." })
@Entity({ name: "check_ins" })
@Check("check_ins_confidence_range", `"confidence" BETWEEN 0 AND 10`)
@Check("check_ins_setback_lesson", `"kind" <> 'SETBACK' OR length(trim("lesson")) > 0`)
// Goal.checkIns and progressHistory read a goal's check-ins by time.
@Index("check_ins_goal_id_idx", ["goalId", "createdAt"])
// Employee.wins / setbacks read a person's check-ins of one kind by time.
@Index("check_ins_author_id_idx", ["authorId", "kind", "createdAt"])
export class CheckIn extends BaseRecord {
  @Column({ name: "goal_id", type: "uuid" })
  goalId: string;

  @ManyToOne(() => Goal, { onDelete: "CASCADE" })
  @JoinColumn({ name: "goal_id", foreignKeyConstraintName: "check_ins_goal_id_fk" })
  goal?: Goal;

  @Column({ name: "author_id", type: "uuid", nullable: true })
  authorId: string | null;

  @ManyToOne(() => Employee, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "author_id", foreignKeyConstraintName: "check_ins_author_id_fk" })
  author?: Employee | null;

  @Field(() => CheckInKind)
  @Column({ type: "enum", enum: CheckInKind, enumName: "check_in_kind", default: CheckInKind.UPDATE })
  kind: CheckInKind;

  @Field(() => Int, { description: "How sure the author is to reach the goal, 0–10." })
  @Column({ type: "smallint" })
  confidence: number;

  @Field()
  @Column({ default: "" })
  note: string;

  @Field(() => String, { nullable: true, description: "What was learned; required for a setback." })
  @Column({ type: "varchar", nullable: true })
  lesson: string | null;

  @Field(() => Float, { description: "The goal's progress (0–1) right after this check-in." })
  @Column({ type: "numeric", transformer: numeric })
  progress: number;
}
