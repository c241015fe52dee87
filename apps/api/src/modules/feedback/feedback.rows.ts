import type { RoundFacts } from "../../access/feedback.access";
import { Skill } from "../skill/skill.entity";
import { FeedbackRequestView, MyFeedbackRequestView } from "./feedback.types";
import { FeedbackRound } from "./feedback-round.entity";

/** A round as services and resolvers hold it: its columns plus the viewer's relation to it. */
export type LoadedRound = FeedbackRound & RoundFacts;

/** Raw SQL reads shared by loaders and services. */
export const ROUND_COLUMNS = `r.id, r.created_at AS "createdAt", r.updated_at AS "updatedAt",
  r.subject_id AS "subjectId", r.created_by_id AS "createdById", r.title, r.questions, r.status,
  r.closes_at AS "closesAt", r.anonymity_threshold AS "anonymityThreshold", r.opened_at AS "openedAt",
  r.closed_at AS "closedAt", r.reminder_sent_at AS "reminderSentAt", r.nudged_at AS "nudgedAt", r.version`;

export function toRound(row: Record<string, unknown>): LoadedRound {
  return Object.assign(new FeedbackRound(), row) as unknown as LoadedRound;
}

/** Status columns only: a request read this way can't carry content. */
export const REQUEST_STATUS_COLUMNS = `fr.id, fr.reviewer_id AS "reviewerId", fr.relationship, fr.status,
  fr.approved, fr.decline_reason AS "declineReason"`;

export function toRequestView(row: Record<string, unknown>): FeedbackRequestView {
  return Object.assign(new FeedbackRequestView(), row);
}

/** The viewer's own request. Every query using it must filter `fr.reviewer_id = <viewer>`. */
export const MY_REQUEST_COLUMNS = `fr.id, fr.round_id AS "roundId", fr.relationship, fr.status,
  fr.decline_reason AS "declineReason", fr.version`;

export function toMyRequest(row: Record<string, unknown>): MyFeedbackRequestView {
  return Object.assign(new MyFeedbackRequestView(), row);
}

export function toSkill(row: Record<string, unknown>): Skill {
  return Object.assign(new Skill(), row);
}
