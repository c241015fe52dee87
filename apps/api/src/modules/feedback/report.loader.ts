import type { DataSource } from "typeorm";
import { feedbackAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { forbidden } from "../../errors";
import { AuditService } from "../audit/audit.service";
import type { Skill } from "../skill/skill.entity";
import type { LoadedRound } from "./feedback.rows";
import type { FeedbackReport } from "./feedback.types";
import { buildReport, type ReportRows } from "./report";

/**
 * Reads a round's report: checks access, loads the rows in ONE statement whatever the number of
 * reviewers, and hands them to the pure `buildReport`. The statement selects relationships,
 * statuses, levels and texts — never a reviewer or a request id — so nothing downstream could
 * attribute an answer even by mistake. Every read is audited.
 */
export class FeedbackReportService {
  constructor(private readonly dataSource: DataSource) {}

  async read(
    viewer: Viewer,
    round: LoadedRound,
    skills: Skill[],
    requestId: string,
  ): Promise<FeedbackReport> {
    if (!feedbackAccess.isReportReader(viewer, round)) {
      throw forbidden("Only the person the round is about, their managers and HR read its report.");
    }
    if (!feedbackAccess.reportIsAvailable(round)) {
      throw forbidden("The report is available once the round is closed.");
    }
    const rows = await loadReportRows(this.dataSource, round.id);
    await AuditService.record(this.dataSource.manager, {
      ...AuditService.actor(viewer, requestId),
      action: "feedback_round.report_read",
      entityType: "FeedbackRound",
      entityId: round.id,
    });
    return buildReport({
      threshold: round.anonymityThreshold,
      skills,
      questions: round.questions,
      ...rows,
    });
  }
}

export async function loadReportRows(
  dataSource: DataSource,
  roundId: string,
): Promise<Pick<ReportRows, "requests" | "ratings" | "answers">> {
  const [row] = await dataSource.query(
    `SELECT
       COALESCE((SELECT json_agg(json_build_object('relationship', fr.relationship, 'status', fr.status))
         FROM feedback_requests fr WHERE fr.round_id = $1 AND fr.approved), '[]') AS requests,
       COALESCE((SELECT json_agg(json_build_object('relationship', fr.relationship, 'skillId', fx.skill_id,
           'level', fx.level))
         FROM feedback_ratings fx JOIN feedback_requests fr ON fr.id = fx.request_id
         WHERE fr.round_id = $1 AND fr.status = 'SUBMITTED'), '[]') AS ratings,
       COALESCE((SELECT json_agg(json_build_object('relationship', fr.relationship,
           'questionIndex', fa.question_index, 'text', fa.text))
         FROM feedback_answers fa JOIN feedback_requests fr ON fr.id = fa.request_id
         WHERE fr.round_id = $1 AND fr.status = 'SUBMITTED'), '[]') AS answers`,
    [roundId],
  );
  return row;
}
