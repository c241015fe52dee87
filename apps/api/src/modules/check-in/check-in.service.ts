import type { DataSource, EntityManager } from "typeorm";
import { checkInAccess, goalAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { badInput, conflict, forbidden, notFound } from "../../errors";
import { AuditService } from "../audit/audit.service";
import { type Goal, GoalStatus } from "../goal/goal.entity";
import { goalProgress } from "../goal/goal.progress";
import { KEY_RESULT_COLUMNS, toKeyResult } from "../goal/goal.rows";
import { lockGoal } from "../goal/goal.store";
import type { KeyResult } from "../goal/key-result.entity";
import type { CheckIn } from "./check-in.entity";
import { CheckInKind } from "./check-in.entity";
import type { AddCheckInCommentInput, RecordCheckInInput } from "./check-in.inputs";
import { CHECK_IN_COLUMNS, toCheckIn, toComment } from "./check-in.rows";
import type { CheckInComment } from "./check-in-comment.entity";

const STATUS_WORDS: Partial<Record<GoalStatus, string>> = {
  DRAFT: "still a draft",
  PENDING_APPROVAL: "waiting for approval",
  COMPLETED: "completed",
  ABANDONED: "abandoned",
};

/** Check-ins record progress on an active goal; comments let the people around the owner answer. */
export class CheckInService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One transaction: the goal row is locked first, so check-ins (and edits) of one goal run one
   * after the other and each reads the values the previous one wrote — none is lost. The check-in's
   * time is taken after the lock (clock_timestamp), so the latest created_at is also the last to
   * commit, and its values are the key results' current values (docs/decisions/011-check-ins.md).
   */
  async record(viewer: Viewer, input: RecordCheckInInput, requestId: string): Promise<CheckIn> {
    const lesson = input.lesson?.trim() || null;
    assertInput(input, lesson);
    return this.dataSource.transaction(async (manager) => {
      const goal = await lockGoal(manager, viewer, input.goalId);
      assertCanRecord(viewer, goal, input.goalVersion);
      const keyResults: KeyResult[] = (
        await manager.query(`SELECT ${KEY_RESULT_COLUMNS} FROM key_results k WHERE k.goal_id = $1`, [goal.id])
      ).map(toKeyResult);
      const byId = new Map(keyResults.map((kr) => [kr.id, kr]));
      input.values.forEach(({ keyResultId }, index) => {
        if (!byId.has(keyResultId)) {
          throw badInput(`input.values.${index}.keyResultId`, "Choose a key result of this goal.");
        }
      });
      const next = new Map(input.values.map((v) => [v.keyResultId, v.value]));
      const progress = goalProgress(
        keyResults.map((kr) => ({ ...kr, currentValue: next.get(kr.id) ?? kr.currentValue })),
      );

      const [row] = await manager.query(
        `INSERT INTO check_ins (goal_id, author_id, kind, confidence, note, lesson, progress, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, clock_timestamp(), clock_timestamp())
         RETURNING id, created_at::text AS at`,
        [goal.id, viewer.employee.id, input.kind, input.confidence, input.note.trim(), lesson, progress],
      );
      const { id, at } = row as { id: string; at: string };
      if (input.values.length) {
        const ids = input.values.map((v) => v.keyResultId);
        const values = input.values.map((v) => v.value);
        await manager.query(
          `INSERT INTO check_in_values (check_in_id, key_result_id, value, previous_value)
           SELECT $1, v.id, v.value, k.current_value
           FROM unnest($2::uuid[], $3::numeric[]) AS v(id, value) JOIN key_results k ON k.id = v.id`,
          [id, ids, values],
        );
        // A check-in changes the key results: their versions move, like any other edit of them.
        await manager.query(
          `UPDATE key_results k SET current_value = v.value, version = k.version + 1, updated_at = $3::timestamptz
           FROM unnest($1::uuid[], $2::numeric[]) AS v(id, value) WHERE k.id = v.id`,
          [ids, values, at],
        );
      }
      // The goal's version moves too: its key results changed (as with updateKeyResult).
      await manager.query(
        `UPDATE goals SET last_check_in_at = $2::timestamptz, last_confidence = $3,
           version = version + 1, updated_at = now() WHERE id = $1`,
        [goal.id, at, input.confidence],
      );
      await AuditService.record(manager, {
        ...AuditService.actor(viewer, requestId),
        action: "check_in.recorded",
        entityType: "Goal",
        entityId: goal.id,
        data: {
          checkInId: id,
          kind: input.kind,
          confidence: input.confidence,
          progress,
          values: input.values.map((v) => ({
            keyResultId: v.keyResultId,
            value: v.value,
            previousValue: byId.get(v.keyResultId)!.currentValue,
          })),
        },
      });
      const [checkIn] = await manager.query(`SELECT ${CHECK_IN_COLUMNS} FROM check_ins c WHERE c.id = $1`, [
        id,
      ]);
      return toCheckIn(checkIn);
    });
  }

  async addComment(
    viewer: Viewer,
    input: AddCheckInCommentInput,
    requestId: string,
  ): Promise<CheckInComment> {
    return this.dataSource.transaction(async (manager) => {
      await assertCanComment(manager, viewer, input.checkInId);
      const [row] = await manager.query(
        `INSERT INTO check_in_comments (check_in_id, author_id, body) VALUES ($1, $2, $3)
         RETURNING id, created_at AS "createdAt", updated_at AS "updatedAt", check_in_id AS "checkInId",
           author_id AS "authorId", body`,
        [input.checkInId, viewer.employee.id, input.body.trim()],
      );
      await AuditService.record(manager, {
        ...AuditService.actor(viewer, requestId),
        action: "check_in.commented",
        entityType: "CheckIn",
        entityId: input.checkInId,
        data: { commentId: row.id },
      });
      return toComment(row);
    });
  }
}

