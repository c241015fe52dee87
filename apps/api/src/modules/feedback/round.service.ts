import type { DataSource, EntityManager } from "typeorm";
import { feedbackAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { badInput, forbidden, notFound } from "../../errors";
import { NotificationKind } from "../notification/notification.entity";
import { NotificationService } from "../notification/notification.service";
import {
  type CreateFeedbackRoundInput,
  DEFAULT_QUESTIONS,
  type FeedbackRoundTransitionInput,
  type UpdateFeedbackRoundInput,
} from "./feedback.inputs";
import type { LoadedRound } from "./feedback.rows";
import {
  assertClosingDate,
  assertSkillsExist,
  assertStatus,
  assertVersion,
  auditRound,
  defaultSkillsOf,
  insertAutomaticRequests,
  lockRound,
  readRound,
  replaceRoundSkills,
  touchRound,
} from "./feedback.store";
import { FeedbackRoundStatus } from "./feedback-round.entity";

export const defaultTitle = (name: string) => `360 feedback for ${name}`;
const cleanQuestions = (questions: string[]) => questions.map((q) => q.trim()).filter(Boolean);

/** A round's life: DRAFT (nominations) → OPEN (answers) → CLOSED (the report). */
export class FeedbackRoundService {
  constructor(private readonly dataSource: DataSource) {}

  async create(viewer: Viewer, input: CreateFeedbackRoundInput, requestId: string): Promise<LoadedRound> {
    assertClosingDate(input.closesAt);
    return this.dataSource.transaction(async (manager) => {
      const subjectId = input.subjectId ?? viewer.employee.id;
      const subject = await this.subjectFor(manager, viewer, subjectId);
      let skillIds: string[];
      if (input.skillIds?.length) skillIds = await assertSkillsExist(manager, input.skillIds);
      else skillIds = (await defaultSkillsOf(manager, [subjectId])).get(subjectId) ?? [];
      if (skillIds.length === 0) {
        throw badInput(
          "input.skillIds",
          `${subject.name} has no growth areas, strengths or goal skills yet: choose at least one skill to rate.`,
        );
      }
      const questions = input.questions ? cleanQuestions(input.questions) : DEFAULT_QUESTIONS;
      const [{ id }] = await manager.query(
        `INSERT INTO feedback_rounds (subject_id, created_by_id, title, questions, closes_at, anonymity_threshold)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          subjectId,
          viewer.employee.id,
          input.title?.trim() || defaultTitle(subject.name),
          questions,
          input.closesAt,
          input.anonymityThreshold,
        ],
      );
      await replaceRoundSkills(manager, id, skillIds);
      await insertAutomaticRequests(manager, [id], viewer.employee.id);
      await auditRound(manager, viewer, requestId, "feedback_round.created", id, {
        subjectId,
        skillIds,
        questions,
        closesAt: input.closesAt,
        anonymityThreshold: input.anonymityThreshold,
      });
      return readRound(manager, viewer, id);
    });
  }

  async update(viewer: Viewer, input: UpdateFeedbackRoundInput, requestId: string): Promise<LoadedRound> {
    return this.dataSource.transaction(async (manager) => {
      const round = await this.lockToManage(manager, viewer, input.id);
      assertVersion(round, input.version);
      const draftOnly = input.skillIds != null || input.questions != null || input.anonymityThreshold != null;
      assertStatus(
        round,
        draftOnly ? [FeedbackRoundStatus.DRAFT] : [FeedbackRoundStatus.DRAFT, FeedbackRoundStatus.OPEN],
      );
      const set: string[] = [];
      const params: unknown[] = [];
      const assign = (column: string, value: unknown) => {
        params.push(value);
        set.push(`${column} = $${params.length + 1}`);
      };
      if (input.title != null) assign("title", input.title.trim());
      if (input.questions != null) assign("questions", cleanQuestions(input.questions));
      if (input.anonymityThreshold != null) assign("anonymity_threshold", input.anonymityThreshold);
      if (input.closesAt != null) {
        assertClosingDate(input.closesAt);
        assign("closes_at", input.closesAt);
        // A new closing date earns a new automatic reminder.
        set.push("reminder_sent_at = NULL");
      }
      let skillIds: string[] | undefined;
      if (input.skillIds != null) {
        skillIds = await assertSkillsExist(manager, input.skillIds);
        await replaceRoundSkills(manager, round.id, skillIds);
      }
      await touchRound(manager, round, input.version, set, params);
      await auditRound(manager, viewer, requestId, "feedback_round.updated", round.id, {
        title: input.title ?? undefined,
        questions: input.questions ?? undefined,
        anonymityThreshold: input.anonymityThreshold ?? undefined,
        closesAt: input.closesAt ?? undefined,
        skillIds,
      });
      return readRound(manager, viewer, round.id);
    });
  }

  /** Opens the round: every reviewer is notified. Needs every nomination approved and a future closing date. */
  async open(viewer: Viewer, input: FeedbackRoundTransitionInput, requestId: string): Promise<LoadedRound> {
    return this.dataSource.transaction(async (manager) => {
      const round = await this.lockToManage(manager, viewer, input.id);
      assertVersion(round, input.version);
      assertStatus(round, [FeedbackRoundStatus.DRAFT]);
      if (round.closesAt.getTime() <= Date.now()) {
        throw badInput("input.id", "The closing date has passed: move it before opening the round.");
      }
      const reviewers: { reviewerId: string; approved: boolean }[] = await manager.query(
        `SELECT fr.reviewer_id AS "reviewerId", fr.approved FROM feedback_requests fr
         WHERE fr.round_id = $1 AND fr.status = 'PENDING'`,
        [round.id],
      );
      const waiting = reviewers.filter((r) => !r.approved).length;
      if (waiting > 0) {
        throw badInput(
          "input.id",
          `${waiting} nomination${waiting === 1 ? " waits" : "s wait"} for the manager's approval.`,
        );
      }
      await touchRound(manager, round, input.version, ["status = 'OPEN'", "opened_at = now()"]);
      await auditRound(manager, viewer, requestId, "feedback_round.opened", round.id, {
        reviewers: reviewers.length,
      });
      const subjectName = await this.nameOf(manager, round.subjectId);
      await NotificationService.notify(
        manager,
        reviewers.map(({ reviewerId }) => ({
          recipientId: reviewerId,
          actorId: viewer.employee.id,
          kind: NotificationKind.FEEDBACK_REQUESTED,
          message:
            reviewerId === round.subjectId
              ? `Your 360 round “${round.title}” is open: add your self-assessment.`
              : `${subjectName} would value your feedback in “${round.title}”.`,
          subjectType: "feedbackRound",
          subjectId: round.id,
        })),
      );
      return readRound(manager, viewer, round.id);
    });
  }

  async close(viewer: Viewer, input: FeedbackRoundTransitionInput, requestId: string): Promise<LoadedRound> {
    return this.dataSource.transaction(async (manager) => {
      const round = await this.lockToManage(manager, viewer, input.id);
      assertVersion(round, input.version);
      assertStatus(round, [FeedbackRoundStatus.OPEN]);
      await closeRound(manager, round, viewer, requestId);
      return readRound(manager, viewer, round.id);
    });
  }

  private async lockToManage(manager: EntityManager, viewer: Viewer, id: string): Promise<LoadedRound> {
    const round = await lockRound(manager, viewer, id);
    if (!feedbackAccess.canManage(viewer, round)) {
      throw forbidden("Only the person the round is about, their managers and HR can change it.");
    }
    return round;
  }

  /** The subject must be someone active the viewer may start a round about. */
  private async subjectFor(
    manager: EntityManager,
    viewer: Viewer,
    subjectId: string,
  ): Promise<{ name: string }> {
    const [subject] = await manager.query(
      `SELECT e.name, e.active, ${feedbackAccess.inChainSql("e.id", "$2")} AS "viewerInChain"
       FROM employees e WHERE e.id = $1`,
      [subjectId, viewer.employee.id],
    );
    if (!subject || (!subject.active && !feedbackAccess.canLaunchCycle(viewer)))
      throw notFound("This employee");
    if (!feedbackAccess.canStartRoundAbout(viewer, subjectId, subject.viewerInChain)) {
      throw forbidden("You can start a 360 round about yourself or someone in your team.");
    }
    if (!subject.active) throw badInput("input.subjectId", "This person has left the organization.");
    return subject;
  }

  private async nameOf(manager: EntityManager, employeeId: string): Promise<string> {
    const [row] = await manager.query("SELECT name FROM employees WHERE id = $1", [employeeId]);
    return row?.name ?? "A colleague";
  }
}

