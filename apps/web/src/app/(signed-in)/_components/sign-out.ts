"use server";

import { redirect } from "next/navigation";
import { graphql } from "@/gql";
import { getClient } from "@/lib/apollo/rsc-client";
import { clearSessionCookie } from "@/lib/session/cookie";

const SignOutMutation = graphql(`
  mutation SignOut {
    logout
  }
`);

/**
 * A Server Action rather than a client mutation: revoking the session on the API and deleting
 * the httpOnly cookie happen in one request, and the button works before JavaScript loads.
 */
export async function signOut(): Promise<void> {
  try {
    await getClient().mutate({ mutation: SignOutMutation });
  } catch (error) {
    // The cookie goes regardless: a session the API cannot revoke now expires on its own.
    console.error("logout failed", error);
  }
  await clearSessionCookie();
  redirect("/login");
}
