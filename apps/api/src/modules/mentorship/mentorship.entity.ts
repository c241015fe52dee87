import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from "typeorm";
import { BaseRecord } from "../../db/base-record";
import { Employee } from "../employee/employee.entity";

export enum MentorshipStatus {
  PROPOSED = "PROPOSED",
  ACTIVE = "ACTIVE",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
  DECLINED = "DECLINED",
}
registerEnumType(MentorshipStatus, {
  name: "MentorshipStatus",
  description: "PROPOSED → ACTIVE → COMPLETED | CANCELLED; a proposal can also be DECLINED or CANCELLED.",
});

/** A mentee asked a mentor for help on some skills. */
@ObjectType({ description: "A mentoring relationship between two colleagues." })
@Entity({ name: "mentorships" })
@Check("mentorships_not_self", `"mentor_id" <> "mentee_id"`)
// At most one open (proposed or active) mentorship per pair.
@Index("mentorships_open_pair_uq", ["mentorId", "menteeId"], {
  unique: true,
  where: `"status" IN ('PROPOSED', 'ACTIVE')`,
})
// A mentor's mentees by status (capacity, "my mentees"); a mentee's mentors by status.
@Index("mentorships_mentor_id_idx", ["mentorId", "status"])
@Index("mentorships_mentee_id_idx", ["menteeId", "status"])
export class Mentorship extends BaseRecord {
  @Column({ name: "mentor_id", type: "uuid" })
  mentorId: string;

  @ManyToOne(() => Employee, { onDelete: "CASCADE" })
  @JoinColumn({ name: "mentor_id", foreignKeyConstraintName: "mentorships_mentor_id_fk" })
  mentor?: Employee;

  @Column({ name: "mentee_id", type: "uuid" })
  menteeId: string;

  @ManyToOne(() => Employee, { onDelete: "CASCADE" })
  @JoinColumn({ name: "mentee_id", foreignKeyConstraintName: "mentorships_mentee_id_fk" })
  mentee?: Employee;

  @Field(() => MentorshipStatus)
  @Column({
    type: "enum",
    enum: MentorshipStatus,
    enumName: "mentorship_status",
    default: MentorshipStatus.PROPOSED,
  })
  status: MentorshipStatus;

  @Field({ description: "What the mentee wrote with the request." })
  @Column({ default: "" })
  message: string;

  @Field(() => String, { nullable: true, description: "What the mentor answered, e.g. why they declined." })
  @Column({ type: "varchar", nullable: true })
  response: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "started_at", type: "timestamptz", nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "ended_at", type: "timestamptz", nullable: true })
  endedAt: Date | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;
}
