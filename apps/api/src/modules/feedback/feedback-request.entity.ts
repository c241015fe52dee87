import { registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from "typeorm";
import { BaseRecord } from "../../db/base-record";
import { Employee } from "../employee/employee.entity";
import { FeedbackRound } from "./feedback-round.entity";

export enum FeedbackRelationship {
  SELF = "SELF",
  MANAGER = "MANAGER",
  PEER = "PEER",
  DIRECT_REPORT = "DIRECT_REPORT",
  MENTOR = "MENTOR",
  OTHER = "OTHER",
}
registerEnumType(FeedbackRelationship, {
  name: "FeedbackRelationship",
  description:
    "How a reviewer knows the subject. SELF and MANAGER are attributed in the report; every other group is shown only from the round's anonymity threshold.",
});

/** The groups whose answers are anonymous: shown only with at least `threshold` answers. */
export const ANONYMOUS_GROUPS = [
  FeedbackRelationship.PEER,
  FeedbackRelationship.DIRECT_REPORT,
  FeedbackRelationship.MENTOR,
  FeedbackRelationship.OTHER,
] as const;
export type AnonymousGroup = (typeof ANONYMOUS_GROUPS)[number];
export const isAnonymousGroup = (relationship: FeedbackRelationship): relationship is AnonymousGroup =>
  (ANONYMOUS_GROUPS as readonly FeedbackRelationship[]).includes(relationship);

export enum FeedbackRequestStatus {
  PENDING = "PENDING",
  SUBMITTED = "SUBMITTED",
  DECLINED = "DECLINED",
}
registerEnumType(FeedbackRequestStatus, {
  name: "FeedbackRequestStatus",
  description: "PENDING: not answered (yet). SUBMITTED: answered. DECLINED: the reviewer said no, or left.",
});

/**
 * One reviewer asked in one round. Deliberately NOT a GraphQL type: the API exposes requests through
 * two separate types (feedback.types.ts) — one with the reviewer and the status but no content, one
 * with the content for its own reviewer only — so no type can carry both to anyone else.
 */
@Entity({ name: "feedback_requests" })
// One request per person per round: a second nomination of the same person is a CONFLICT.
@Index("feedback_requests_round_reviewer_uq", ["roundId", "reviewerId"], { unique: true })
// A reviewer's requests to answer.
@Index("feedback_requests_reviewer_id_idx", ["reviewerId", "status"])
export class FeedbackRequest extends BaseRecord {
  @Column({ name: "round_id", type: "uuid" })
  roundId: string;

  @ManyToOne(() => FeedbackRound, { onDelete: "CASCADE" })
  @JoinColumn({ name: "round_id", foreignKeyConstraintName: "feedback_requests_round_id_fk" })
  round?: FeedbackRound;

  @Column({ name: "reviewer_id", type: "uuid" })
  reviewerId: string;

  @ManyToOne(() => Employee, { onDelete: "CASCADE" })
  @JoinColumn({ name: "reviewer_id", foreignKeyConstraintName: "feedback_requests_reviewer_id_fk" })
  reviewer?: Employee;

  @Column({ type: "enum", enum: FeedbackRelationship, enumName: "feedback_relationship" })
  relationship: FeedbackRelationship;

  @Column({
    type: "enum",
    enum: FeedbackRequestStatus,
    enumName: "feedback_request_status",
    default: FeedbackRequestStatus.PENDING,
  })
  status: FeedbackRequestStatus;

  /** False while a nomination by the subject waits for their manager's approval. */
  @Column({ default: true })
  approved: boolean;

  @Index("feedback_requests_nominated_by_id_idx")
  @Column({ name: "nominated_by_id", type: "uuid", nullable: true })
  nominatedById: string | null;

  @ManyToOne(() => Employee, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "nominated_by_id", foreignKeyConstraintName: "feedback_requests_nominated_by_id_fk" })
  nominatedBy?: Employee | null;

  @Column({ name: "decline_reason", type: "varchar", nullable: true })
  declineReason: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
