"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { type ApiErrorCode, apiErrorCode, apiErrorMessage, apiFieldErrors } from "@/lib/apollo/errors";

export interface ApiActionState {
  /** True while the mutation runs and while the page re-reads its data afterwards. */
  pending: boolean;
  code?: ApiErrorCode;
  /** The API's sentence for the whole action (shown when no field claims it). */
  message?: string;
  /** The API's message for one input field (`input.title`…), to show next to that field. */
  fieldError: (field: string) => string | undefined;
  /** Runs a mutation; on success re-reads the server components' data. Resolves to success. */
  run: (mutation: () => Promise<unknown>, options?: { refresh?: boolean }) => Promise<boolean>;
  reset: () => void;
}

const NETWORK_MESSAGE = "Upward could not be reached. Check your connection and try again.";

/**
 * Client components write through Apollo and read through server components: after a successful
 * mutation the page's server data is fetched again (`router.refresh()`), so every figure on the
 * page (counts, charts, lists) agrees with the API without a client cache to keep in sync.
 * A CONFLICT (stale version) refreshes too, so the form shows the fresh data next to the message.
 */
export function useApiAction(): ApiActionState {
  const router = useRouter();
  const [running, setRunning] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [error, setError] = useState<unknown>();

  const run = useCallback(
    async (mutation: () => Promise<unknown>, options: { refresh?: boolean } = {}) => {
      setRunning(true);
      setError(undefined);
      try {
        await mutation();
        if (options.refresh !== false) startRefresh(() => router.refresh());
        return true;
      } catch (caught) {
        setError(caught);
        if (apiErrorCode(caught) === "CONFLICT") startRefresh(() => router.refresh());
        return false;
      } finally {
        setRunning(false);
      }
    },
    [router],
  );

  const fields = apiFieldErrors(error);
  const code = error === undefined ? undefined : apiErrorCode(error);
  const message = error === undefined ? undefined : (apiErrorMessage(error) ?? NETWORK_MESSAGE);
  return {
    pending: running || refreshing,
    code,
    message,
    fieldError: (field) => fields.find((f) => f.field === field)?.message,
    run,
    reset: useCallback(() => setError(undefined), []),
  };
}

/**
 * The message to show at the form level: the API's message unless one of the form's own fields
 * already shows it (BAD_USER_INPUT on a field the form renders).
 */
export function formLevelMessage(action: ApiActionState, shownFields: string[]): string | undefined {
  if (!action.message) return undefined;
  return shownFields.some((field) => action.fieldError(field)) ? undefined : action.message;
}
