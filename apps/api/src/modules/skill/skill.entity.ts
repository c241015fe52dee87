import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, VersionColumn } from "typeorm";
import { BaseRecord } from "../../db/base-record";

@ObjectType({ description: "A skill in the organization's catalog, managed by HR." })
@Entity({ name: "skills" })
export class Skill extends BaseRecord {
  @Field()
  @Index("skills_name_uq", { unique: true })
  @Column()
  name: string;

  @Field()
  @Column({ default: "" })
  category: string;

  @Field()
  @Column({ default: "" })
  description: string;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;
}
