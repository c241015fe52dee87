"use client";

import { useApolloClient } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { graphql } from "@/gql";
import type { GoalStatus } from "@/gql/graphql";
import { apiErrorCode, apiErrorMessage, apiFieldErrors } from "@/lib/apollo/errors";
import styles from "./goal-page.module.css";

const SubmitGoalMutation = graphql(`
  mutation SubmitGoal($input: GoalTransitionInput!) {
    submitGoal(input: $input) {
      id
      status
      version
    }
  }
`);

const CompleteGoalMutation = graphql(`
  mutation CompleteGoal($input: GoalTransitionInput!) {
    completeGoal(input: $input) {
      id
      status
      version
    }
  }
`);

/** The owner's next step for the goal's status: submit a draft, complete an active goal. */
export function OwnerActions({
  goalId,
  version,
  status,
}: {
  goalId: string;
  version: number;
  status: GoalStatus;
}) {
  const client = useApolloClient();
  const router = useRouter();
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  if (status !== "DRAFT" && status !== "ACTIVE") return null;

  async function run() {
    setPending(true);
    setProblems([]);
    try {
      const input = { id: goalId, version };
      if (status === "DRAFT") await client.mutate({ mutation: SubmitGoalMutation, variables: { input } });
      else await client.mutate({ mutation: CompleteGoalMutation, variables: { input } });
      router.replace(`/goals/${goalId}${status === "DRAFT" ? "?notice=submitted" : ""}`);
      router.refresh();
    } catch (error) {
      if (apiErrorCode(error) === "CONFLICT") {
        setProblems([
          "Someone changed this goal meanwhile — here is the latest version. Check it, then try again.",
        ]);
        router.refresh();
      } else {
        // `smart.*` errors carry the same hints as the SMART check beside.
        const fields = apiFieldErrors(error).map((field) => field.message);
        setProblems(
          fields.length ? fields : [apiErrorMessage(error) ?? "That didn't work. Please try again."],
        );
      }
    } finally {
      setPending(false);
    }
  }

  return (
    <section className={styles.card} aria-labelledby="next-step-title">
      <h2 id="next-step-title" className={styles.cardTitle}>
        {status === "DRAFT" ? "Ready to agree it with your manager?" : "Done with this goal?"}
      </h2>
      <div role="alert">
        {problems.length ? (
          <div className="notice notice-error">
            <strong>{status === "DRAFT" ? "Not submitted yet:" : "Not completed:"}</strong>
            <ul className={styles.diff}>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div className={styles.buttons}>
        <button type="button" className="button button-primary" disabled={pending} onClick={() => void run()}>
          {status === "DRAFT"
            ? pending
              ? "Submitting…"
              : "Submit for approval"
            : pending
              ? "Completing…"
              : "Mark as completed"}
        </button>
      </div>
    </section>
  );
}
