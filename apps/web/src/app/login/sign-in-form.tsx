"use client";

import { useActionState } from "react";
import { signIn } from "./actions";
import styles from "./sign-in.module.css";
import type { SignInState } from "./sign-in-state";

export function SignInForm({ notice }: { notice?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {});
  const emailError = state.fieldErrors?.email;
  const passwordError = state.fieldErrors?.password;
  return (
    // noValidate: the server's messages are the ones shown, consistently with and without JS.
    <form action={action} className={styles.form} noValidate aria-describedby="sign-in-status">
      <div id="sign-in-status" role="alert" aria-live="assertive" className={styles.status}>
        {state.message ? (
          <p className={styles.error}>{state.message}</p>
        ) : notice ? (
          <p className={styles.notice}>{notice}</p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "email-error" : undefined}
        />
        {emailError ? (
          <p id="email-error" className="field-error">
            {emailError}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "password-error" : undefined}
        />
        {passwordError ? (
          <p id="password-error" className="field-error">
            {passwordError}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
