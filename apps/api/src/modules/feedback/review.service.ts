import type { DataSource, EntityManager } from "typeorm";
import type { Viewer } from "../../auth/viewer";
import { badInput, conflict, notFound } from "../../errors";
import { AuditService } from "../audit/audit.service";
import type { DeclineFeedbackRequestInput, SubmitFeedbackInput } from "./feedback.inputs";
import { MY_REQUEST_COLUMNS, toMyRequest } from "./feedback.rows";
import type { MyFeedbackRequestView } from "./feedback.types";
import { FeedbackRequestStatus } from "./feedback-request.entity";

/** Reviewers' side: answer (and edit until the round closes) or decline. */
export class FeedbackReviewService {
  constructor(private readonly dataSource: DataSource) {}

  /** Replaces the viewer's ratings and answers and marks the request SUBMITTED. */
  async submit(
    viewer: Viewer,
    input: SubmitFeedbackInput,
    requestId: string,
  ): Promise<MyFeedbackRequestView> {
    return this.dataSource.transaction(async (manager) => {
      const request = await lockOwnAnswerableRequest(manager, viewer, input.requestId, input.version);
      const skillIds = new Set(request.skillIds);
      const seenSkills = new Set<string>();
      for (const [index, rating] of input.ratings.entries()) {
        const field = `input.ratings.${index}.skillId`;
        if (!skillIds.has(rating.skillId)) throw badInput(field, "This round doesn't ask about this skill.");
        if (seenSkills.has(rating.skillId)) throw badInput(field, "Rate each skill once.");
        seenSkills.add(rating.skillId);
      }
      const seenQuestions = new Set<number>();
      for (const [index, answer] of input.answers.entries()) {
        const field = `input.answers.${index}.questionIndex`;
        if (answer.questionIndex >= request.questionCount)
          throw badInput(field, "This round has no such question.");
        if (seenQuestions.has(answer.questionIndex)) throw badInput(field, "Answer each question once.");
        seenQuestions.add(answer.questionIndex);
      }
      const answers = input.answers.filter((a) => a.text.trim() !== "");
      if (input.ratings.every((r) => r.level == null) && answers.length === 0) {
        throw badInput(
          "input.ratings",
          "Rate at least one skill or answer a question, or decline the request.",
        );
      }
      await manager.query("DELETE FROM feedback_ratings WHERE request_id = $1", [request.id]);
      await manager.query("DELETE FROM feedback_answers WHERE request_id = $1", [request.id]);
      // Skills left out are stored as "can't say", so every submitted response covers every skill.
      await manager.query(
        `INSERT INTO feedback_ratings (request_id, skill_id, level)
         SELECT $1, rs.skill_id, given.level FROM feedback_round_skills rs
         LEFT JOIN unnest($3::uuid[], $4::smallint[]) AS given(skill_id, level) ON given.skill_id = rs.skill_id
         WHERE rs.round_id = $2`,
        [
          request.id,
          request.roundId,
          input.ratings.map((r) => r.skillId),
          input.ratings.map((r) => r.level ?? null),
        ],
      );
      if (answers.length) {
        await manager.query(
          `INSERT INTO feedback_answers (request_id, question_index, text)
           SELECT $1, * FROM unnest($2::smallint[], $3::text[])`,
          [request.id, answers.map((a) => a.questionIndex), answers.map((a) => a.text.trim())],
        );
      }
      const updated = await writeRequest(
        manager,
        request.id,
        input.version,
        FeedbackRequestStatus.SUBMITTED,
        null,
      );
      // The audit trail says that a response changed, never what it says.
      await audit(manager, viewer, requestId, "feedback_request.submitted", request.roundId);
      return updated;
    });
  }

