import { apiErrorCode, apiErrorMessage, apiFieldErrors } from "@/lib/apollo/errors";
import { type FieldErrors, fieldErrorsOf } from "@/lib/forms/field-errors";

export interface FormErrors {
  /** Messages by the API's field paths (`input.closesAt`), shown next to their controls. */
  fields: FieldErrors;
  /** What no control owns, shown at the top of the form. */
  message?: string;
  /** Someone (or another tab) changed the record after this page read it. */
  stale: boolean;
}

export const NO_ERRORS: FormErrors = { fields: {}, stale: false };

/**
 * Turns a failed mutation into what a form shows. BAD_USER_INPUT and CONFLICT come with field
 * paths; a path the form has a control for goes next to it, anything else to the top.
 */
export function formErrorsOf(error: unknown, knownField: (field: string) => boolean): FormErrors {
  const code = apiErrorCode(error);
  const apiFields = apiFieldErrors(error);
  const stale = code === "CONFLICT" && apiFields.some((field) => field.field === "input.version");
  const { fields, form } = fieldErrorsOf(
    apiFields.filter((field) => field.field !== "input.version"),
    knownField,
  );
  if (!code || code === "INTERNAL_SERVER_ERROR") {
    return { fields, stale, message: "That didn't work just now. Please try again in a moment." };
  }
  const placed = Object.keys(fields).length > 0;
  return { fields, stale, message: form[0] ?? (placed ? undefined : apiErrorMessage(error)) };
}
