import type { EntityManager } from "typeorm";
import { mentorshipAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { badInput, conflict, notFound } from "../../errors";
import { type Mentorship, MentorshipStatus } from "./mentorship.entity";
import { atCapacityMessage, MENTORSHIP_COLUMNS, toMentorship } from "./mentorship.rows";

export interface MentorRow {
  id: string;
  name: string;
  active: boolean;
  capacity: number;
}

/**
 * Locks the mentor's employee row. Every step that can add an active mentee (request, accept)
 * takes this lock first, so two concurrent accepts for one mentor run one after the other and the
 * second counts the first one's mentee: capacity can't be exceeded by a race.
 */
export async function lockMentor(manager: EntityManager, mentorId: string): Promise<MentorRow | null> {
  const [row] = await manager.query(
    `SELECT id, name, active, mentor_capacity AS capacity FROM employees WHERE id = $1 FOR UPDATE`,
    [mentorId],
  );
  return row ?? null;
}

/** Refuses when the (locked) mentor already has as many ACTIVE mentees as they take on. */
export async function assertFreeCapacity(
  manager: EntityManager,
  mentor: MentorRow,
  field: string,
  viewerIsMentor: boolean,
): Promise<void> {
  const [{ active }] = await manager.query(
    "SELECT count(*)::int AS active FROM mentorships WHERE mentor_id = $1 AND status = 'ACTIVE'",
    [mentor.id],
  );
  if (active >= mentor.capacity) {
    throw conflict(atCapacityMessage(mentor.name, mentor.capacity, viewerIsMentor), field);
  }
}

/** The mentor of a mentorship the viewer may see, read without a lock (it never changes). */
export async function mentorIdOf(manager: EntityManager, viewer: Viewer, id: string): Promise<string> {
  const [row] = await manager.query(
    `SELECT m.mentor_id AS "mentorId" FROM mentorships m
     WHERE m.id = $1 AND ${mentorshipAccess.visibleSql(viewer, "$2")}`,
    [id, viewer.employee.id],
  );
  if (!row) throw notFound("This mentorship");
  return row.mentorId;
}

/** Locks a mentorship the viewer may see (NOT_FOUND otherwise) and checks its version. */
export async function lockMentorship(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  version: number,
): Promise<Mentorship> {
  const [row] = await manager.query(
    `SELECT ${MENTORSHIP_COLUMNS} FROM mentorships m
     WHERE m.id = $1 AND ${mentorshipAccess.visibleSql(viewer, "$2")} FOR UPDATE OF m`,
    [id, viewer.employee.id],
  );
  if (!row) throw notFound("This mentorship");
  const mentorship = toMentorship(row);
  if (mentorship.version !== version) {
    throw conflict("This mentorship changed meanwhile. Reload it and try again.", "input.version");
  }
  return mentorship;
}

const STATUS_WORDS: Record<MentorshipStatus, string> = {
  PROPOSED: "still a request",
  ACTIVE: "active",
  COMPLETED: "completed",
  CANCELLED: "cancelled",
  DECLINED: "declined",
};

export function assertStatus(mentorship: Mentorship, allowed: MentorshipStatus[]): void {
  if (!allowed.includes(mentorship.status)) {
    throw badInput(
      "input.id",
      `This mentorship is ${STATUS_WORDS[mentorship.status]}, so this step doesn't apply.`,
    );
  }
}

/** Writes `changes` and bumps the version (the row is locked and its version checked already). */
export async function writeMentorship(
  manager: EntityManager,
  mentorship: Mentorship,
  changes: { status: MentorshipStatus; response?: string | null; startedAt?: Date; endedAt?: Date },
): Promise<Mentorship> {
  // An UPDATE answers [rows, affected count] through TypeORM.
  const [rows] = await manager.query(
    `UPDATE mentorships m SET status = $2, response = CASE WHEN $3::boolean THEN $4 ELSE m.response END,
       started_at = COALESCE($5, m.started_at), ended_at = COALESCE($6, m.ended_at),
       version = m.version + 1, updated_at = now()
     WHERE m.id = $1 RETURNING ${MENTORSHIP_COLUMNS}`,
    [
      mentorship.id,
      changes.status,
      changes.response !== undefined,
      changes.response ?? null,
      changes.startedAt ?? null,
      changes.endedAt ?? null,
    ],
  );
  return toMentorship(rows[0]);
}
