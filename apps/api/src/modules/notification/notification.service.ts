import type { DataSource, EntityManager } from "typeorm";
import type { Viewer } from "../../auth/viewer";
import type { NotificationKind } from "./notification.entity";

export interface NewNotification {
  recipientId: string;
  kind: NotificationKind;
  message: string;
  actorId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
}

/** Notifications are written in the transaction of the change they announce: both land or neither. */
export class NotificationService {
  constructor(private readonly dataSource: DataSource) {}

  /** One INSERT for any number of notifications; nobody is notified about their own action. */
  static async notify(manager: EntityManager, notifications: NewNotification[]): Promise<void> {
    const wanted = notifications.filter((n) => n.recipientId !== n.actorId);
    if (wanted.length === 0) return;
    const values: unknown[] = [];
    const rows = wanted.map((n, i) => {
      values.push(
        n.recipientId,
        n.actorId ?? null,
        n.kind,
        n.message,
        n.subjectType ?? null,
        n.subjectId ?? null,
      );
      const p = i * 6;
      return `($${p + 1}::uuid, $${p + 2}::uuid, $${p + 3}::notification_kind, $${p + 4}, $${p + 5}, $${p + 6}::uuid)`;
    });
    await manager.query(
      `INSERT INTO notifications (recipient_id, actor_id, kind, message, subject_type, subject_id)
       VALUES ${rows.join(", ")}`,
      values,
    );
  }

  /** Marks the viewer's own notifications read (others' ids are ignored); returns how many changed. */
  async markRead(viewer: Viewer, ids: string[] | null): Promise<number> {
    const recipient = viewer.employee.id;
    const result: [unknown[], number] = ids
      ? await this.dataSource.query(
          `UPDATE notifications SET read_at = now(), updated_at = now()
           WHERE recipient_id = $1 AND read_at IS NULL AND id = ANY($2::uuid[])`,
          [recipient, ids],
        )
      : await this.dataSource.query(
          `UPDATE notifications SET read_at = now(), updated_at = now()
           WHERE recipient_id = $1 AND read_at IS NULL`,
          [recipient],
        );
    return result[1];
  }
}
