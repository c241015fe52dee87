import type { DataSource, EntityManager } from "typeorm";
import type { Viewer } from "../../auth/viewer";
import { badInput, conflict, notFound } from "../../errors";
import { AuditService } from "../audit/audit.service";
import type { Goal } from "./goal.entity";
import type { AddKeyResultInput, RemoveKeyResultInput, UpdateKeyResultInput } from "./goal.inputs";
import { MAX_KEY_RESULTS } from "./goal.inputs";
import { assertCanEdit, insertKeyResults, lockGoal, writeGoal } from "./goal.store";

/**
 * Key results are part of their goal: every change locks the goal, needs the owner, and bumps the
 * goal's version, so an approver always sees which version of the key results they approve.
 */
export class KeyResultService {
  constructor(private readonly dataSource: DataSource) {}

  async add(viewer: Viewer, input: AddKeyResultInput, requestId: string): Promise<Goal> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await lockGoal(manager, viewer, input.goalId);
      assertCanEdit(viewer, goal);
      if (goal.version !== input.goalVersion) throw staleGoal("input.goalVersion");
      const [{ n, next }] = await manager.query(
        "SELECT count(*)::int AS n, coalesce(max(position) + 1, 0)::int AS next FROM key_results WHERE goal_id = $1",
        [goal.id],
      );
      if (n >= MAX_KEY_RESULTS) {
        throw badInput(
          "input.goalId",
          `A goal has at most ${MAX_KEY_RESULTS} key results; focus on the ones that matter.`,
        );
      }
      await insertKeyResults(manager, goal.id, [input], next);
      await this.audit(manager, viewer, requestId, "key_result.added", goal.id, { title: input.title });
      return writeGoal(manager, goal, input.goalVersion, {});
    });
  }

  async update(viewer: Viewer, input: UpdateKeyResultInput, requestId: string): Promise<Goal> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await this.lockGoalOf(manager, viewer, input.id);
      assertCanEdit(viewer, goal);
      const changes: Record<string, unknown> = {};
      if (input.title != null) changes.title = input.title.trim();
      if (input.unit != null) changes.unit = input.unit.trim();
      if (input.startValue != null) changes.start_value = input.startValue;
      if (input.targetValue != null) changes.target_value = input.targetValue;
      if (input.currentValue != null) changes.current_value = input.currentValue;
      if (input.weight !== undefined) changes.weight = input.weight;
      const columns = Object.keys(changes);
      const assignments = columns.map((column, index) => `${column} = $${index + 3}`);
      const updated = await manager.query(
        `UPDATE key_results SET ${[...assignments, "version = version + 1", "updated_at = now()"].join(", ")}
         WHERE id = $1 AND version = $2 RETURNING id`,
        [input.id, input.version, ...Object.values(changes)],
      );
      // UPDATE … RETURNING answers [rows, affected] through TypeORM.
      const rows = Array.isArray(updated[0]) ? updated[0] : updated;
      if (rows.length === 0) throw staleKeyResult();
      await this.audit(manager, viewer, requestId, "key_result.updated", goal.id, {
        keyResultId: input.id,
        changes,
      });
      return writeGoal(manager, goal, goal.version, {});
    });
  }

  async remove(viewer: Viewer, input: RemoveKeyResultInput, requestId: string): Promise<Goal> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await this.lockGoalOf(manager, viewer, input.id);
      assertCanEdit(viewer, goal);
      if (goal.version !== input.goalVersion) throw staleGoal("input.goalVersion");
      await manager.query("DELETE FROM key_results WHERE id = $1", [input.id]);
      await this.audit(manager, viewer, requestId, "key_result.removed", goal.id, { keyResultId: input.id });
      return writeGoal(manager, goal, input.goalVersion, {});
    });
  }

  /** The goal of a key result, locked; a key result of a goal the viewer can't see doesn't exist. */
  private async lockGoalOf(manager: EntityManager, viewer: Viewer, keyResultId: string): Promise<Goal> {
    const [row] = await manager.query('SELECT goal_id AS "goalId" FROM key_results WHERE id = $1', [
      keyResultId,
    ]);
    if (!row) throw notFound("This key result");
    return lockGoal(manager, viewer, row.goalId);
  }

  private audit(
    manager: EntityManager,
    viewer: Viewer,
    requestId: string,
    action: string,
    goalId: string,
    data: Record<string, unknown>,
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

const staleGoal = (field: string) =>
  conflict("Someone changed this goal meanwhile. Reload it and apply your change again.", field);
const staleKeyResult = () =>
  conflict(
    "Someone changed this key result meanwhile. Reload it and apply your change again.",
    "input.version",
  );
