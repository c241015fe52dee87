import { Field, Float, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from "typeorm";
import { numeric } from "../../common/numeric";
import { BaseRecord } from "../../db/base-record";
import { Goal } from "./goal.entity";

@ObjectType({ description: "A measurable outcome of a goal: from a start value to a target." })
@Entity({ name: "key_results" })
@Index("key_results_goal_id_idx", ["goalId", "position"])
export class KeyResult extends BaseRecord {
  @Column({ name: "goal_id", type: "uuid" })
  goalId: string;

  @ManyToOne(() => Goal, { onDelete: "CASCADE" })
  @JoinColumn({ name: "goal_id", foreignKeyConstraintName: "key_results_goal_id_fk" })
  goal?: Goal;

  @Field()
  @Column()
  title: string;

  @Field({ description: "What the numbers count, e.g. `ms`, `%`, `customers`." })
  @Column({ default: "" })
  unit: string;

  @Field(() => Float)
  @Column({ name: "start_value", type: "numeric", transformer: numeric })
  startValue: number;

  @Field(() => Float)
  @Column({ name: "target_value", type: "numeric", transformer: numeric })
  targetValue: number;

  @Field(() => Float)
  @Column({ name: "current_value", type: "numeric", transformer: numeric })
  currentValue: number;

  @Field(() => Float, {
    nullable: true,
    description: "Relative weight in the goal's progress; null counts as 1.",
  })
  @Column({ type: "numeric", nullable: true, transformer: numeric })
  weight: number | null;

  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  position: number;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;
}
