import { env } from "@/env";
import { clearSessionCookie, readSessionToken } from "@/lib/session/cookie";

/**
 * The browser's only way to the API: forwards the GraphQL request with the session token from the
 * httpOnly cookie as a Bearer token. One origin, no token in browser JavaScript, no CORS.
 */
export async function POST(request: Request): Promise<Response> {
  // Same rule as the API's CSRF prevention: a JSON body cannot be sent by a plain HTML form or
  // a "simple" cross-site request, so only our own scripts can reach this with the cookie.
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return graphqlError(415, "Requests must use Content-Type: application/json.", "BAD_REQUEST");
  }
  const token = await readSessionToken();
  let upstream: Response;
  try {
    upstream = await fetch(env().apiUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: request.headers.get("accept") ?? "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: await request.text(),
      cache: "no-store",
    });
  } catch {
    return graphqlError(502, "The Upward API is unreachable.", "INTERNAL_SERVER_ERROR");
  }
  const body = await upstream.text();
  // A token the API no longer accepts is useless: drop it so pages send the person to sign in.
  if (token && mentionsUnauthenticated(body)) await clearSessionCookie();
  return new Response(body, {
    status: upstream.status,
    headers: { "content-type": upstream.headers.get("content-type") ?? "application/json" },
  });
}

function mentionsUnauthenticated(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    return parsed.errors?.some((error) => error.extensions?.code === "UNAUTHENTICATED") ?? false;
  } catch {
    return false;
  }
}

function graphqlError(status: number, message: string, code: string): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status });
}
