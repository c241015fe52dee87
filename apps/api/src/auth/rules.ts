import type { ApiScope } from "./scopes";

/**
 * The rules `@Authorized(...)` takes. Every resolver class is `@Authorized()` (any signed-in
 * person); a method narrows it with these. API tokens may only call operations that name one of
 * their scopes, so a new operation is closed to integrations until someone decides otherwise.
 */
export const PUBLIC = "PUBLIC";
export const HR_ADMIN = "HR_ADMIN";
export const scope = (apiScope: ApiScope) => `scope:${apiScope}`;
