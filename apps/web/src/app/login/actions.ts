"use server";

import { redirect } from "next/navigation";
import { graphql } from "@/gql";
import { apiErrorCode, apiErrorMessage, apiFieldErrors } from "@/lib/apollo/errors";
import { getClient } from "@/lib/apollo/rsc-client";
import { writeSessionCookie } from "@/lib/session/cookie";
import type { SignInState } from "./sign-in-state";

const SignInMutation = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
    }
  }
`);

/** Exchanges email and password for a session token and keeps the token in the httpOnly cookie. */
export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  const fieldErrors: SignInState["fieldErrors"] = {};
  if (!email) fieldErrors.email = "Enter your email address.";
  if (!password) fieldErrors.password = "Enter your password.";
  if (fieldErrors.email || fieldErrors.password) return { email, fieldErrors };

  let login: { token: string; expiresAt: string };
  try {
    const { data } = await getClient().mutate({
      mutation: SignInMutation,
      variables: { input: { email, password } },
      context: { anonymous: true },
    });
    if (!data) throw new Error("The API returned no data");
    login = data.login;
  } catch (error) {
    return failure(error, email);
  }
  await writeSessionCookie(login.token, new Date(login.expiresAt));
  redirect("/");
}

function failure(error: unknown, email: string): SignInState {
  switch (apiErrorCode(error)) {
    case "UNAUTHENTICATED":
      return { email, message: apiErrorMessage(error) ?? "Email or password is incorrect." };
    case "BAD_USER_INPUT": {
      const fieldErrors: SignInState["fieldErrors"] = {};
      for (const { field, message } of apiFieldErrors(error)) {
        if (field.endsWith("email")) fieldErrors.email = message;
        else if (field.endsWith("password")) fieldErrors.password = message;
      }
      return { email, fieldErrors, message: apiErrorMessage(error) };
    }
    default:
      // Anything else (API down, internal error) is not the person's fault and needs no detail.
      console.error("sign-in failed", error);
      return { email, message: "Signing in is not possible right now. Please try again in a moment." };
  }
}
