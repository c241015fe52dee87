import type { DataSource, EntityManager } from "typeorm";
import type { Viewer } from "../../auth/viewer";
import { badInput } from "../../errors";
import { AuditService } from "../audit/audit.service";
import type {
  CreatePlanItemInput,
  DeletePlanItemInput,
  SetPlanItemStatusInput,
  UpdatePlanItemInput,
} from "./plan.inputs";
import { assertOwnGoal, assertSkillExists, lockPlanItem, readPlanItem, writePlanItem } from "./plan.store";
import { type PlanItem, PlanItemStatus } from "./plan-item.entity";

/**
 * The development plan: items the employee adds to their own plan and moves through
 * PLANNED → IN_PROGRESS → DONE (with a reflection) or DROPPED. Only the owner writes
 * (docs/decisions/012-plans-and-mentoring.md); every write is audited in its transaction.
 */
export class PlanService {
  constructor(private readonly dataSource: DataSource) {}

  async create(viewer: Viewer, input: CreatePlanItemInput, requestId: string): Promise<PlanItem> {
    return this.dataSource.transaction(async (manager) => {
      if (input.skillId) await assertSkillExists(manager, input.skillId);
      if (input.goalId) await assertOwnGoal(manager, viewer.employee.id, input.goalId);
      const [{ id }] = await manager.query(
        `INSERT INTO plan_items (employee_id, kind, title, link, skill_id, goal_id, due_date)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          viewer.employee.id,
          input.kind,
          input.title.trim(),
          input.link?.trim() || null,
          input.skillId ?? null,
          input.goalId ?? null,
          input.dueDate ?? null,
        ],
      );
      await this.audit(manager, viewer, requestId, "plan_item.created", id, {
        kind: input.kind,
        title: input.title.trim(),
        skillId: input.skillId ?? null,
        goalId: input.goalId ?? null,
        dueDate: input.dueDate ?? null,
      });
      return readPlanItem(manager, id);
    });
  }

  async update(viewer: Viewer, input: UpdatePlanItemInput, requestId: string): Promise<PlanItem> {
    return this.dataSource.transaction(async (manager) => {
      const item = await lockPlanItem(manager, viewer, input.id, input.version);
      const changes: Partial<PlanItem> = {};
      if (input.kind != null) changes.kind = input.kind;
      if (input.title != null) changes.title = input.title.trim();
      if (input.clearLink) changes.link = null;
      else if (input.link != null) changes.link = input.link.trim();
      if (input.clearDueDate) changes.dueDate = null;
      else if (input.dueDate != null) changes.dueDate = input.dueDate;
      if (input.clearSkill) changes.skillId = null;
      else if (input.skillId != null) {
        await assertSkillExists(manager, input.skillId);
        changes.skillId = input.skillId;
      }
      if (input.clearGoal) changes.goalId = null;
      else if (input.goalId != null) {
        await assertOwnGoal(manager, item.employeeId, input.goalId);
        changes.goalId = input.goalId;
      }
      const updated = await writePlanItem(manager, item.id, input.version, changes);
      await this.audit(manager, viewer, requestId, "plan_item.updated", item.id, { changes });
      return updated;
    });
  }

  /**
   * Any status can follow any other (people mark the wrong one, or pick a dropped item up again);
   * DONE needs a reflection and stamps `completedAt`, leaving DONE clears it.
   */
  async setStatus(viewer: Viewer, input: SetPlanItemStatusInput, requestId: string): Promise<PlanItem> {
    return this.dataSource.transaction(async (manager) => {
      const item = await lockPlanItem(manager, viewer, input.id, input.version);
      const reflection = input.reflection?.trim() || null;
      const done = input.status === PlanItemStatus.DONE;
      // Without a new reflection, one written before (done, reopened, done again) still counts.
      const keptReflection = input.reflection == null ? item.reflection : reflection;
      if (done && !keptReflection) {
        throw badInput("input.reflection", "Write a few words on what you took from it to mark it done.");
      }
      const changes: Partial<PlanItem> = { status: input.status };
      if (input.reflection != null) changes.reflection = reflection;
      if (done && item.status !== PlanItemStatus.DONE) changes.completedAt = new Date();
      if (!done) changes.completedAt = null;
      const updated = await writePlanItem(manager, item.id, input.version, changes);
      await this.audit(manager, viewer, requestId, "plan_item.status_changed", item.id, {
        from: item.status,
        to: input.status,
        ...(input.reflection != null ? { reflection } : {}),
      });
      return updated;
    });
  }

  async delete(viewer: Viewer, input: DeletePlanItemInput, requestId: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const item = await lockPlanItem(manager, viewer, input.id, input.version);
      await manager.query("DELETE FROM plan_items WHERE id = $1", [item.id]);
      await this.audit(manager, viewer, requestId, "plan_item.deleted", item.id, {
        title: item.title,
        status: item.status,
      });
      return item.id;
    });
  }

  private audit(
    manager: EntityManager,
    viewer: Viewer,
    requestId: string,
    action: string,
    id: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    return AuditService.record(manager, {
      ...AuditService.actor(viewer, requestId),
      action,
      entityType: "PlanItem",
      entityId: id,
      data,
    });
  }
}
