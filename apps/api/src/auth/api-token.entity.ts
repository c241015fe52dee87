import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseRecord } from "../db/base-record";
import { Employee } from "../modules/employee/employee.entity";
import { ApiScope } from "./scopes";

/** A long-lived token for an HR integration. Only the SHA-256 of the token is stored. */
@ObjectType({ description: "An API token for an HR integration (the token itself is shown only once)." })
@Entity({ name: "api_tokens" })
export class ApiToken extends BaseRecord {
  @Field()
  @Column()
  name: string;

  @Index("api_tokens_created_by_id_idx")
  @Column({ name: "created_by_id", type: "uuid" })
  createdById: string;

  @ManyToOne(() => Employee, { onDelete: "CASCADE" })
  @JoinColumn({ name: "created_by_id", foreignKeyConstraintName: "api_tokens_created_by_id_fk" })
  createdBy?: Employee;

  @Index("api_tokens_token_hash_uq", { unique: true })
  @Column({ name: "token_hash", type: "bytea" })
  tokenHash: Buffer;

  @Field(() => [ApiScope])
  @Column({ type: "enum", enum: ApiScope, enumName: "api_scope", array: true })
  scopes: ApiScope[];

  @Field(() => Date, { nullable: true })
  @Column({ name: "expires_at", type: "timestamptz", nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "last_used_at", type: "timestamptz", nullable: true })
  lastUsedAt: Date | null;
}
