import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from "typeorm";
import { BaseRecord } from "../../db/base-record";
import { Employee } from "../employee/employee.entity";

export enum FeedbackRoundStatus {
  DRAFT = "DRAFT",
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}
registerEnumType(FeedbackRoundStatus, {
  name: "FeedbackRoundStatus",
  description:
    "DRAFT: reviewers are being nominated and approved. OPEN: reviewers answer. CLOSED: the report can be read.",
});

/** The lowest anonymity threshold the product accepts (DESIGN.md §2): never fewer than 3 answers per group. */
export const MIN_ANONYMITY_THRESHOLD = 3;

/**
 * A 360 feedback round about one employee (the subject). Its content lives in feedback_requests
 * (who is asked) and in feedback_ratings / feedback_answers (what they said), which the API only
 * ever returns aggregated, or to their own reviewer.
 */
@ObjectType({ description: "A 360 feedback round about one person." })
@Entity({ name: "feedback_rounds" })
@Check("feedback_rounds_threshold_min", `"anonymity_threshold" >= ${MIN_ANONYMITY_THRESHOLD}`)
// Employee.feedbackRounds (newest first) and the subject's latest closed round for the skill profile.
@Index("feedback_rounds_subject_id_idx", ["subjectId", "status", "createdAt"])
// The periodic job looks for open rounds whose closing date has passed or comes near.
@Index("feedback_rounds_status_closes_at_idx", ["status", "closesAt"])
export class FeedbackRound extends BaseRecord {
  @Column({ name: "subject_id", type: "uuid" })
  subjectId: string;

  @ManyToOne(() => Employee, { onDelete: "CASCADE" })
  @JoinColumn({ name: "subject_id", foreignKeyConstraintName: "feedback_rounds_subject_id_fk" })
  subject?: Employee;

  /** Who started it: the subject, someone in their chain, or HR (alone or with a cycle). */
  @Index("feedback_rounds_created_by_id_idx")
  @Column({ name: "created_by_id", type: "uuid", nullable: true })
  createdById: string | null;

  @ManyToOne(() => Employee, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "created_by_id", foreignKeyConstraintName: "feedback_rounds_created_by_id_fk" })
  createdBy?: Employee | null;

  @Field()
  @Column()
  title: string;

  @Field(() => [String], { description: "The open questions, in order." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  questions: string[];

  @Field(() => FeedbackRoundStatus)
  @Column({
    type: "enum",
    enum: FeedbackRoundStatus,
    enumName: "feedback_round_status",
    default: FeedbackRoundStatus.DRAFT,
  })
  status: FeedbackRoundStatus;

  @Field({ description: "When the round closes by itself; answers are refused from then on." })
  @Column({ name: "closes_at", type: "timestamptz" })
  closesAt: Date;

  @Field(() => Int, {
    description: "How many answers a group (peers, direct reports…) needs before the report shows it.",
  })
  @Column({ name: "anonymity_threshold", type: "smallint", default: MIN_ANONYMITY_THRESHOLD })
  anonymityThreshold: number;

  @Field(() => Date, { nullable: true })
  @Column({ name: "opened_at", type: "timestamptz", nullable: true })
  openedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "closed_at", type: "timestamptz", nullable: true })
  closedAt: Date | null;

  /** The automatic reminder before the closing date is sent once; this says it was. */
  @Column({ name: "reminder_sent_at", type: "timestamptz", nullable: true })
  reminderSentAt: Date | null;

  /** The last manual nudge, so reviewers aren't nudged more than once a day. */
  @Column({ name: "nudged_at", type: "timestamptz", nullable: true })
  nudgedAt: Date | null;

  @Field(() => Int, { description: "Optimistic-locking version: send it back with an edit." })
  @VersionColumn({ default: 1 })
  version: number;
}
