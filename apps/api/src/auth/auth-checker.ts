import type { AuthChecker } from "type-graphql";
import type { Context } from "../context";
import { forbidden, unauthenticated } from "../errors";
import { HR_ADMIN, PUBLIC } from "./rules";
import { isHrAdmin } from "./viewer";

/**
 * The one authChecker (type-graphql). It answers only "may this viewer call this operation at
 * all"; which records they may see or change is decided in access/.
 */
export const authChecker: AuthChecker<Context> = ({ context }, rules) => {
  if (rules.includes(PUBLIC)) return true;
  const { viewer } = context;
  if (!viewer) {
    throw unauthenticated(
      context.tokenRejected ? "Your session has expired or was revoked. Sign in again." : undefined,
    );
  }
  if (viewer.kind === "apiToken") {
    const allowed = rules.some(
      (rule) => rule.startsWith("scope:") && viewer.scopes.includes(rule.slice(6) as never),
    );
    if (!allowed) throw forbidden("This API token's scopes do not allow this operation.");
    return true;
  }
  if (rules.includes(HR_ADMIN) && !isHrAdmin(viewer)) throw forbidden("Only HR admins can do this.");
  return true;
};
