import type { ValidationError } from "class-validator";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";

/**
 * The closed set of error codes the API answers with (DESIGN.md §3). Clients switch on
 * `extensions.code`; nothing else is promised. GraphQL's own parse/validation failures keep
 * Apollo's codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED): they concern the query text.
 */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "INTERNAL_SERVER_ERROR";

export interface FieldError {
  /** Dotted path into the mutation's input, e.g. `input.email` or `input.keyResults.0.target`. */
  field: string;
  message: string;
}

/** An expected failure: its message is written for the person using the app and is safe to show. */
export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, "INTERNAL_SERVER_ERROR">,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const unauthenticated = (message = "Sign in to continue.") => new AppError("UNAUTHENTICATED", message);
export const forbidden = (message = "You are not allowed to do this.") => new AppError("FORBIDDEN", message);
export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);
export const conflict = (message: string, field?: string) =>
  new AppError("CONFLICT", message, field ? [{ field, message }] : []);
export const badInput = (field: string, message: string) =>
  new AppError("BAD_USER_INPUT", message, [{ field, message }]);

function flattenValidationErrors(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * class-validator doesn't know which argument it checked. By convention (STYLE.md §7) a mutation
 * takes one `input: XxxInput` and lists take `filter: XxxFilter`; `@Args()` classes are top-level.
 */
function argumentNameOf(target: object | undefined): string {
  const className = target?.constructor.name ?? "";
  if (className.endsWith("Input")) return "input";
  if (className.endsWith("Filter")) return "filter";
  return "";
}

/** PostgreSQL error codes that are the caller's fault, not ours. */
const PG_UNIQUE_VIOLATION = "23505";
const PG_INVALID_TEXT = "22P02";

function translate(original: unknown): AppError | undefined {
  if (original instanceof AppError) return original;
  if (original instanceof ArgumentValidationError) {
    const errors = original.extensions.validationErrors as ValidationError[];
    const fields = flattenValidationErrors(errors, argumentNameOf(errors[0]?.target));
    return new AppError("BAD_USER_INPUT", fields[0]?.message ?? "The input is not valid.", fields);
  }
  const pgCode = (original as { code?: unknown } | null)?.code;
  if (pgCode === PG_UNIQUE_VIOLATION) return conflict("A record with the same unique value already exists.");
  if (pgCode === PG_INVALID_TEXT) return new AppError("BAD_USER_INPUT", "A value has the wrong format.");
  return undefined;
}

/** Codes Apollo and GraphQL give to mistakes in the operation itself (syntax, unknown field, variables). */
const OPERATION_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  // Variables that don't fit their declared types (unknown input field, wrong scalar).
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

function originalOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * The one translation point from thrown errors to what clients see (Apollo's `formatError`).
 * Known errors keep their code and message; anything else is masked, so no stack trace or SQL
 * ever reaches a client (app.ts logs those with the request id, see `isUnexpectedError`).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const known = translate(originalOf(error));
  if (known) {
    return {
      message: known.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: known.code, ...(known.fields.length ? { fields: known.fields } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && OPERATION_ERROR_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  return {
    message: "Something went wrong on our side. It has been logged.",
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

/** True for errors that are our bug, not the caller's: these get logged in full. */
export function isUnexpectedError(error: GraphQLError): boolean {
  const code = error.extensions?.code;
  if (typeof code === "string" && OPERATION_ERROR_CODES.has(code)) return false;
  return translate(originalOf(error)) === undefined;
}
