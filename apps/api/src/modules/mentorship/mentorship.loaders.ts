import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { mentorshipAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { type Connection, decodeCursor, toConnection } from "../../common/connection";
import { groupBy } from "../../common/group-by";
import { isUuid } from "../../common/uuid";
import { badInput } from "../../errors";
import { Skill } from "../skill/skill.entity";
import { SKILL_COLUMNS } from "../skill/skill.loaders";
import type { Mentorship, MentorshipStatus } from "./mentorship.entity";
import type { MentorshipRole } from "./mentorship.inputs";
import { MENTORSHIP_COLUMNS, toMentorship } from "./mentorship.rows";

export interface MentorshipsPageKey {
  employeeId: string;
  role: MentorshipRole | null;
  status: MentorshipStatus | null;
  first: number;
  after: string | null;
}

function decodeMentorshipCursor(after: string): [string, string] {
  const [at, id] = decodeCursor(after, 2);
  if (typeof at !== "string" || Number.isNaN(Date.parse(at)) || !isUuid(String(id))) {
    throw badInput("after", "This cursor is not valid; start again from the first page.");
  }
  return [at, String(id)];
}

/**
 * Per-request mentorship loaders: one SQL statement per batch, every mentorship filtered by
 * `mentorshipAccess.visibleSql`, so hidden ones are neither listed nor counted.
 */
export function createMentorshipLoaders(dataSource: DataSource, viewer: Viewer | null) {
  const visible = (n: number) =>
    viewer ? mentorshipAccess.visibleSql(viewer, `$${n}`) : `$${n}::uuid IS NULL AND FALSE`;
  const viewerId = viewer?.employee.id ?? null;

  const mentorshipById = new DataLoader<string, Mentorship | null>(async (ids) => {
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT ${MENTORSHIP_COLUMNS} FROM mentorships m WHERE m.id = ANY($1) AND ${visible(2)}`,
      [ids.filter(isUuid), viewerId],
    );
    const byId = new Map(rows.map((row) => [row.id as string, toMentorship(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** One page of each person's mentorships (newest first) and their count, in one statement. */
  const mentorshipsPage = new DataLoader<MentorshipsPageKey, Connection<Mentorship>, string>(
    async (keys) => {
      const cursors = keys.map((key) => (key.after ? decodeMentorshipCursor(key.after) : [null, null]));
      const filter = `((q.role IS DISTINCT FROM 'MENTEE' AND m.mentor_id = q.employee_id)
          OR (q.role IS DISTINCT FROM 'MENTOR' AND m.mentee_id = q.employee_id))
        AND (q.status IS NULL OR m.status::text = q.status) AND ${visible(8)}`;
      const rows: Record<string, unknown>[] = await dataSource.query(
        `SELECT q.idx, c.total, i.*
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::uuid[], $6::int[], $7::int[])
           AS q(employee_id, role, status, after_at, after_id, lim, idx)
         CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM mentorships m WHERE ${filter}) c
         LEFT JOIN LATERAL (
           SELECT ${MENTORSHIP_COLUMNS}, m.created_at::text AS "sortKey" FROM mentorships m
           WHERE ${filter} AND (q.after_at IS NULL OR (m.created_at, m.id) < (q.after_at, q.after_id))
           ORDER BY m.created_at DESC, m.id DESC LIMIT q.lim
         ) i ON TRUE
         ORDER BY q.idx, i."createdAt" DESC, i.id DESC`,
        [
          keys.map((key) => (isUuid(key.employeeId) ? key.employeeId : null)),
          keys.map((key) => key.role),
          keys.map((key) => key.status),
          cursors.map((cursor) => cursor[0]),
          cursors.map((cursor) => cursor[1]),
          keys.map((key) => key.first + 1),
          keys.map((_, index) => index),
          viewerId,
        ],
      );
      return keys.map((key, index) => {
        const mine = rows.filter((row) => row.idx === index);
        const items = mine
          .filter((row) => row.id !== null)
          .map(({ idx: _, total: __, ...row }) => toMentorship(row) as Mentorship & { sortKey: string });
        return toConnection<Mentorship>(items, key.first, (mine[0]?.total as number) ?? 0, (m) => [
          (m as Mentorship & { sortKey: string }).sortKey,
          m.id,
        ]);
      });
    },
    { cacheKeyFn: (key) => JSON.stringify([key.employeeId, key.role, key.status, key.first, key.after]) },
  );

  /** Focus skills of mentorships already reached through a visible mentorship, by name. */
  const focusSkillsByMentorship = new DataLoader<string, Skill[]>(async (mentorshipIds) => {
    const rows: ({ mentorshipId: string } & Record<string, unknown>)[] = await dataSource.query(
      `SELECT f.mentorship_id AS "mentorshipId", ${SKILL_COLUMNS}
       FROM mentorship_focus_skills f JOIN skills s ON s.id = f.skill_id
       WHERE f.mentorship_id = ANY($1) ORDER BY s.name`,
      [mentorshipIds],
    );
    return groupBy(mentorshipIds, rows, (row) => row.mentorshipId).map((group) =>
      group.map(({ mentorshipId: _, ...row }) => Object.assign(new Skill(), row)),
    );
  });

  return { mentorshipById, mentorshipsPage, focusSkillsByMentorship };
}
