import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { checkInAccess, goalAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import type { Connection } from "../../common/connection";
import { decodeCursor, toConnection } from "../../common/connection";
import { groupBy } from "../../common/group-by";
import { isUuid } from "../../common/uuid";
import { badInput } from "../../errors";
import { KEY_RESULT_COLUMNS, toKeyResult } from "../goal/goal.rows";
import type { CheckIn, CheckInKind } from "./check-in.entity";
import {
  CHECK_IN_COLUMNS,
  CHECK_IN_VALUE_COLUMNS,
  COMMENT_COLUMNS,
  toCheckIn,
  toCheckInValue,
  toComment,
} from "./check-in.rows";
import type { CheckInComment } from "./check-in-comment.entity";
import type { CheckInValue } from "./check-in-value.entity";

export interface GoalCheckInsKey {
  goalId: string;
  first: number;
  after: string | null;
}

export interface OwnerCheckInsKey {
  ownerId: string;
  kind: CheckInKind;
  first: number;
  after: string | null;
}

/** A check-in's point on the progress chart. */
export interface CheckInPoint {
  createdAt: Date;
  progress: number;
}

/** Newest first on (created_at, id); created_at travels as text to keep its microseconds. */
function decodeCheckInCursor(after: string | null): [string | null, string | null] {
  if (!after) return [null, null];
  const [at, id] = decodeCursor(after, 2);
  if (typeof at !== "string" || typeof id !== "string" || Number.isNaN(Date.parse(at)) || !isUuid(id)) {
    throw badInput("after", "This cursor is not valid; start again from the first page.");
  }
  return [at, id];
}

type PagedRow = Record<string, unknown> & { idx: number; total: number; sortKey: string };

/** Splits the rows of a batched page query (one LATERAL page per key, tagged `idx`) into connections. */
function toConnections(keys: readonly { first: number }[], rows: PagedRow[]): Connection<CheckIn>[] {
  const byIndex = groupBy(
    keys.map((_, index) => String(index)),
    rows,
    (row) => String(row.idx),
  );
  return keys.map((key, index) => {
    const mine = byIndex[index];
    const checkIns = mine
      .filter((row) => row.id !== null)
      .map(({ idx: _, total: __, sortKey, ...row }) => ({ checkIn: toCheckIn(row), sortKey }));
    const connection = toConnection(checkIns, key.first, mine[0]?.total ?? 0, (item) => [
      item.sortKey,
      item.checkIn.id,
    ]);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.checkIn })),
    };
  });
}

/**
 * Per-request check-in loaders, one SQL statement per batch. Goal.checkIns and progress points are
 * reached through a goal the viewer may see (like key results); Employee.wins/setbacks filter the
 * goals with `goalAccess.visibleSql` in the same statement.
 */
