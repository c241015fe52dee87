import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { feedbackAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { groupBy } from "../../common/group-by";
import { isUuid } from "../../common/uuid";
import type { Skill } from "../skill/skill.entity";
import { SKILL_COLUMNS } from "../skill/skill.loaders";
import {
  type LoadedRound,
  MY_REQUEST_COLUMNS,
  REQUEST_STATUS_COLUMNS,
  ROUND_COLUMNS,
  toMyRequest,
  toRequestView,
  toRound,
  toSkill,
} from "./feedback.rows";
import type { FeedbackRequestView, FeedbackResponseContent, MyFeedbackRequestView } from "./feedback.types";
import type { FeedbackRoundStatus } from "./feedback-round.entity";

export const MAX_ROUNDS_PER_SUBJECT = 50;

export interface RoundsBySubjectKey {
  subjectId: string;
  status: FeedbackRoundStatus | null;
}

/**
 * Per-request feedback loaders; each runs one SQL statement per batch. Rounds are filtered by
 * `feedbackAccess.visibleSql`. The two loaders that touch content (`myFeedbackRequest*`,
 * `myFeedbackResponse`) filter `reviewer_id = viewer` in SQL: they can't return anyone else's.
 */
export function createFeedbackLoaders(dataSource: DataSource, viewer: Viewer | null) {
  const viewerId = viewer?.employee.id ?? null;
  const visible = (param: string) => (viewer ? feedbackAccess.visibleSql(viewer, param) : "FALSE");

  const feedbackRoundById = new DataLoader<string, LoadedRound | null>(async (ids) => {
    const rows = await dataSource.query(
      `SELECT ${ROUND_COLUMNS}, ${feedbackAccess.factsSql("$2")} FROM feedback_rounds r
       WHERE r.id = ANY($1) AND ${visible("$2")}`,
      [ids.filter(isUuid), viewerId],
    );
    const byId = new Map<string, LoadedRound>(
      rows.map((row: Record<string, unknown>) => [row.id, toRound(row)]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** The rounds about each subject the viewer may see, newest first (at most MAX_ROUNDS_PER_SUBJECT). */
  const feedbackRoundsBySubject = new DataLoader<RoundsBySubjectKey, LoadedRound[], string>(
    async (keys) => {
      const rows: Record<string, unknown>[] = await dataSource.query(
        `SELECT q.idx, p.* FROM unnest($1::uuid[], $2::text[], $3::int[]) AS q(subject_id, status, idx)
         CROSS JOIN LATERAL (
           SELECT ${ROUND_COLUMNS}, ${feedbackAccess.factsSql("$4")} FROM feedback_rounds r
           WHERE r.subject_id = q.subject_id AND (q.status IS NULL OR r.status::text = q.status)
             AND ${visible("$4")}
           ORDER BY r.created_at DESC, r.id DESC LIMIT ${MAX_ROUNDS_PER_SUBJECT}
         ) p ORDER BY q.idx, p."createdAt" DESC, p.id DESC`,
        [keys.map((k) => k.subjectId), keys.map((k) => k.status), keys.map((_, i) => i), viewerId],
      );
      return groupBy(
        keys.map((_, i) => String(i)),
        rows,
        (row) => String(row.idx),
      ).map((group) => group.map(({ idx: _, ...row }) => toRound(row)));
    },
    { cacheKeyFn: (key) => `${key.subjectId}:${key.status ?? ""}` },
  );

  const feedbackRoundSkills = new DataLoader<string, Skill[]>(async (roundIds) => {
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT rs.round_id AS "roundId", ${SKILL_COLUMNS} FROM feedback_round_skills rs
       JOIN skills s ON s.id = rs.skill_id WHERE rs.round_id = ANY($1) ORDER BY s.name, s.id`,
      [roundIds],
    );
    return groupBy(roundIds, rows, (row) => row.roundId as string).map((group) =>
      group.map(({ roundId: _, ...row }) => toSkill(row)),
    );
  });

  /**
   * Who was asked in each round and their status — no content. Callers check
   * `feedbackAccess.canManage` first. Ordered by relationship and name, never by answer time.
   */
  const feedbackRequestsByRound = new DataLoader<string, FeedbackRequestView[]>(async (roundIds) => {
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT fr.round_id AS "roundId", ${REQUEST_STATUS_COLUMNS} FROM feedback_requests fr
       JOIN employees e ON e.id = fr.reviewer_id
       WHERE fr.round_id = ANY($1) ORDER BY fr.relationship, e.name, e.id`,
      [roundIds],
    );
    return groupBy(roundIds, rows, (row) => row.roundId as string).map((group) =>
      group.map(({ roundId: _, ...row }) => toRequestView(row)),
    );
  });

  /** The viewer's own request in each round (null when they weren't asked, or not yet). */
  const myFeedbackRequestByRound = new DataLoader<string, MyFeedbackRequestView | null>(async (roundIds) => {
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT ${MY_REQUEST_COLUMNS} FROM feedback_requests fr
       WHERE fr.round_id = ANY($1) AND fr.reviewer_id = $2 AND fr.approved`,
      [roundIds, viewerId],
    );
    const byRound = new Map(rows.map((row) => [row.roundId as string, toMyRequest(row)]));
    return roundIds.map((id) => byRound.get(id) ?? null);
  });

  /** What the viewer answered, per request of theirs; another person's request gives nothing. */
  const myFeedbackResponse = new DataLoader<string, FeedbackResponseContent | null>(async (requestIds) => {
    const rows: {
      requestId: string;
      status: string;
      ratings: { skill: Record<string, unknown>; level: number | null }[];
      answers: { questionIndex: number; text: string }[];
      questions: string[];
    }[] = await dataSource.query(
      `SELECT fr.id AS "requestId", fr.status, r.questions,
         COALESCE((SELECT json_agg(json_build_object('level', fx.level, 'skill', json_build_object(
             'id', s.id, 'createdAt', s.created_at, 'updatedAt', s.updated_at, 'name', s.name,
             'category', s.category, 'description', s.description, 'version', s.version)) ORDER BY s.name)
           FROM feedback_ratings fx JOIN skills s ON s.id = fx.skill_id WHERE fx.request_id = fr.id), '[]') AS ratings,
         COALESCE((SELECT json_agg(json_build_object('questionIndex', fa.question_index, 'text', fa.text)
             ORDER BY fa.question_index)
           FROM feedback_answers fa WHERE fa.request_id = fr.id), '[]') AS answers
       FROM feedback_requests fr JOIN feedback_rounds r ON r.id = fr.round_id
       WHERE fr.id = ANY($1) AND fr.reviewer_id = $2`,
      [requestIds.filter(isUuid), viewerId],
    );
    const byId = new Map(rows.map((row) => [row.requestId, row]));
    return requestIds.map((id) => {
      const row = byId.get(id);
      if (row?.status !== "SUBMITTED") return null;
      return {
        ratings: row.ratings.map((rating) => ({
          skill: toSkill({
            ...rating.skill,
            createdAt: new Date(rating.skill.createdAt as string),
            updatedAt: new Date(rating.skill.updatedAt as string),
          }),
          level: rating.level,
        })),
        answers: row.answers.map((a) => ({ ...a, question: row.questions[a.questionIndex] ?? "" })),
      };
    });
  });

  return {
    feedbackRoundById,
    feedbackRoundsBySubject,
    feedbackRoundSkills,
    feedbackRequestsByRound,
    myFeedbackRequestByRound,
    myFeedbackResponse,
  };
}