  async decline(
    viewer: Viewer,
    input: DeclineFeedbackRequestInput,
    requestId: string,
  ): Promise<MyFeedbackRequestView> {
    return this.dataSource.transaction(async (manager) => {
      const request = await lockOwnAnswerableRequest(manager, viewer, input.requestId, null);
      if (request.status !== FeedbackRequestStatus.PENDING) {
        throw badInput(
          "input.requestId",
          request.status === FeedbackRequestStatus.SUBMITTED
            ? "You already answered; you can still edit your answers until the round closes."
            : "You already declined this request.",
        );
      }
      const updated = await writeRequest(
        manager,
        request.id,
        request.version,
        FeedbackRequestStatus.DECLINED,
        input.reason.trim(),
      );
      await audit(manager, viewer, requestId, "feedback_request.declined", request.roundId);
      return updated;
    });
  }
}

interface AnswerableRequest {
  id: string;
  roundId: string;
  status: FeedbackRequestStatus;
  version: number;
  skillIds: string[];
  questionCount: number;
}

/**
 * The viewer's own request in an open round, locked. Another person's request answers NOT_FOUND,
 * exactly like a request that doesn't exist. A round past its closing date counts as closed even
 * before the periodic job has closed it.
 */
async function lockOwnAnswerableRequest(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  version: number | null,
): Promise<AnswerableRequest> {
  const [request] = await manager.query(
    `SELECT fr.id, fr.round_id AS "roundId", fr.status, fr.version, r.status AS "roundStatus",
       r.closes_at <= now() AS "pastClosing", cardinality(r.questions) AS "questionCount",
       ARRAY(SELECT rs.skill_id FROM feedback_round_skills rs WHERE rs.round_id = r.id) AS "skillIds"
     FROM feedback_requests fr JOIN feedback_rounds r ON r.id = fr.round_id
     WHERE fr.id = $1 AND fr.reviewer_id = $2 AND fr.approved AND r.status <> 'DRAFT'
     FOR UPDATE OF fr`,
    [id, viewer.employee.id],
  );
  if (!request) throw notFound("This feedback request");
  if (request.roundStatus !== "OPEN" || request.pastClosing) {
    throw badInput(
      "input.requestId",
      "This feedback round is closed: answers can no longer be given or changed.",
    );
  }
  if (version !== null && request.version !== version) {
    throw conflict(
      "Your answers changed meanwhile (in another tab?). Reload them and try again.",
      "input.version",
    );
  }
  return request;
}

async function writeRequest(
  manager: EntityManager,
  id: string,
  version: number,
  status: FeedbackRequestStatus,
  declineReason: string | null,
): Promise<MyFeedbackRequestView> {
  const [rows] = await manager.query(
    `UPDATE feedback_requests fr SET status = $3, decline_reason = $4, version = version + 1, updated_at = now()
     WHERE fr.id = $1 AND fr.version = $2 RETURNING ${MY_REQUEST_COLUMNS}`,
    [id, version, status, declineReason],
  );
  if (!rows.length) {
    throw conflict(
      "Your answers changed meanwhile (in another tab?). Reload them and try again.",
      "input.version",
    );
  }
  return toMyRequest(rows[0]);
}

function audit(
  manager: EntityManager,
  viewer: Viewer,
  requestId: string,
  action: string,
  roundId: string,
): Promise<void> {
  return AuditService.record(manager, {
    ...AuditService.actor(viewer, requestId),
    action,
    entityType: "FeedbackRound",
    entityId: roundId,
  });
}

export const MAX_MY_REQUESTS = 100;

/** The viewer's requests in open and closed rounds (drafts aren't asked yet): open ones first, soonest closing first. */
export async function listMyRequests(
  dataSource: DataSource,
  viewer: Viewer,
  status: FeedbackRequestStatus | null,
): Promise<MyFeedbackRequestView[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT ${MY_REQUEST_COLUMNS} FROM feedback_requests fr JOIN feedback_rounds r ON r.id = fr.round_id
     WHERE fr.reviewer_id = $1 AND fr.approved AND r.status <> 'DRAFT' AND ($2::text IS NULL OR fr.status::text = $2)
     ORDER BY (r.status = 'OPEN') DESC, r.closes_at, fr.id LIMIT ${MAX_MY_REQUESTS}`,
    [viewer.employee.id, status],
  );
  return rows.map(toMyRequest);
}
