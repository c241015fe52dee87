import type { CreateGoalInput, GoalVisibility, SmartDraftInput } from "@/gql/graphql";
import type { FieldErrors } from "@/lib/forms/field-errors";
import type { KeyResultDraft } from "../_components/key-results-editor";

/** The new-goal form's state: text as typed, converted only when sent. */
export interface GoalDraft {
  title: string;
  description: string;
  keyResults: KeyResultDraft[];
  skillIds: string[];
  parentGoalId: string;
  startDate: string;
  dueDate: string;
  visibility: GoalVisibility;
}

/** "1 200,5" or "1,200.5" are both common; accept digits with one decimal point or comma. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/[\s\u00a0_]/g, "");
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

const isBlank = (row: KeyResultDraft) =>
  !row.title.trim() &&
  !row.unit.trim() &&
  !row.targetValue.trim() &&
  ["", "0"].includes(row.startValue.trim());

/** What the live SMART check is asked about; rows not filled in at all don't count. */
export function toSmartDraft(draft: GoalDraft): SmartDraftInput {
  return {
    title: draft.title,
    description: draft.description,
    startDate: draft.startDate || null,
    dueDate: draft.dueDate || null,
    parentGoalId: draft.parentGoalId || null,
    skillIds: draft.skillIds,
    keyResults: draft.keyResults
      .filter((row) => !isBlank(row))
      .map((row) => ({ startValue: parseNumber(row.startValue), targetValue: parseNumber(row.targetValue) })),
  };
}

/**
 * The createGoal input, or the errors that keep it from being sent, by the API's own paths so
 * they land next to the same controls as the API's errors would. Only what the API can't phrase
 * for a person is checked here (an empty title, a number that isn't one); every other rule is the
 * API's. These paths use the form's row numbers; the API's count only the rows sent (blank rows
 * are dropped), so its errors go through `toFormPaths`.
 */
export function toCreateInput(draft: GoalDraft): { input?: CreateGoalInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!draft.title.trim()) errors["input.title"] = "Give your goal a title.";
  const keyResults = draft.keyResults.flatMap((row, index) => {
    if (isBlank(row)) return [];
    const path = `input.keyResults.${index}`;
    const startValue = parseNumber(row.startValue);
    const targetValue = parseNumber(row.targetValue);
    if (!row.title.trim()) errors[`${path}.title`] = "Say what this key result measures.";
    if (startValue === null) errors[`${path}.startValue`] = "Enter a number.";
    if (targetValue === null) errors[`${path}.targetValue`] = "Enter a number.";
    if (startValue === null || targetValue === null) return [];
    return [{ title: row.title.trim(), unit: row.unit.trim(), startValue, targetValue }];
  });
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    input: {
      title: draft.title.trim(),
      description: draft.description.trim(),
      visibility: draft.visibility,
      startDate: draft.startDate || null,
      dueDate: draft.dueDate || null,
      parentGoalId: draft.parentGoalId || null,
      skillIds: draft.skillIds,
      keyResults,
    },
  };
}

/** Which form rows the sent key results came from (blank rows are not sent). */
export function sentRowIndexes(draft: GoalDraft): number[] {
  return draft.keyResults.flatMap((row, index) => (isBlank(row) ? [] : [index]));
}

/** Rewrites `input.keyResults.<sent index>` paths from the API to the form's row indexes. */
export function toFormPaths(errors: FieldErrors, rowIndexes: number[]): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^input\.keyResults\.(\d+)(\..*)?$/.exec(path);
    const row = match ? rowIndexes[Number(match[1])] : undefined;
    mapped[match && row !== undefined ? `input.keyResults.${row}${match[2] ?? ""}` : path] = message;
  }
  return mapped;
}
