import type { FieldError } from "@/lib/apollo/errors";

/**
 * Field errors by the API's paths (`input.title`, `input.keyResults.0.targetValue`,
 * `smart.measurable`), so each one is shown next to the control it concerns. `form` holds what no
 * control on the form owns: it is shown at the top instead of being lost.
 */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(
  errors: FieldError[],
  knownFields: (field: string) => boolean,
): {
  fields: FieldErrors;
  form: string[];
} {
  const fields: FieldErrors = {};
  const form: string[] = [];
  for (const { field, message } of errors) {
    if (knownFields(field)) fields[field] ??= message;
    else form.push(message);
  }
  return { fields, form };
}

/** The first error among `paths` (a control may answer for several, e.g. title and smart.specific). */
export function errorAt(errors: FieldErrors, ...paths: string[]): string | undefined {
  for (const path of paths) if (errors[path]) return errors[path];
  return undefined;
}

/** Props that tie a control to its error message (aria-invalid, aria-describedby). */
export function describedBy(id: string, error: string | undefined, hintId?: string) {
  const ids = [hintId, error ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": ids || undefined,
  } as const;
}
