import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseRecord } from "../../db/base-record";
import { Employee } from "../employee/employee.entity";
import { CheckIn } from "./check-in.entity";

/**
 * A comment on a check-in: the owner answering, their management chain, or an active mentor on a
 * goal the mentee shares (access/check-in.access.ts). Read by whoever may see the goal.
 */
@ObjectType({ description: "A comment on a check-in." })
@Entity({ name: "check_in_comments" })
// CheckIn.comments reads a check-in's comments oldest first.
@Index("check_in_comments_check_in_id_idx", ["checkInId", "createdAt"])
export class CheckInComment extends BaseRecord {
  @Column({ name: "check_in_id", type: "uuid" })
  checkInId: string;

  @ManyToOne(() => CheckIn, { onDelete: "CASCADE" })
  @JoinColumn({ name: "check_in_id", foreignKeyConstraintName: "check_in_comments_check_in_id_fk" })
  checkIn?: CheckIn;

  @Index("check_in_comments_author_id_idx")
  @Column({ name: "author_id", type: "uuid", nullable: true })
  authorId: string | null;

  @ManyToOne(() => Employee, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "author_id", foreignKeyConstraintName: "check_in_comments_author_id_fk" })
  author?: Employee | null;

  @Field()
  @Column()
  body: string;
}
