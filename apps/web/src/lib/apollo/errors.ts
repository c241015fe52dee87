import { CombinedGraphQLErrors } from "@apollo/client/errors";

/** The API's closed vocabulary of error codes (see DESIGN.md §3). */
export type ApiErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "INTERNAL_SERVER_ERROR";

export interface FieldError {
  field: string;
  message: string;
}

/** The first GraphQL error of an Apollo error, or undefined for network and other failures. */
function firstGraphQLError(error: unknown) {
  return CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
}

export function apiErrorCode(error: unknown): ApiErrorCode | undefined {
  const code = firstGraphQLError(error)?.extensions?.code;
  return typeof code === "string" ? (code as ApiErrorCode) : undefined;
}

export function apiErrorMessage(error: unknown): string | undefined {
  return firstGraphQLError(error)?.message;
}

export function apiFieldErrors(error: unknown): FieldError[] {
  const fields = firstGraphQLError(error)?.extensions?.fields;
  return Array.isArray(fields) ? (fields as FieldError[]) : [];
}
