import "server-only";
import type { ApolloClient, OperationVariables, TypedDocumentNode } from "@apollo/client";
import { redirect } from "next/navigation";
import { readSessionToken } from "@/lib/session/cookie";
import { apiErrorCode } from "./errors";
import { getClient } from "./rsc-client";

/**
 * Reads data for a signed-in page in a server component. Without a session it redirects to the
 * sign-in page; with a session the API rejects (expired, revoked) it goes through
 * /session/expired, because only a Route Handler may delete the cookie.
 */
export async function readAsViewer<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  if (!(await readSessionToken())) redirect("/login");
  let data: TData | undefined;
  try {
    // The options' variables are conditionally required by type; callers are already typed by `query`.
    const options = { query, variables } as ApolloClient.QueryOptions<TData, TVariables>;
    ({ data } = await getClient().query<TData, TVariables>(options));
  } catch (error) {
    if (apiErrorCode(error) === "UNAUTHENTICATED") redirect("/session/expired");
    throw error;
  }
  if (data === undefined) throw new Error("The API returned no data");
  return data;
}
