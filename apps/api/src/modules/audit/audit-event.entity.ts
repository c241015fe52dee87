import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { ApiToken } from "../../auth/api-token.entity";
import { BaseRecord } from "../../db/base-record";
import { Employee } from "../employee/employee.entity";

/** Who did what to which record, and when. Append-only. */
@Entity({ name: "audit_events" })
@Index("audit_events_entity_idx", ["entityType", "entityId"])
export class AuditEvent extends BaseRecord {
  /** Null for the system itself (seed, scheduled jobs). */
  @Index("audit_events_actor_id_idx")
  @Column({ name: "actor_id", type: "uuid", nullable: true })
  actorId: string | null;

  @ManyToOne(() => Employee, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "actor_id", foreignKeyConstraintName: "audit_events_actor_id_fk" })
  actor?: Employee | null;

  /** Set when an HR integration acted through an API token. */
  @Index("audit_events_api_token_id_idx")
  @Column({ name: "api_token_id", type: "uuid", nullable: true })
  apiTokenId: string | null;

  @ManyToOne(() => ApiToken, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "api_token_id", foreignKeyConstraintName: "audit_events_api_token_id_fk" })
  apiToken?: ApiToken | null;

  @Column()
  action: string;

  @Column({ name: "entity_type" })
  entityType: string;

  @Column({ name: "entity_id", type: "uuid", nullable: true })
  entityId: string | null;

  @Column({ type: "jsonb", default: {} })
  data: Record<string, unknown>;

  @Column({ name: "request_id", type: "varchar", nullable: true })
  requestId: string | null;
}
