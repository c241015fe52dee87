import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseRecord } from "../db/base-record";
import { Employee } from "../modules/employee/employee.entity";

/** A signed-in browser or client. Only the SHA-256 of the token is stored. */
@Entity({ name: "sessions" })
export class Session extends BaseRecord {
  @Index("sessions_employee_id_idx")
  @Column({ name: "employee_id", type: "uuid" })
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: "CASCADE" })
  @JoinColumn({ name: "employee_id", foreignKeyConstraintName: "sessions_employee_id_fk" })
  employee?: Employee;

  @Index("sessions_token_hash_uq", { unique: true })
  @Column({ name: "token_hash", type: "bytea" })
  tokenHash: Buffer;

  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;
}