/**
 * Closes an open round (by hand or at its closing date): the report becomes readable, and the
 * subject and their direct manager hear so. Pending requests stay PENDING: “didn't answer”.
 */
export async function closeRound(
  manager: EntityManager,
  round: Pick<LoadedRound, "id" | "title" | "subjectId">,
  viewer: Viewer | null,
  requestId: string | null,
): Promise<void> {
  await manager.query(
    `UPDATE feedback_rounds SET status = 'CLOSED', closed_at = now(), version = version + 1, updated_at = now()
     WHERE id = $1`,
    [round.id],
  );
  await auditRound(manager, viewer, requestId, "feedback_round.closed", round.id, {
    by: viewer ? "hand" : "closing date",
  });
  const readers: { id: string }[] = await manager.query(
    `SELECT s.id FROM employees s WHERE s.id = $1
     UNION SELECT m.id FROM employees s JOIN employees m ON m.id = s.manager_id AND m.active WHERE s.id = $1`,
    [round.subjectId],
  );
  await NotificationService.notify(
    manager,
    readers.map(({ id }) => ({
      recipientId: id,
      actorId: viewer?.employee.id ?? null,
      kind: NotificationKind.FEEDBACK_REPORT_READY,
      message: `The report of “${round.title}” is ready.`,
      subjectType: "feedbackRound",
      subjectId: round.id,
    })),
  );
}
