import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { numeric } from "../../common/numeric";
import { KeyResult } from "../goal/key-result.entity";
import { CheckIn } from "./check-in.entity";

/** The value a check-in set on one key result, and the value before it. PK indexes check_in_id. */
@ObjectType({ description: "A key result's value set by a check-in." })
@Entity({ name: "check_in_values" })
export class CheckInValue {
  @PrimaryColumn({ name: "check_in_id", type: "uuid" })
  checkInId: string;

  @Field(() => ID)
  @Index("check_in_values_key_result_id_idx")
  @PrimaryColumn({ name: "key_result_id", type: "uuid" })
  keyResultId: string;

  @ManyToOne(() => CheckIn, { onDelete: "CASCADE" })
  @JoinColumn({ name: "check_in_id", foreignKeyConstraintName: "check_in_values_check_in_id_fk" })
  checkIn?: CheckIn;

  @ManyToOne(() => KeyResult, { onDelete: "CASCADE" })
  @JoinColumn({ name: "key_result_id", foreignKeyConstraintName: "check_in_values_key_result_id_fk" })
  keyResult?: KeyResult;

  @Field(() => Float)
  @Column({ type: "numeric", transformer: numeric })
  value: number;

  @Field(() => Float)
  @Column({ name: "previous_value", type: "numeric", transformer: numeric })
  previousValue: number;
}
