import "server-only";

/**
 * The only reader of process.env in the web app, parsed once. Server-only: the API's address must
 * never be bundled into browser JavaScript (the browser talks to /api/graphql on our own origin).
 */
export interface WebEnv {
  /** The API's GraphQL endpoint, reached from the Next.js server only. */
  apiUrl: string;
  /** Whether the session cookie is marked Secure (HTTPS only). */
  secureCookies: boolean;
}

function parseUrl(name: string, raw: string | undefined, fallback: string): string {
  const value = raw?.trim() ? raw.trim() : fallback;
  try {
    return new URL(value).toString();
  } catch {
    throw new Error(`${name} must be an absolute URL, got "${value}"`);
  }
}

function parseBool(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw.trim() === "") return fallback;
  if (["1", "true", "yes"].includes(raw.toLowerCase())) return true;
  if (["0", "false", "no"].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

let cached: WebEnv | undefined;

export function env(): WebEnv {
  cached ??= {
    apiUrl: parseUrl("API_URL", process.env.API_URL, "http://127.0.0.1:4000/graphql"),
    // Secure in production; COOKIE_SECURE=false is the escape hatch for a production build served
    // over plain HTTP on a non-localhost host (browsers drop Secure cookies there).
    secureCookies: parseBool(
      "COOKIE_SECURE",
      process.env.COOKIE_SECURE,
      process.env.NODE_ENV === "production",
    ),
  };
  return cached;
}
