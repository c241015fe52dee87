import type { EntityManager } from "typeorm";
import type { Viewer } from "../../auth/viewer";

export interface AuditEntry {
  actorId: string | null;
  apiTokenId?: string | null;
  requestId: string | null;
  /** `<entity>.<verb>` in the past tense, e.g. `employee.updated`. */
  action: string;
  entityType: string;
  entityId: string | null;
  data?: Record<string, unknown>;
}

/** Audit events are written in the same transaction as the change they describe. */
export class AuditService {
  static async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (actor_id, api_token_id, request_id, action, entity_type, entity_id, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.actorId,
        entry.apiTokenId ?? null,
        entry.requestId,
        entry.action,
        entry.entityType,
        entry.entityId,
        JSON.stringify(entry.data ?? {}),
      ],
    );
  }

  /** The actor fields for an entry made by `viewer`. */
  static actor(viewer: Viewer, requestId: string): Pick<AuditEntry, "actorId" | "apiTokenId" | "requestId"> {
    return {
      actorId: viewer.employee.id,
      apiTokenId: viewer.kind === "apiToken" ? viewer.apiTokenId : null,
      requestId,
    };
  }
}
