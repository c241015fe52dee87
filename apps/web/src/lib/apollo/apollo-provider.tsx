"use client";

import { HttpLink } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { ApolloClient, ApolloNextAppProvider, InMemoryCache } from "@apollo/client-integration-nextjs";
import type { ReactNode } from "react";
import { apiErrorCode } from "./errors";

/**
 * The browser's Apollo Client. It talks only to our own /api/graphql, which adds the session token
 * from the httpOnly cookie, so no token ever exists in browser JavaScript.
 * Reads belong in server components; this client is for mutations (and client-only queries), so
 * the relative URL is never fetched during SSR.
 */
function makeClient() {
  const onError = new ErrorLink(({ error }) => {
    // The session ended elsewhere (expired, signed out in another tab): start over at sign-in.
    if (apiErrorCode(error) === "UNAUTHENTICATED" && typeof window !== "undefined") {
      window.location.assign("/login");
    }
  });
  const httpLink = new HttpLink({ uri: "/api/graphql" });
  return new ApolloClient({ cache: new InMemoryCache(), link: onError.concat(httpLink) });
}

export function ApolloProvider({ children }: { children: ReactNode }) {
  return <ApolloNextAppProvider makeClient={makeClient}>{children}</ApolloNextAppProvider>;
}
