import "server-only";
import { cookies } from "next/headers";
import { env } from "@/env";

/** The opaque session token issued by the API's `login`; httpOnly, so browser JS never sees it. */
export const SESSION_COOKIE = "upward_session";

export async function readSessionToken(): Promise<string | undefined> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  return value ? value : undefined;
}

/** Only callable from Server Actions and Route Handlers (Next.js forbids cookie writes in render). */
export async function writeSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    // Lax: sent on top-level navigations (links from e-mail notifications work), never on
    // cross-site POSTs, which is what keeps /api/graphql out of reach of other sites.
    sameSite: "lax",
    secure: env().secureCookies,
    path: "/",
    expires: expiresAt,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete({ name: SESSION_COOKIE, path: "/" });
}
