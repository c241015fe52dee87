import type { AccessOrganization, AccessRole } from "./organization";

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
  /** The id of the row the case is about, for outcomes that look for it in a list. */
  target?: string;
}

export type GqlResult = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

export type Outcome = "allowed" | "refused" | `unexpected: ${string}`;

/**
 * One operation checked for every role: `allowed` may do it, everyone else must be refused.
 * `request` builds a fresh target each time (a write by one role must not change what the next
 * role finds), so allowed writes really run.
 */
export interface AccessCase {
  name: string;
  allowed: AccessRole[];
  request(org: AccessOrganization): Promise<GraphqlRequest>;
  /** How to read the answer; the default suits single reads and writes (see `defaultOutcome`). */
  outcome?(result: GqlResult, request: GraphqlRequest): Outcome;
}

/**
 * Allowed: no error and a non-null answer. Refused: FORBIDDEN or NOT_FOUND, or a null answer
 * (a nullable field the viewer may not see). Anything else (a crash, a validation error) is
 * reported as unexpected so the case fails loudly.
 */
export function defaultOutcome(result: GqlResult): Outcome {
  const error = result.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? "NO_CODE";
    return code === "FORBIDDEN" || code === "NOT_FOUND" ? "refused" : `unexpected: ${code} ${error.message}`;
  }
  return hasValue(result.data) ? "allowed" : "refused";
}

/** True when the first leaf along the path of single-field objects is non-null. */
function hasValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value !== "object" || Array.isArray(value)) return true;
  const entries = Object.values(value as Record<string, unknown>);
  return entries.length !== 1 || hasValue(entries[0]);
}
