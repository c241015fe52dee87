import { Mentorship, MentorshipStatus } from "./mentorship.entity";

/** Raw SQL reads of mentorships (loaders and the service share them). */
export const MENTORSHIP_COLUMNS = `m.id, m.created_at AS "createdAt", m.updated_at AS "updatedAt",
  m.mentor_id AS "mentorId", m.mentee_id AS "menteeId", m.status, m.message, m.response,
  m.started_at AS "startedAt", m.ended_at AS "endedAt", m.version`;

export function toMentorship(row: Record<string, unknown>): Mentorship {
  return Object.assign(new Mentorship(), row);
}

/** Proposed or active: at most one per pair (the unique index mentorships_open_pair_uq). */
export const OPEN_STATUSES = [MentorshipStatus.PROPOSED, MentorshipStatus.ACTIVE];

export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/** "Carlos already mentors 3 people, the most they take on." */
export function atCapacityMessage(name: string, capacity: number, self = false): string {
  const people = capacity === 1 ? "1 person" : `${capacity} people`;
  return self
    ? `You already mentor ${people}, the most you take on. Complete or end a mentorship first.`
    : `${firstName(name)} already mentors ${people}, the most they take on.`;
}
