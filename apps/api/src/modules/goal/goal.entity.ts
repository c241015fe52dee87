import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from "typeorm";
import { BaseRecord } from "../../db/base-record";
import { Employee } from "../employee/employee.entity";

export enum GoalStatus {
  DRAFT = "DRAFT",
  PENDING_APPROVAL = "PENDING_APPROVAL",
  ACTIVE = "ACTIVE",
  COMPLETED = "COMPLETED",
  ABANDONED = "ABANDONED",
}
registerEnumType(GoalStatus, {
  name: "GoalStatus",
  description: "DRAFT → PENDING_APPROVAL → ACTIVE → COMPLETED | ABANDONED; sending back returns to DRAFT.",
});

export enum GoalVisibility {
  PRIVATE = "PRIVATE",
  TEAM = "TEAM",
  ORGANIZATION = "ORGANIZATION",
}
registerEnumType(GoalVisibility, {
  name: "GoalVisibility",
  description:
    "PRIVATE: the owner, their management chain and HR. TEAM: also the owner's same-manager peers. ORGANIZATION: everyone signed in.",
});

@ObjectType({ description: "A SMART development goal of one employee." })
@Entity({ name: "goals" })
// Employee.goals lists an owner's goals newest first (keyset on created_at, id).
@Index("goals_owner_id_idx", ["ownerId", "createdAt"])
export class Goal extends BaseRecord {
  @Column({ name: "owner_id", type: "uuid" })
  ownerId: string;

  @ManyToOne(() => Employee, { onDelete: "CASCADE" })
  @JoinColumn({ name: "owner_id", foreignKeyConstraintName: "goals_owner_id_fk" })
  owner?: Employee;

  @Field()
  @Column()
  title: string;

  @Field()
  @Column({ default: "" })
  description: string;

  @Field(() => GoalStatus)
  @Column({ type: "enum", enum: GoalStatus, enumName: "goal_status", default: GoalStatus.DRAFT })
  status: GoalStatus;

  @Field(() => GoalVisibility)
  @Column({ type: "enum", enum: GoalVisibility, enumName: "goal_visibility", default: GoalVisibility.TEAM })
  visibility: GoalVisibility;

  @Index("goals_parent_goal_id_idx")
  @Column({ name: "parent_goal_id", type: "uuid", nullable: true })
  parentGoalId: string | null;

  @ManyToOne(() => Goal, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "parent_goal_id", foreignKeyConstraintName: "goals_parent_goal_id_fk" })
  parent?: Goal | null;

  @Field({ description: "YYYY-MM-DD." })
  @Column({ name: "start_date", type: "date" })
  startDate: string;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD." })
  @Column({ name: "due_date", type: "date", nullable: true })
  dueDate: string | null;

  @Index("goals_approved_by_id_idx")
  @Column({ name: "approved_by_id", type: "uuid", nullable: true })
  approvedById: string | null;

  @ManyToOne(() => Employee, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "approved_by_id", foreignKeyConstraintName: "goals_approved_by_id_fk" })
  approvedBy?: Employee | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "approved_at", type: "timestamptz", nullable: true })
  approvedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "What the approver said: why it was sent back, or a note with the approval.",
  })
  @Column({ name: "approval_comment", type: "varchar", nullable: true })
  approvalComment: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "completed_at", type: "timestamptz", nullable: true })
  completedAt: Date | null;

  /** Written by each check-in in its transaction, so health and staleness need no extra query. */
  @Field(() => Date, { nullable: true, description: "When the last check-in was recorded." })
  @Column({ name: "last_check_in_at", type: "timestamptz", nullable: true })
  lastCheckInAt: Date | null;

  @Field(() => Int, { nullable: true, description: "The last check-in's confidence, 0–10." })
  @Column({ name: "last_confidence", type: "smallint", nullable: true })
  lastConfidence: number | null;

  @Field(() => Int, { description: "Optimistic-locking version: send it back with an edit." })
  @VersionColumn({ default: 1 })
  version: number;
}
