import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from "typeorm";
import { BaseRecord } from "../../db/base-record";

export enum Role {
  EMPLOYEE = "EMPLOYEE",
  HR_ADMIN = "HR_ADMIN",
}
registerEnumType(Role, {
  name: "Role",
  description: "What a person may administer, beyond their own growth.",
});

@ObjectType({ description: "A person in the organization." })
@Entity({ name: "employees" })
// Emails are stored lowercased (the service normalizes them), which makes this unique index
// case-insensitive; the check keeps a direct SQL write from breaking that.
// Keyset pagination of the directory orders by (name, id).
@Index("employees_name_id_idx", ["name", "id"])
@Check("employees_email_lowercase", `"email" = lower("email")`)
export class Employee extends BaseRecord {
  @Field()
  @Column()
  name: string;

  @Field()
  @Index("employees_email_uq", { unique: true })
  @Column()
  email: string;

  @Field()
  @Column({ default: "" })
  title: string;

  @Field()
  @Index("employees_department_idx")
  @Column({ default: "" })
  department: string;

  @Field(() => Role)
  @Column({ type: "enum", enum: Role, enumName: "employee_role", default: Role.EMPLOYEE })
  role: Role;

  @Field(() => String, { nullable: true, description: "The key of this person in the HR system of record." })
  @Index("employees_external_id_uq", { unique: true })
  @Column({ name: "external_id", type: "varchar", nullable: true })
  externalId: string | null;

  @Field()
  @Column({ default: true })
  active: boolean;

  @Index("employees_manager_id_idx")
  @Column({ name: "manager_id", type: "uuid", nullable: true })
  managerId: string | null;

  @ManyToOne(() => Employee, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "manager_id", foreignKeyConstraintName: "employees_manager_id_fk" })
  manager?: Employee | null;

  /** scrypt hash (see auth/password.ts); null for people who sign in elsewhere or not at all. */
  @Column({ name: "password_hash", type: "varchar", nullable: true })
  passwordHash: string | null;

  @Field(() => Int, { description: "How many mentees this person takes at once as a mentor." })
  @Column({ name: "mentor_capacity", type: "int", default: 3 })
  mentorCapacity: number;

  @Field(() => Int, { description: "Optimistic-locking version: send it back with an edit." })
  @VersionColumn({ default: 1 })
  version: number;
}