/** What can be refused before touching the database. */
function assertInput(input: RecordCheckInInput, lesson: string | null): void {
  if (input.kind === CheckInKind.SETBACK && !lesson) {
    throw badInput(
      "input.lesson",
      "Say what you learned from this setback: it stays in the goal's timeline.",
    );
  }
  const seen = new Set<string>();
  input.values.forEach(({ keyResultId, value }, index) => {
    if (seen.has(keyResultId)) {
      throw badInput(`input.values.${index}.keyResultId`, "Give each key result one value per check-in.");
    }
    seen.add(keyResultId);
    // GraphQL literals can spell a number too large for a double (1e999 → Infinity).
    if (!Number.isFinite(value)) throw badInput(`input.values.${index}.value`, "Enter a number.");
  });
}

function assertCanRecord(viewer: Viewer, goal: Goal, goalVersion: number | null | undefined): void {
  if (!checkInAccess.canRecord(viewer, goal)) {
    throw forbidden("Only the goal's owner records check-ins on it.");
  }
  if (goal.status !== GoalStatus.ACTIVE) {
    throw badInput(
      "input.goalId",
      `This goal is ${STATUS_WORDS[goal.status]}: check-ins are for active goals only.`,
    );
  }
  if (goalVersion != null && goalVersion !== goal.version) {
    throw conflict("Someone changed this goal meanwhile. Reload it and check in again.", "input.goalVersion");
  }
}

/** NOT_FOUND for a check-in on a goal the viewer can't see; FORBIDDEN when they see but may not comment. */
async function assertCanComment(manager: EntityManager, viewer: Viewer, checkInId: string): Promise<void> {
  const [row] = await manager.query(
    `SELECT ${goalAccess.visibleSql(viewer, "$2")} AS visible, ${checkInAccess.canCommentSql(viewer, "$2")} AS allowed
     FROM check_ins c JOIN goals g ON g.id = c.goal_id WHERE c.id = $1`,
    [checkInId, viewer.employee.id],
  );
  if (!row?.visible) throw notFound("This check-in");
  if (!row.allowed) {
    throw forbidden(
      "Only the goal's owner, their managers and an active mentor (on a shared goal) can comment.",
    );
  }
}
