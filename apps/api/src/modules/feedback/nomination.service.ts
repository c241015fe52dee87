import type { DataSource, EntityManager } from "typeorm";
import { feedbackAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { AppError, badInput, conflict, forbidden, notFound } from "../../errors";
import { NotificationKind } from "../notification/notification.entity";
import { NotificationService } from "../notification/notification.service";
import type {
  FeedbackRequestIdInput,
  FeedbackRoundIdInput,
  NominateFeedbackReviewersInput,
} from "./feedback.inputs";
import type { LoadedRound } from "./feedback.rows";
import { assertStatus, auditRound, lockRound, readRound, touchRound } from "./feedback.store";
import { FeedbackRelationship } from "./feedback-request.entity";
import { FeedbackRoundStatus } from "./feedback-round.entity";

/**
 * Who is asked: the subject (or their manager, or HR) nominates reviewers while the round is a
 * draft; the subject's own nominations wait for someone above them to approve.
 */
export class FeedbackNominationService {
  constructor(private readonly dataSource: DataSource) {}

  async nominate(
    viewer: Viewer,
    input: NominateFeedbackReviewersInput,
    requestId: string,
  ): Promise<LoadedRound> {
    return this.dataSource.transaction(async (manager) => {
      const round = await this.lockDraftToManage(manager, viewer, input.roundId, "input.roundId");
      await this.assertNominees(manager, round, input);
      const approved = feedbackAccess.nominationIsPreApproved(viewer, round);
      const directManagerId = await this.directManagerOf(manager, round.subjectId);
      // Someone without a manager (the CEO) has nobody to approve: their nominations stand.
      const needsApproval = !approved && directManagerId !== null;
      await manager.query(
        `INSERT INTO feedback_requests (round_id, reviewer_id, relationship, approved, nominated_by_id)
         SELECT $1, reviewer_id, relationship, $4, $5
         FROM unnest($2::uuid[], $3::feedback_relationship[]) AS n(reviewer_id, relationship)`,
        [
          round.id,
          input.reviewers.map((r) => r.employeeId),
          input.reviewers.map((r) => r.relationship),
          !needsApproval,
          viewer.employee.id,
        ],
      );
      await touchRound(manager, round, null);
      await auditRound(manager, viewer, requestId, "feedback_round.nominated", round.id, {
        reviewers: input.reviewers,
        approved: !needsApproval,
      });
      if (needsApproval && directManagerId) {
        await NotificationService.notify(manager, [
          {
            recipientId: directManagerId,
            actorId: viewer.employee.id,
            kind: NotificationKind.FEEDBACK_NOMINATIONS_TO_APPROVE,
            message: `${viewer.employee.name} nominated ${input.reviewers.length} reviewer${input.reviewers.length === 1 ? "" : "s"} for “${round.title}”: please approve.`,
            subjectType: "feedbackRound",
            subjectId: round.id,
          },
        ]);
      }
      return readRound(manager, viewer, round.id);
    });
  }

  /** Withdraws a nomination (the subject their own; the chain or HR any) — also how a manager says no. */
  async remove(viewer: Viewer, input: FeedbackRequestIdInput, requestId: string): Promise<LoadedRound> {
    return this.dataSource.transaction(async (manager) => {
      // Same answer whether the request doesn't exist or its round is hidden from the viewer.
      const [request] = await manager.query(
        `SELECT fr.round_id AS "roundId", fr.reviewer_id AS "reviewerId", fr.relationship
         FROM feedback_requests fr JOIN feedback_rounds r ON r.id = fr.round_id
         WHERE fr.id = $1 AND ${feedbackAccess.visibleSql(viewer, "$2")}`,
        [input.requestId, viewer.employee.id],
      );
      if (!request) throw notFound("This nomination");
      const round = await this.lockDraftToManage(manager, viewer, request.roundId, "input.requestId");
      if (
        request.relationship === FeedbackRelationship.SELF ||
        request.relationship === FeedbackRelationship.MANAGER
      ) {
        throw badInput(
          "input.requestId",
          "The self-assessment and the manager's feedback are part of every round.",
        );
      }
      await manager.query("DELETE FROM feedback_requests WHERE id = $1", [input.requestId]);
      await touchRound(manager, round, null);
      await auditRound(manager, viewer, requestId, "feedback_round.nomination_removed", round.id, {
        reviewerId: request.reviewerId,
        relationship: request.relationship,
      });
      return readRound(manager, viewer, round.id);
    });
  }

  /** Someone above the subject approves every nomination waiting in the round. */
  async approve(viewer: Viewer, input: FeedbackRoundIdInput, requestId: string): Promise<LoadedRound> {
    return this.dataSource.transaction(async (manager) => {
      const round = await lockRound(manager, viewer, input.roundId);
      if (!feedbackAccess.canApproveNominations(viewer, round)) {
        throw forbidden("Only a manager above the person the round is about approves its nominations.");
      }
      assertStatus(round, [FeedbackRoundStatus.DRAFT], "input.roundId");
      const [approved]: [{ reviewerId: string }[], number] = await manager.query(
        `UPDATE feedback_requests SET approved = TRUE, updated_at = now()
         WHERE round_id = $1 AND NOT approved RETURNING reviewer_id AS "reviewerId"`,
        [round.id],
      );
      const ids = approved.map((r) => r.reviewerId);
      if (ids.length === 0) throw badInput("input.roundId", "No nomination waits for approval.");
      await touchRound(manager, round, null);
      await auditRound(manager, viewer, requestId, "feedback_round.nominations_approved", round.id, {
        reviewerIds: ids,
      });
      return readRound(manager, viewer, round.id);
    });
  }

  private async lockDraftToManage(
    manager: EntityManager,
    viewer: Viewer,
    roundId: string,
    field: string,
  ): Promise<LoadedRound> {
    const round = await lockRound(manager, viewer, roundId);
    if (!feedbackAccess.canManage(viewer, round)) {
      throw forbidden("Only the person the round is about, their managers and HR choose its reviewers.");
    }
    assertStatus(round, [FeedbackRoundStatus.DRAFT], field);
    return round;
  }

  /**
   * Guardrails: nobody reviews themself as a peer; a person is asked once per round (a second
   * nomination, in this call or before, is a CONFLICT); reviewers are active; a DIRECT_REPORT
   * really reports to the subject (a wrong group would weaken the group's anonymity).
   */
  private async assertNominees(
    manager: EntityManager,
    round: LoadedRound,
    input: NominateFeedbackReviewersInput,
  ): Promise<void> {
    const ids = input.reviewers.map((r) => r.employeeId);
    const people: { id: string; managerId: string | null; asked: boolean }[] = await manager.query(
      `SELECT e.id, e.manager_id AS "managerId",
         EXISTS (SELECT 1 FROM feedback_requests fr WHERE fr.round_id = $2 AND fr.reviewer_id = e.id) AS asked
       FROM employees e WHERE e.id = ANY($1) AND e.active`,
      [ids, round.id],
    );
    const byId = new Map(people.map((p) => [p.id, p]));
    const seen = new Set<string>();
    for (const [index, nomination] of input.reviewers.entries()) {
      const field = `input.reviewers.${index}.employeeId`;
      const person = byId.get(nomination.employeeId);
      if (nomination.employeeId === round.subjectId) {
        throw badInput(
          field,
          "Nobody reviews themself as a colleague: the self-assessment is already asked.",
        );
      }
      if (!person) throw badInput(field, "Choose an active colleague.");
      if (person.asked || seen.has(person.id)) {
        throw conflict("This person is already asked for feedback in this round.", field);
      }
      if (
        nomination.relationship === FeedbackRelationship.DIRECT_REPORT &&
        person.managerId !== round.subjectId
      ) {
        throw new AppError("BAD_USER_INPUT", "Only people who report to them are direct reports.", [
          {
            field: `input.reviewers.${index}.relationship`,
            message: "Only people who report to them are direct reports.",
          },
        ]);
      }
      seen.add(person.id);
    }
  }

  private async directManagerOf(manager: EntityManager, employeeId: string): Promise<string | null> {
    const [row] = await manager.query(
      `SELECT m.id FROM employees s JOIN employees m ON m.id = s.manager_id AND m.active WHERE s.id = $1`,
      [employeeId],
    );
    return row?.id ?? null;
  }
}
