import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseRecord } from "../../db/base-record";
import { Employee } from "../employee/employee.entity";

export enum NotificationKind {
  GOAL_APPROVAL_REQUESTED = "GOAL_APPROVAL_REQUESTED",
  GOAL_APPROVED = "GOAL_APPROVED",
  GOAL_SENT_BACK = "GOAL_SENT_BACK",
  MENTORSHIP_REQUESTED = "MENTORSHIP_REQUESTED",
  MENTORSHIP_ACCEPTED = "MENTORSHIP_ACCEPTED",
  MENTORSHIP_DECLINED = "MENTORSHIP_DECLINED",
  MENTORSHIP_ENDED = "MENTORSHIP_ENDED",
  CHECK_IN_DUE = "CHECK_IN_DUE",
  FEEDBACK_NOMINATIONS_TO_APPROVE = "FEEDBACK_NOMINATIONS_TO_APPROVE",
  FEEDBACK_REQUESTED = "FEEDBACK_REQUESTED",
  FEEDBACK_REMINDER = "FEEDBACK_REMINDER",
  FEEDBACK_REPORT_READY = "FEEDBACK_REPORT_READY",
}
registerEnumType(NotificationKind, {
  name: "NotificationKind",
  description: "What a notification is about.",
});

/** An in-app notification for one person. */
@ObjectType({ description: "An in-app notification." })
@Entity({ name: "notifications" })
// me.notifications: a person's notifications, unread first, newest first.
@Index("notifications_recipient_id_idx", ["recipientId", "readAt", "createdAt"])
export class Notification extends BaseRecord {
  @Column({ name: "recipient_id", type: "uuid" })
  recipientId: string;

  @ManyToOne(() => Employee, { onDelete: "CASCADE" })
  @JoinColumn({ name: "recipient_id", foreignKeyConstraintName: "notifications_recipient_id_fk" })
  recipient?: Employee;

  /** Who caused it (null for the system, e.g. reminders). */
  @Index("notifications_actor_id_idx")
  @Column({ name: "actor_id", type: "uuid", nullable: true })
  actorId: string | null;

  @ManyToOne(() => Employee, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "actor_id", foreignKeyConstraintName: "notifications_actor_id_fk" })
  actor?: Employee | null;

  @Field(() => NotificationKind)
  @Column({ type: "enum", enum: NotificationKind, enumName: "notification_kind" })
  kind: NotificationKind;

  @Field({ description: "One sentence for a person, e.g. “Maya submitted “Ship search v2” for approval”." })
  @Column()
  message: string;

  @Field(() => String, {
    nullable: true,
    description: "What it is about: `goal`, `mentorship`, `feedbackRound`…",
  })
  @Column({ name: "subject_type", type: "varchar", nullable: true })
  subjectType: string | null;

  @Field(() => String, { nullable: true, description: "The id of what it is about, to link to it." })
  @Column({ name: "subject_id", type: "uuid", nullable: true })
  subjectId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "read_at", type: "timestamptz", nullable: true })
  readAt: Date | null;
}
