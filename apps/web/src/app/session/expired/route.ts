import { type NextRequest, NextResponse } from "next/server";
import { clearSessionCookie } from "@/lib/session/cookie";

/**
 * Server components may not change cookies, so a page that finds its session rejected by the API
 * redirects here: the cookie is dropped and the person signs in again. It only forgets a token
 * the API already refused, so being linked here by someone else does no harm.
 */
export async function GET(request: NextRequest): Promise<NextResponse> {
  await clearSessionCookie();
  return NextResponse.redirect(new URL("/login?expired=1", request.url), { status: 303 });
}