export function createCheckInLoaders(dataSource: DataSource, viewer: Viewer | null) {
  const viewerId = viewer?.employee.id ?? null;

  /** One page of each goal's check-ins, newest first, with the goal's count. */
  const checkInsByGoal = new DataLoader<GoalCheckInsKey, Connection<CheckIn>, string>(
    async (keys) => {
      const cursors = keys.map((key) => decodeCheckInCursor(key.after));
      const filter = "c.goal_id = q.goal_id";
      const rows: PagedRow[] = await dataSource.query(
        `SELECT q.idx, t.total, p.*
         FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[], $4::int[], $5::int[])
           AS q(goal_id, after_at, after_id, lim, idx)
         CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM check_ins c WHERE ${filter}) t
         LEFT JOIN LATERAL (
           SELECT ${CHECK_IN_COLUMNS}, c.created_at::text AS "sortKey" FROM check_ins c
           WHERE ${filter} AND (q.after_at IS NULL OR (c.created_at, c.id) < (q.after_at, q.after_id))
           ORDER BY c.created_at DESC, c.id DESC LIMIT q.lim
         ) p ON TRUE
         ORDER BY q.idx, p."createdAt" DESC, p.id DESC`,
        [
          keys.map((key) => key.goalId),
          cursors.map((cursor) => cursor[0]),
          cursors.map((cursor) => cursor[1]),
          keys.map((key) => key.first + 1),
          keys.map((_, index) => index),
        ],
      );
      return toConnections(keys, rows);
    },
    { cacheKeyFn: (key) => JSON.stringify([key.goalId, key.first, key.after]) },
  );

  /**
   * One page of each person's check-ins of one kind (wins, setbacks) on their goals the viewer may
   * see, newest first. The visibility rule is in the statement, so the count hides nothing more.
   */
  const checkInsByOwnerAndKind = new DataLoader<OwnerCheckInsKey, Connection<CheckIn>, string>(
    async (keys) => {
      const cursors = keys.map((key) => decodeCheckInCursor(key.after));
      const visible = viewer ? goalAccess.visibleSql(viewer, "$7") : "FALSE";
      const filter = `c.kind::text = q.kind AND c.goal_id IN (
        SELECT g.id FROM goals g WHERE g.owner_id = q.owner_id AND ${visible})`;
      const rows: PagedRow[] = await dataSource.query(
        `SELECT q.idx, t.total, p.*
         FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::uuid[], $5::int[], $6::int[])
           AS q(owner_id, kind, after_at, after_id, lim, idx)
         CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM check_ins c WHERE ${filter}) t
         LEFT JOIN LATERAL (
           SELECT ${CHECK_IN_COLUMNS}, c.created_at::text AS "sortKey" FROM check_ins c
           WHERE ${filter} AND (q.after_at IS NULL OR (c.created_at, c.id) < (q.after_at, q.after_id))
           ORDER BY c.created_at DESC, c.id DESC LIMIT q.lim
         ) p ON TRUE
         ORDER BY q.idx, p."createdAt" DESC, p.id DESC`,
        [
          keys.map((key) => key.ownerId),
          keys.map((key) => key.kind),
          cursors.map((cursor) => cursor[0]),
          cursors.map((cursor) => cursor[1]),
          keys.map((key) => key.first + 1),
          keys.map((_, index) => index),
          viewerId,
        ],
      );
      return toConnections(keys, rows);
    },
    { cacheKeyFn: (key) => JSON.stringify([key.ownerId, key.kind, key.first, key.after]) },
  );

  /** Each check-in's values in the key results' order, with their key result. */
  const checkInValues = new DataLoader<string, CheckInValue[]>(async (checkInIds) => {
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT ${CHECK_IN_VALUE_COLUMNS}, row_to_json(kr) AS "keyResult"
       FROM check_in_values v
       JOIN LATERAL (SELECT ${KEY_RESULT_COLUMNS} FROM key_results k WHERE k.id = v.key_result_id) kr ON TRUE
       WHERE v.check_in_id = ANY($1) ORDER BY v.check_in_id, kr.position, kr."createdAt"`,
      [checkInIds],
    );
    const values = rows.map((row) =>
      Object.assign(toCheckInValue(row), {
        keyResult: toKeyResult({
          ...(row.keyResult as Record<string, unknown>),
          createdAt: new Date((row.keyResult as { createdAt: string }).createdAt),
          updatedAt: new Date((row.keyResult as { updatedAt: string }).updatedAt),
        }),
      }),
    );
    return groupBy(checkInIds, values, (value) => value.checkInId);
  });

  /** Each check-in's comments, oldest first. */
  const checkInComments = new DataLoader<string, CheckInComment[]>(async (checkInIds) => {
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT ${COMMENT_COLUMNS} FROM check_in_comments m WHERE m.check_in_id = ANY($1)
       ORDER BY m.check_in_id, m.created_at, m.id`,
      [checkInIds],
    );
    return groupBy(checkInIds, rows.map(toComment), (comment) => comment.checkInId);
  });

  /** Every check-in of each goal as a chart point, oldest first. */
  const checkInPointsByGoal = new DataLoader<string, CheckInPoint[]>(async (goalIds) => {
    const rows: { goalId: string; createdAt: Date; progress: string }[] = await dataSource.query(
      `SELECT c.goal_id AS "goalId", c.created_at AS "createdAt", c.progress FROM check_ins c
       WHERE c.goal_id = ANY($1) ORDER BY c.goal_id, c.created_at, c.id`,
      [goalIds],
    );
    return groupBy(goalIds, rows, (row) => row.goalId).map((group) =>
      group.map((row) => ({ createdAt: row.createdAt, progress: Number(row.progress) })),
    );
  });

  /** Whether the viewer may comment on each goal's check-ins (CheckIn.viewerCanComment). */
  const canCommentOnGoal = new DataLoader<string, boolean>(async (goalIds) => {
    const allowed = viewer ? checkInAccess.canCommentSql(viewer, "$2") : "FALSE";
    const rows: { id: string }[] = await dataSource.query(
      `SELECT g.id FROM goals g WHERE g.id = ANY($1) AND ${allowed}`,
      [goalIds, viewerId],
    );
    const ids = new Set(rows.map((row) => row.id));
    return goalIds.map((id) => ids.has(id));
  });

  return {
    checkInsByGoal,
    checkInsByOwnerAndKind,
    checkInValues,
    checkInComments,
    checkInPointsByGoal,
    canCommentOnGoal,
  };
}
