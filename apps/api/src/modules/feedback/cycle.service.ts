import type { DataSource } from "typeorm";
import { feedbackAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { badInput, forbidden } from "../../errors";
import { AuditService } from "../audit/audit.service";
import { DEFAULT_QUESTIONS, type LaunchFeedbackCycleInput } from "./feedback.inputs";
import {
  assertClosingDate,
  assertSkillsExist,
  defaultSkillsOf,
  insertAutomaticRequests,
} from "./feedback.store";
import type { FeedbackCycleResult } from "./feedback.types";

/**
 * HR's feedback cycle: one draft round for every active person of a department (or of the whole
 * organization), each with its default skills and its self and manager requests, in ONE
 * transaction — all rounds exist or none. People with a draft or open round already are skipped.
 * A constant number of statements whatever the head count (set-based SQL, no loop of queries).
 */
export class FeedbackCycleService {
  constructor(private readonly dataSource: DataSource) {}

  async launch(
    viewer: Viewer,
    input: LaunchFeedbackCycleInput,
    requestId: string,
  ): Promise<FeedbackCycleResult> {
    if (!feedbackAccess.canLaunchCycle(viewer)) throw forbidden("Only HR admins launch feedback cycles.");
    assertClosingDate(input.closesAt);
    const questions = (input.questions ?? DEFAULT_QUESTIONS).map((q) => q.trim()).filter(Boolean);
    return this.dataSource.transaction(async (manager) => {
      const fallback = input.fallbackSkillIds.length
        ? await assertSkillsExist(manager, input.fallbackSkillIds, "input.fallbackSkillIds")
        : [];
      const people: { id: string; busy: boolean }[] = await manager.query(
        `SELECT e.id, EXISTS (SELECT 1 FROM feedback_rounds r
           WHERE r.subject_id = e.id AND r.status IN ('DRAFT', 'OPEN')) AS busy
         FROM employees e WHERE e.active AND ($1::text IS NULL OR e.department = $1) ORDER BY e.id`,
        [input.department?.trim() ?? null],
      );
      if (people.length === 0) throw badInput("input.department", "Nobody active works in this department.");
      const subjects = people.filter((p) => !p.busy).map((p) => p.id);
      const skills = await defaultSkillsOf(manager, subjects);
      const withoutSkills = subjects.filter((id) => (skills.get(id) ?? []).length === 0);
      if (withoutSkills.length && fallback.length === 0) {
        throw badInput(
          "input.fallbackSkillIds",
          `${withoutSkills.length} of them have no growth areas, strengths or goal skills yet: choose skills to rate for them.`,
        );
      }
      for (const id of withoutSkills) skills.set(id, fallback);
      if (subjects.length === 0) return { launched: 0, skipped: people.length };

      const rounds: { id: string; subjectId: string }[] = await manager.query(
        `INSERT INTO feedback_rounds (subject_id, created_by_id, title, questions, closes_at, anonymity_threshold)
         SELECT s.id, $2, $3, $4, $5, $6 FROM unnest($1::uuid[]) AS s(id)
         RETURNING id, subject_id AS "subjectId"`,
        [
          subjects,
          viewer.employee.id,
          input.title.trim(),
          questions,
          input.closesAt,
          input.anonymityThreshold,
        ],
      );
      const pairs = rounds.flatMap((r) => (skills.get(r.subjectId) ?? []).map((skillId) => [r.id, skillId]));
      await manager.query(
        `INSERT INTO feedback_round_skills (round_id, skill_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      const roundIds = rounds.map((r) => r.id);
      await insertAutomaticRequests(manager, roundIds, viewer.employee.id);
      // One audit event per round (as for a round created alone), in one statement.
      await manager.query(
        `INSERT INTO audit_events (actor_id, api_token_id, request_id, action, entity_type, entity_id, data)
         SELECT $1, NULL, $2, 'feedback_round.created', 'FeedbackRound', r.id,
           jsonb_build_object('subjectId', r.subject_id, 'cycle', $3::text, 'closesAt', r.closes_at,
             'anonymityThreshold', r.anonymity_threshold)
         FROM feedback_rounds r WHERE r.id = ANY($4)`,
        [viewer.employee.id, requestId, input.title.trim(), roundIds],
      );
      await AuditService.record(manager, {
        ...AuditService.actor(viewer, requestId),
        action: "feedback_cycle.launched",
        entityType: "FeedbackCycle",
        entityId: null,
        data: { title: input.title, department: input.department ?? null, rounds: roundIds.length },
      });
      return { launched: rounds.length, skipped: people.length - subjects.length };
    });
  }
}
