import { apiErrorCode, apiErrorMessage, apiFieldErrors } from "@/lib/apollo/errors";

export type SkillField = "name" | "category" | "description";

/** What a failed save shows: messages next to fields, a form-level message, or a stale edit. */
export interface SkillFormErrors {
  fields: Partial<Record<SkillField, string>>;
  message?: string;
  /** Someone saved the skill after this form read it (CONFLICT on `input.version`). */
  stale?: boolean;
}

const FIELDS: SkillField[] = ["name", "category", "description"];

/**
 * Turns the API's answer into what the form shows. BAD_USER_INPUT and a duplicate name (CONFLICT on
 * `input.name`) come with field paths like `input.name`, so their messages go next to the field.
 */
export function skillFormErrors(error: unknown): SkillFormErrors {
  const code = apiErrorCode(error);
  const fields: SkillFormErrors["fields"] = {};
  const unplaced: string[] = [];
  for (const { field, message } of apiFieldErrors(error)) {
    const name = FIELDS.find((candidate) => field === `input.${candidate}`);
    if (name) fields[name] ??= message;
    else if (field !== "input.version") unplaced.push(message);
  }
  if (code === "CONFLICT" && apiFieldErrors(error).some((f) => f.field === "input.version")) {
    return { fields, stale: true, message: apiErrorMessage(error) };
  }
  if (code === "BAD_USER_INPUT" || code === "CONFLICT" || code === "NOT_FOUND" || code === "FORBIDDEN") {
    const placed = Object.keys(fields).length > 0;
    return { fields, message: unplaced[0] ?? (placed ? undefined : apiErrorMessage(error)) };
  }
  // Network failures and our own bugs: nothing the person can fix in the form.
  return { fields, message: "Saving is not possible right now. Please try again in a moment." };
}
