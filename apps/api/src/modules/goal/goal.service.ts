import type { DataSource, EntityManager } from "typeorm";
import { goalAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { AppError, badInput, forbidden } from "../../errors";
import { AuditService } from "../audit/audit.service";
import { NotificationKind } from "../notification/notification.entity";
import { NotificationService } from "../notification/notification.service";
import { type Goal, GoalStatus } from "./goal.entity";
import type {
  ApproveGoalInput,
  CreateGoalInput,
  GoalTransitionInput,
  SendBackGoalInput,
  UpdateGoalInput,
} from "./goal.inputs";
import { assessSmart, SUBMIT_CRITERIA } from "./goal.smart";
import {
  assertCanEdit,
  assertParent,
  assertVersion,
  insertKeyResults,
  lockGoal,
  managementChainIds,
  readGoal,
  setSkills,
  smartInputOf,
  writeGoal,
} from "./goal.store";

const today = () => new Date().toISOString().slice(0, 10);

/** Goals and their life cycle: DRAFT → PENDING_APPROVAL → ACTIVE → COMPLETED | ABANDONED. */
export class GoalService {
  constructor(private readonly dataSource: DataSource) {}

  async create(viewer: Viewer, input: CreateGoalInput, requestId: string): Promise<Goal> {
    return this.dataSource.transaction(async (manager) => {
      if (input.parentGoalId) await assertParent(manager, viewer, null, input.parentGoalId);
      const [{ id }] = await manager.query(
        `INSERT INTO goals (owner_id, title, description, visibility, parent_goal_id, start_date, due_date)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          viewer.employee.id,
          input.title.trim(),
          input.description.trim(),
          input.visibility,
          input.parentGoalId ?? null,
          input.startDate ?? today(),
          input.dueDate ?? null,
        ],
      );
      await insertKeyResults(manager, id, input.keyResults, 0);
      if (input.skillIds.length) await setSkills(manager, id, input.skillIds);
      await this.audit(manager, viewer, requestId, "goal.created", id, {
        title: input.title,
        visibility: input.visibility,
        parentGoalId: input.parentGoalId ?? null,
        keyResults: input.keyResults.length,
        skillIds: input.skillIds,
      });
      return readGoal(manager, id);
    });
  }

  async update(viewer: Viewer, input: UpdateGoalInput, requestId: string): Promise<Goal> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await lockGoal(manager, viewer, input.id);
      assertCanEdit(viewer, goal);
      assertVersion(goal, input.version);
      const changes: Partial<Goal> = {};
      if (input.title != null) changes.title = input.title.trim();
      if (input.description != null) changes.description = input.description.trim();
      if (input.visibility != null) changes.visibility = input.visibility;
      if (input.startDate != null) changes.startDate = input.startDate;
      if (input.clearDueDate) changes.dueDate = null;
      else if (input.dueDate != null) changes.dueDate = input.dueDate;
      if (input.clearParent) changes.parentGoalId = null;
      else if (input.parentGoalId != null && input.parentGoalId !== goal.parentGoalId) {
        await assertParent(manager, viewer, goal.id, input.parentGoalId);
        changes.parentGoalId = input.parentGoalId;
      }
      if (input.skillIds != null) await setSkills(manager, goal.id, input.skillIds);
      const updated = await writeGoal(manager, goal, input.version, changes);
      await this.audit(manager, viewer, requestId, "goal.updated", goal.id, {
        changes,
        ...(input.skillIds != null ? { skillIds: input.skillIds } : {}),
      });
      return updated;
    });
  }

  /**
   * Asks the manager to approve. Needs S, M, R and T; otherwise BAD_USER_INPUT with one field error
   * per failing criterion (`smart.specific`, …) carrying its hint. Someone without a manager has
   * nobody to agree with: their goal becomes active at once (docs/decisions/007-smart-rules.md).
   */
  async submit(viewer: Viewer, input: GoalTransitionInput, requestId: string): Promise<Goal> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await this.lockForOwner(manager, viewer, input, [GoalStatus.DRAFT]);
      const smart = assessSmart(await smartInputOf(manager, goal));
      const failing = smart.hints.filter((hint) => SUBMIT_CRITERIA.includes(hint.criterion));
      if (failing.length) {
        throw new AppError(
          "BAD_USER_INPUT",
          "The goal isn't SMART enough to submit yet.",
          failing.map((hint) => ({ field: `smart.${camel(hint.criterion)}`, message: hint.message })),
        );
      }
      const [directManagerId] = await managementChainIds(manager, goal.ownerId);
      const hasManager = directManagerId !== undefined;
      const updated = await writeGoal(
        manager,
        goal,
        input.version,
        hasManager
          ? { status: GoalStatus.PENDING_APPROVAL, approvalComment: null }
          : { status: GoalStatus.ACTIVE, approvedAt: new Date(), approvedById: null, approvalComment: null },
      );
      await this.audit(manager, viewer, requestId, hasManager ? "goal.submitted" : "goal.activated", goal.id);
      if (hasManager) {
        await NotificationService.notify(manager, [
          {
            recipientId: directManagerId,
            actorId: viewer.employee.id,
            kind: NotificationKind.GOAL_APPROVAL_REQUESTED,
            message: `${viewer.employee.name} submitted “${goal.title}” for your approval.`,
            subjectType: "goal",
            subjectId: goal.id,
          },
        ]);
      }
      return updated;
    });
  }

  async approve(viewer: Viewer, input: ApproveGoalInput, requestId: string): Promise<Goal> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await this.lockForChain(manager, viewer, input);
      const updated = await writeGoal(manager, goal, input.version, {
        status: GoalStatus.ACTIVE,
        approvedById: viewer.employee.id,
        approvedAt: new Date(),
        approvalComment: input.comment?.trim() || null,
      });
      await this.audit(manager, viewer, requestId, "goal.approved", goal.id, {
        comment: input.comment ?? null,
      });
      await NotificationService.notify(manager, [
        {
          recipientId: goal.ownerId,
          actorId: viewer.employee.id,
          kind: NotificationKind.GOAL_APPROVED,
          message: `${viewer.employee.name} approved “${goal.title}”. It is active now.`,
          subjectType: "goal",
          subjectId: goal.id,
        },
      ]);
      return updated;
    });
  }

  async sendBack(viewer: Viewer, input: SendBackGoalInput, requestId: string): Promise<Goal> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await this.lockForChain(manager, viewer, input);
      const comment = input.comment.trim();
      const updated = await writeGoal(manager, goal, input.version, {
        status: GoalStatus.DRAFT,
        approvalComment: comment,
      });
      await this.audit(manager, viewer, requestId, "goal.sent_back", goal.id, { comment });
      await NotificationService.notify(manager, [
        {
          recipientId: goal.ownerId,
          actorId: viewer.employee.id,
          kind: NotificationKind.GOAL_SENT_BACK,
          message: `${viewer.employee.name} sent “${goal.title}” back: ${comment}`,
          subjectType: "goal",
          subjectId: goal.id,
        },
      ]);
      return updated;
    });
  }

  async complete(viewer: Viewer, input: GoalTransitionInput, requestId: string): Promise<Goal> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await this.lockForOwner(manager, viewer, input, [GoalStatus.ACTIVE]);
      const updated = await writeGoal(manager, goal, input.version, {
        status: GoalStatus.COMPLETED,
        completedAt: new Date(),
      });
      await this.audit(manager, viewer, requestId, "goal.completed", goal.id);
      return updated;
    });
  }

  async abandon(viewer: Viewer, input: GoalTransitionInput, requestId: string): Promise<Goal> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await this.lockForOwner(manager, viewer, input, [
        GoalStatus.DRAFT,
        GoalStatus.PENDING_APPROVAL,
        GoalStatus.ACTIVE,
      ]);
      const updated = await writeGoal(manager, goal, input.version, { status: GoalStatus.ABANDONED });
      await this.audit(manager, viewer, requestId, "goal.abandoned", goal.id, {
        previousStatus: goal.status,
      });
      return updated;
    });
  }

  private async lockForOwner(
    manager: EntityManager,
    viewer: Viewer,
    input: GoalTransitionInput,
    from: GoalStatus[],
  ): Promise<Goal> {
    const goal = await lockGoal(manager, viewer, input.id);
    assertCanEdit(viewer, goal);
    assertVersion(goal, input.version);
    assertStatus(goal, from);
    return goal;
  }

  /** Approving and sending back: someone above the owner, on a submitted goal. */
  private async lockForChain(
    manager: EntityManager,
    viewer: Viewer,
    input: GoalTransitionInput,
  ): Promise<Goal> {
    const goal = await lockGoal(manager, viewer, input.id);
    if (!goalAccess.canApprove(viewer, goal, await managementChainIds(manager, goal.ownerId))) {
      throw forbidden("Only a manager above the goal's owner can approve it or send it back.");
    }
    assertVersion(goal, input.version);
    assertStatus(goal, [GoalStatus.PENDING_APPROVAL]);
    return goal;
  }

  private audit(
    manager: EntityManager,
    viewer: Viewer,
    requestId: string,
    action: string,
    goalId: string,
    data: Record<string, unknown> = {},
  ): Promise<void> {
    return AuditService.record(manager, {
      ...AuditService.actor(viewer, requestId),
      action,
      entityType: "Goal",
      entityId: goalId,
      data,
    });
  }
}

const STATUS_WORDS: Record<GoalStatus, string> = {
  DRAFT: "a draft",
  PENDING_APPROVAL: "waiting for approval",
  ACTIVE: "active",
  COMPLETED: "completed",
  ABANDONED: "abandoned",
};

function assertStatus(goal: Goal, allowed: GoalStatus[]): void {
  if (!allowed.includes(goal.status)) {
    throw badInput("input.id", `This goal is ${STATUS_WORDS[goal.status]}, so this step doesn't apply.`);
  }
}

/** TIME_BOUND → timeBound, as in the `smart` field. */
const camel = (criterion: string) =>
  criterion.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
