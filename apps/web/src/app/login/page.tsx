import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { readSessionToken } from "@/lib/session/cookie";
import styles from "./sign-in.module.css";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in · Upward" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ expired?: string }> }) {
  // A cookie the API rejects is removed on the way (see /session/expired), so this cannot loop.
  if (await readSessionToken()) redirect("/");
  const { expired } = await searchParams;
  return (
    <main className={styles.page}>
      <section className={styles.card} aria-labelledby="sign-in-title">
        <p className={styles.brand}>
          <span className={styles.logo} aria-hidden="true">
            ↑
          </span>
          Upward
        </p>
        <h1 id="sign-in-title">Sign in</h1>
        <p className={styles.lead}>Your goals, your plan and the feedback that helps you grow.</p>
        <SignInForm notice={expired ? "Your session has ended. Please sign in again." : undefined} />
      </section>
    </main>
  );
}
