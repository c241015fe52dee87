import type { DataSource, EntityManager } from "typeorm";
import { mentorshipAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { badInput, conflict, forbidden } from "../../errors";
import { AuditService } from "../audit/audit.service";
import { NotificationKind } from "../notification/notification.entity";
import { NotificationService } from "../notification/notification.service";
import type { MentorSuggestion } from "./mentor-suggestion.types";
import { mentorSuggestions } from "./mentor-suggestions";
import { type Mentorship, MentorshipStatus } from "./mentorship.entity";
import type {
  MentorshipTransitionInput,
  RequestMentorInput,
  RespondMentorshipInput,
} from "./mentorship.inputs";
import { firstName, MENTORSHIP_COLUMNS, toMentorship } from "./mentorship.rows";

export const MAX_SUGGESTIONS = 20;

import {
  assertFreeCapacity,
  assertStatus,
  lockMentor,
  lockMentorship,
  mentorIdOf,
  writeMentorship,
} from "./mentorship.store";

/**
 * Mentorships: PROPOSED (the mentee asks) → ACTIVE (the mentor accepts) → COMPLETED, or DECLINED
 * by the mentor, or CANCELLED by either. A mentor takes at most `employees.mentor_capacity` active
 * mentees; request and accept check it under a lock on the mentor's row (mentorship.store.ts).
 */
export class MentorshipService {
  constructor(private readonly dataSource: DataSource) {}

  async request(viewer: Viewer, input: RequestMentorInput, requestId: string): Promise<Mentorship> {
    const menteeId = viewer.employee.id;
    if (input.mentorId === menteeId) throw badInput("input.mentorId", "You can't be your own mentor.");
    return this.dataSource.transaction(async (manager) => {
      const mentor = await lockMentor(manager, input.mentorId);
      if (!mentor?.active) throw badInput("input.mentorId", "Choose an active colleague as your mentor.");
      const skillIds = [...new Set(input.focusSkillIds)];
      const [{ found }] = await manager.query(
        "SELECT count(*)::int AS found FROM skills WHERE id = ANY($1)",
        [skillIds],
      );
      if (found !== skillIds.length) throw badInput("input.focusSkillIds", "Choose skills from the catalog.");
      const [open] = await manager.query(
        `SELECT status FROM mentorships WHERE mentor_id = $1 AND mentee_id = $2 AND status IN ('PROPOSED', 'ACTIVE')`,
        [mentor.id, menteeId],
      );
      if (open) {
        throw conflict(
          open.status === MentorshipStatus.ACTIVE
            ? `${firstName(mentor.name)} already mentors you.`
            : `You already asked ${firstName(mentor.name)}; wait for their answer or cancel that request.`,
          "input.mentorId",
        );
      }
      await assertFreeCapacity(manager, mentor, "input.mentorId", false);
      const [row] = await manager.query(
        `INSERT INTO mentorships AS m (mentor_id, mentee_id, message) VALUES ($1, $2, $3)
         RETURNING ${MENTORSHIP_COLUMNS}`,
        [mentor.id, menteeId, input.message.trim()],
      );
      const mentorship = toMentorship(row);
      if (skillIds.length) {
        await manager.query(
          "INSERT INTO mentorship_focus_skills (mentorship_id, skill_id) SELECT $1, unnest($2::uuid[])",
          [mentorship.id, skillIds],
        );
      }
      await this.audit(manager, viewer, requestId, "mentorship.requested", mentorship.id, {
        mentorId: mentor.id,
        focusSkillIds: skillIds,
      });
      await NotificationService.notify(manager, [
        {
          recipientId: mentor.id,
          actorId: menteeId,
          kind: NotificationKind.MENTORSHIP_REQUESTED,
          message: `${viewer.employee.name} asked you to be their mentor.`,
          subjectType: "mentorship",
          subjectId: mentorship.id,
        },
      ]);
      return mentorship;
    });
  }

  /** Ranked colleagues who could mentor `menteeId` (mentor-suggestions.ts). */
  async suggestions(viewer: Viewer, menteeId: string, first: number): Promise<MentorSuggestion[]> {
    if (first < 1 || first > MAX_SUGGESTIONS) {
      throw badInput("first", `Ask for 1 to ${MAX_SUGGESTIONS} suggestions.`);
    }
    return mentorSuggestions(this.dataSource, viewer, menteeId, first);
  }

  async accept(viewer: Viewer, input: RespondMentorshipInput, requestId: string): Promise<Mentorship> {
    return this.dataSource.transaction(async (manager) => {
      // Mentor row first, then the mentorship: the same order as `request`, so no deadlock.
      const mentor = await lockMentor(manager, await mentorIdOf(manager, viewer, input.id));
      const mentorship = await this.lockForMentor(manager, viewer, input);
      if (mentor) await assertFreeCapacity(manager, mentor, "input.id", true);
      const updated = await writeMentorship(manager, mentorship, {
        status: MentorshipStatus.ACTIVE,
        startedAt: new Date(),
        response: input.response?.trim() || null,
      });
      await this.audit(manager, viewer, requestId, "mentorship.accepted", mentorship.id);
      await this.tell(
        manager,
        viewer,
        mentorship.menteeId,
        mentorship.id,
        NotificationKind.MENTORSHIP_ACCEPTED,
        `${viewer.employee.name} accepted to be your mentor.`,
      );
      return updated;
    });
  }

  async decline(viewer: Viewer, input: RespondMentorshipInput, requestId: string): Promise<Mentorship> {
    return this.dataSource.transaction(async (manager) => {
      const mentorship = await this.lockForMentor(manager, viewer, input);
      const response = input.response?.trim() || null;
      const updated = await writeMentorship(manager, mentorship, {
        status: MentorshipStatus.DECLINED,
        endedAt: new Date(),
        response,
      });
      await this.audit(manager, viewer, requestId, "mentorship.declined", mentorship.id, { response });
      await this.tell(
        manager,
        viewer,
        mentorship.menteeId,
        mentorship.id,
        NotificationKind.MENTORSHIP_DECLINED,
        `${viewer.employee.name} can't be your mentor right now${response ? `: ${response}` : "."}`,
      );
      return updated;
    });
  }

  async complete(viewer: Viewer, input: MentorshipTransitionInput, requestId: string): Promise<Mentorship> {
    return this.end(viewer, input, requestId, MentorshipStatus.COMPLETED, [MentorshipStatus.ACTIVE]);
  }

  async cancel(viewer: Viewer, input: MentorshipTransitionInput, requestId: string): Promise<Mentorship> {
    return this.end(viewer, input, requestId, MentorshipStatus.CANCELLED, [
      MentorshipStatus.PROPOSED,
      MentorshipStatus.ACTIVE,
    ]);
  }

  /** Either person completes or cancels; the other one is told. */
  private async end(
    viewer: Viewer,
    input: MentorshipTransitionInput,
    requestId: string,
    status: MentorshipStatus.COMPLETED | MentorshipStatus.CANCELLED,
    from: MentorshipStatus[],
  ): Promise<Mentorship> {
    return this.dataSource.transaction(async (manager) => {
      const mentorship = await lockMentorship(manager, viewer, input.id, input.version);
      if (!mentorshipAccess.canEnd(viewer, mentorship)) {
        throw forbidden("Only the mentor or the mentee can end a mentorship.");
      }
      assertStatus(mentorship, from);
      const updated = await writeMentorship(manager, mentorship, { status, endedAt: new Date() });
      const verb = status === MentorshipStatus.COMPLETED ? "completed" : "cancelled";
      await this.audit(manager, viewer, requestId, `mentorship.${verb}`, mentorship.id, {
        previousStatus: mentorship.status,
      });
      const other = viewer.employee.id === mentorship.mentorId ? mentorship.menteeId : mentorship.mentorId;
      const what =
        mentorship.status === MentorshipStatus.PROPOSED ? "the mentoring request" : "your mentorship";
      await this.tell(
        manager,
        viewer,
        other,
        mentorship.id,
        NotificationKind.MENTORSHIP_ENDED,
        `${viewer.employee.name} ${verb} ${what}.`,
      );
      return updated;
    });
  }

  private async lockForMentor(
    manager: EntityManager,
    viewer: Viewer,
    input: RespondMentorshipInput,
  ): Promise<Mentorship> {
    const mentorship = await lockMentorship(manager, viewer, input.id, input.version);
    if (!mentorshipAccess.canRespond(viewer, mentorship)) {
      throw forbidden("Only the person asked to mentor can accept or decline.");
    }
    assertStatus(mentorship, [MentorshipStatus.PROPOSED]);
    return mentorship;
  }

  private tell(
    manager: EntityManager,
    viewer: Viewer,
    recipientId: string,
    mentorshipId: string,
    kind: NotificationKind,
    message: string,
  ): Promise<void> {
    return NotificationService.notify(manager, [
      {
        recipientId,
        actorId: viewer.employee.id,
        kind,
        message,
        subjectType: "mentorship",
        subjectId: mentorshipId,
      },
    ]);
  }

  private audit(
    manager: EntityManager,
    viewer: Viewer,
    requestId: string,
    action: string,
    id: string,
    data: Record<string, unknown> = {},
  ): Promise<void> {
    return AuditService.record(manager, {
      ...AuditService.actor(viewer, requestId),
      action,
      entityType: "Mentorship",
      entityId: id,
      data,
    });
  }
}
