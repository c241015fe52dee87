import "server-only";
import { HttpLink } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { ApolloClient, InMemoryCache, registerApolloClient } from "@apollo/client-integration-nextjs";
import { env } from "@/env";
import { readSessionToken } from "@/lib/session/cookie";

/**
 * The server's Apollo Client: one instance per request (registerApolloClient scopes it with
 * React's cache), so one person's data can never leak into another's render.
 * In Server Actions call `getClient()` once per action, never the `query` shortcut.
 */
export const { getClient } = registerApolloClient(() => {
  // Cookies are read per operation (they are async in Next.js 16), not when the client is built.
  const authLink = new SetContextLink(async (previous) => {
    // `anonymous` keeps a stale cookie from being sent with `login`.
    const token = previous.anonymous ? undefined : await readSessionToken();
    return token ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } } : {};
  });
  // HttpLink posts JSON (Content-Type: application/json), which satisfies the API's CSRF prevention.
  const httpLink = new HttpLink({ uri: env().apiUrl, fetchOptions: { cache: "no-store" } });
  return new ApolloClient({ cache: new InMemoryCache(), link: authLink.concat(httpLink) });
});
