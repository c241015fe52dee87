import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from "type-graphql";
import { ConnectionType, decodeCursor, PageArgs, toConnection } from "../../common/connection";
import { isUuid } from "../../common/uuid";
import type { Context } from "../../context";
import { badInput, forbidden } from "../../errors";
import { Employee } from "../employee/employee.entity";
import { Notification } from "./notification.entity";

export const NotificationConnection = ConnectionType("Notification", Notification);

@ArgsType()
class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false, description: "Only the unread ones." })
  unreadOnly: boolean;
}

const COLUMNS = `n.id, n.created_at AS "createdAt", n.updated_at AS "updatedAt", n.recipient_id AS "recipientId",
  n.actor_id AS "actorId", n.kind, n.message, n.subject_type AS "subjectType", n.subject_id AS "subjectId",
  n.read_at AS "readAt", (n.read_at IS NULL)::int AS unread, n.created_at::text AS "sortKey"`;

/** Notifications are private to their recipient: only `me { notifications }` answers. */
@Resolver(() => Employee)
@Authorized()
export class NotificationResolver {
  @FieldResolver(() => NotificationConnection, {
    description: "Your notifications, unread first, then newest first. Only on yourself.",
  })
  async notifications(
    @Root() employee: Employee,
    @Args() args: NotificationsArgs,
    @Ctx() { viewer, dataSource }: Context,
  ) {
    if (employee.id !== viewer?.employee.id)
      throw forbidden("Notifications are only shown to their recipient.");
    let after: [number, string, string] | [null, null, null] = [null, null, null];
    if (args.after) {
      const [unread, at, id] = decodeCursor(args.after, 3);
      if (
        (unread !== 0 && unread !== 1) ||
        typeof at !== "string" ||
        Number.isNaN(Date.parse(at)) ||
        !isUuid(String(id))
      ) {
        throw badInput("after", "This cursor is not valid; start again from the first page.");
      }
      after = [unread, at, String(id)];
    }
    const filter = `n.recipient_id = $1 AND ($2::boolean = FALSE OR n.read_at IS NULL)`;
    const [rows, [{ total }]] = await Promise.all([
      dataSource.query(
        `SELECT ${COLUMNS} FROM notifications n
         WHERE ${filter} AND ($3::int IS NULL
           OR ((n.read_at IS NULL)::int, n.created_at, n.id) < ($3::int, $4::timestamptz, $5::uuid))
         ORDER BY (n.read_at IS NULL)::int DESC, n.created_at DESC, n.id DESC LIMIT $6`,
        [employee.id, args.unreadOnly, ...after, args.first + 1],
      ),
      dataSource.query(`SELECT count(*)::int AS total FROM notifications n WHERE ${filter}`, [
        employee.id,
        args.unreadOnly,
      ]),
    ]);
    return toConnection(rows, args.first, total, (row: { unread: number; sortKey: string; id: string }) => [
      row.unread,
      row.sortKey,
      row.id,
    ]);
  }

  @FieldResolver(() => Int, {
    description: "How many unread notifications you have (for the badge). Only on yourself.",
  })
  async unreadNotificationCount(
    @Root() employee: Employee,
    @Ctx() { viewer, dataSource }: Context,
  ): Promise<number> {
    if (employee.id !== viewer?.employee.id)
      throw forbidden("Notifications are only shown to their recipient.");
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`,
      [employee.id],
    );
    return count;
  }

  @Mutation(() => Int, {
    description:
      "Marks your notifications read: the given ones, or all of them without `ids`. Returns how many changed.",
  })
  markNotificationsRead(
    @Arg("ids", () => [ID], { nullable: true }) ids: string[] | null,
    @Ctx() { viewer, services }: Context,
  ): Promise<number> {
    if (ids && ids.length > 500) throw badInput("ids", "Mark at most 500 notifications at once.");
    if (ids?.some((id) => !isUuid(id))) throw badInput("ids", "Every id must be a notification id.");
    return services.notifications.markRead(viewer!, ids ?? null);
  }
}
