"use client";

import { useApolloClient } from "@apollo/client/react";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { FieldMessage } from "@/components/form/field-message";
import { formatNumber } from "@/components/goal/goal-format";
import { graphql } from "@/gql";
import { apiErrorCode, apiErrorMessage, apiFieldErrors } from "@/lib/apollo/errors";
import { describedBy, type FieldErrors } from "@/lib/forms/field-errors";
import form from "../_components/goal-form.module.css";
import { MAX_KEY_RESULTS } from "../_components/key-results-editor";
import styles from "./goal-page.module.css";

export const GoalKeyResultsEditorFields = graphql(`
  fragment GoalKeyResultsEditor on Goal {
    id
    version
    keyResults {
      id
      version
      title
      unit
      startValue
      targetValue
    }
  }
`);

const LatestKeyResultsQuery = graphql(`
  query LatestKeyResults($id: ID!) {
    goal(id: $id) {
      ...GoalKeyResultsEditor
    }
  }
`);

const AddKeyResultMutation = graphql(`
  mutation AddKeyResult($input: AddKeyResultInput!) {
    addKeyResult(input: $input) {
      ...GoalKeyResultsEditor
    }
  }
`);

const UpdateKeyResultMutation = graphql(`
  mutation UpdateKeyResult($input: UpdateKeyResultInput!) {
    updateKeyResult(input: $input) {
      ...GoalKeyResultsEditor
    }
  }
`);

const RemoveKeyResultMutation = graphql(`
  mutation RemoveKeyResult($input: RemoveKeyResultInput!) {
    removeKeyResult(input: $input) {
      ...GoalKeyResultsEditor
    }
  }
`);

type EditedGoal = ResultOf<typeof GoalKeyResultsEditorFields>;
type KeyResult = EditedGoal["keyResults"][number];

/** A row as typed: numbers stay text until saved. */
interface Draft {
  title: string;
  unit: string;
  startValue: string;
  targetValue: string;
}

const NEW = "new";
const FIELDS = ["title", "unit", "startValue", "targetValue"] as const;
const LABELS: Record<(typeof FIELDS)[number], string> = {
  title: "What you will measure",
  unit: "Unit",
  startValue: "Start",
  targetValue: "Target",
};
const emptyDraft: Draft = { title: "", unit: "", startValue: "0", targetValue: "" };
const draftOf = (kr: KeyResult): Draft => ({
  title: kr.title,
  unit: kr.unit,
  startValue: String(kr.startValue),
  targetValue: String(kr.targetValue),
});

/** The typed row as numbers, or field errors for what isn't one. */
function parse(row: string, draft: Draft) {
  const errors: FieldErrors = {};
  const number = (field: "startValue" | "targetValue") => {
    const text = draft[field].trim().replace(",", ".");
    const value = Number(text);
    if (text === "" || !Number.isFinite(value)) errors[`${row}.${field}`] = "Enter a number.";
    return value;
  };
  const values = {
    title: draft.title.trim(),
    unit: draft.unit.trim(),
    startValue: number("startValue"),
    targetValue: number("targetValue"),
  };
  if (!values.title) errors[`${row}.title`] = "Say what you will measure.";
  return { values, errors };
}

/** What was typed but not saved, in words, so it can be applied again to the latest version. */
function describeDraft(draft: Draft): string {
  return `“${draft.title || "untitled"}”: ${draft.startValue || "?"} → ${draft.targetValue || "?"}${draft.unit ? ` ${draft.unit}` : ""}`;
}

/**
 * The owner adds, changes and removes key results of an existing goal, one at a time. Adding and
 * removing carry the goal's version, a change carries the key result's version; a stale one
 * (CONFLICT) reloads the latest key results, says so and lists what wasn't saved.
 */
export function KeyResultsManager({ goal }: { goal: EditedGoal }) {
  const client = useApolloClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [base, setBase] = useState(goal);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirming, setConfirming] = useState<string>();
  const [message, setMessage] = useState<{
    tone: "info" | "warning" | "error";
    text: string;
    unsaved?: string;
  }>();
  const [pending, setPending] = useState<string>();

  // A newer version from the server (a check-in, another edit) replaces the base; typed rows stay.
  useEffect(() => {
    if (goal.version > base.version) setBase(goal);
  }, [goal, base.version]);

  const draft = (row: string, kr?: KeyResult) => drafts[row] ?? (kr ? draftOf(kr) : emptyDraft);
  const edit = (row: string, current: Draft, patch: Partial<Draft>) =>
    setDrafts((previous) => ({ ...previous, [row]: { ...current, ...patch } }));
  const forget = (row: string) => setDrafts(({ [row]: _, ...rest }) => rest);

  async function run(
    row: string,
    mutate: () => Promise<EditedGoal | undefined>,
    done: string,
    unsaved?: Draft,
  ) {
    setErrors({});
    setMessage(undefined);
    setPending(row);
    try {
      const latest = await mutate();
      if (latest) setBase(latest);
      forget(row);
      setConfirming(undefined);
      setMessage({ tone: "info", text: done });
      router.refresh();
    } catch (error) {
      if (apiErrorCode(error) === "CONFLICT") {
        const { data } = await client.query({
          query: LatestKeyResultsQuery,
          variables: { id: base.id },
          fetchPolicy: "no-cache",
        });
        if (data) setBase(data.goal);
        forget(row);
        setConfirming(undefined);
        setMessage({
          tone: "warning",
          text: "Someone changed this goal meanwhile — here are the latest key results. Your change was not saved; check them and apply it again.",
          unsaved: unsaved ? describeDraft(unsaved) : undefined,
        });
        router.refresh();
        return;
      }
      const fields: FieldErrors = {};
      for (const { field, message: text } of apiFieldErrors(error)) {
        const name = field.replace(/^input\./, "");
        if ((FIELDS as readonly string[]).includes(name)) fields[`${row}.${name}`] ??= text;
      }
      setErrors(fields);
      if (!Object.keys(fields).length) {
        setMessage({ tone: "error", text: apiErrorMessage(error) ?? "That didn't work. Please try again." });
      }
    } finally {
      setPending(undefined);
    }
  }

  function save(kr: KeyResult) {
    const typed = draft(kr.id, kr);
    const { values, errors: invalid } = parse(kr.id, typed);
    if (Object.keys(invalid).length) return setErrors(invalid);
    void run(
      kr.id,
      async () =>
        (
          await client.mutate({
            mutation: UpdateKeyResultMutation,
            variables: { input: { id: kr.id, version: kr.version, ...values } },
          })
        ).data?.updateKeyResult,
      `Saved “${values.title}”.`,
      typed,
    );
  }

  function add() {
    const typed = draft(NEW);
    const { values, errors: invalid } = parse(NEW, typed);
    if (Object.keys(invalid).length) return setErrors(invalid);
    void run(
      NEW,
      async () =>
        (
          await client.mutate({
            mutation: AddKeyResultMutation,
            variables: { input: { goalId: base.id, goalVersion: base.version, ...values } },
          })
        ).data?.addKeyResult,
      `Added “${values.title}”.`,
      typed,
    );
  }

  function remove(kr: KeyResult) {
    void run(
      kr.id,
      async () =>
        (
          await client.mutate({
            mutation: RemoveKeyResultMutation,
            variables: { input: { id: kr.id, goalVersion: base.version } },
          })
        ).data?.removeKeyResult,
      `Removed “${kr.title}”.`,
    );
  }

  const fields = (row: string, current: Draft) =>
    FIELDS.map((field) => {
      const id = `kr-edit-${row}-${field}`;
      const error = errors[`${row}.${field}`];
      return (
        <div key={field} className="field">
          <label htmlFor={id}>{LABELS[field]}</label>
          <input
            id={id}
            value={current[field]}
            inputMode={field === "startValue" || field === "targetValue" ? "decimal" : undefined}
            maxLength={field === "title" ? 200 : field === "unit" ? 40 : undefined}
            onChange={(event) => edit(row, current, { [field]: event.target.value })}
            {...describedBy(id, error)}
          />
          <FieldMessage id={id} error={error} />
        </div>
      );
    });

  return (
    <section className={styles.card} aria-labelledby="kr-editor-title">
      <div className={styles.editorHead}>
        <div>
          <h2 id="kr-editor-title" className={styles.cardTitle}>
            Key results
          </h2>
          <p className={styles.muted}>Change what you measure. Current values move with check-ins.</p>
        </div>
        <button
          type="button"
          className="button"
          aria-expanded={open}
          aria-controls="kr-editor"
          onClick={() => {
            setOpen(!open);
            setMessage(undefined);
            setErrors({});
          }}
        >
          {open ? "Done" : "Edit key results"}
        </button>
      </div>
      <div role="status" className={styles.live}>
        {message?.tone === "info" ? <p className="notice notice-info">{message.text}</p> : null}
      </div>
      <div role="alert" className={styles.live}>
        {message && message.tone !== "info" ? (
          <div className={`notice notice-${message.tone}`}>
            {message.text}
            {message.unsaved ? (
              <ul className={styles.diff} aria-label="Your unsaved change">
                <li>{message.unsaved}</li>
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
      {open ? (
        <div id="kr-editor" className={styles.krEditor}>
          <ol className={form.keyResults}>
            {base.keyResults.map((kr, index) => {
              const current = draft(kr.id, kr);
              return (
                <li key={kr.id}>
                  <form
                    className={form.keyResult}
                    aria-label={`Key result ${index + 1}`}
                    noValidate
                    onSubmit={(event) => {
                      event.preventDefault();
                      save(kr);
                    }}
                  >
                    <p className={`${form.legend} ${styles.krRowTitle}`}>
                      Key result {index + 1}
                      <span className={styles.muted}> · was {describeDraft(draftOf(kr))}</span>
                    </p>
                    {fields(kr.id, current)}
                    <div className={styles.krButtons}>
                      {confirming === kr.id ? (
                        <>
                          <span className={styles.confirmText}>
                            Remove it? Its values in past check-ins go too.
                          </span>
                          <button
                            type="button"
                            className="button button-small button-danger"
                            disabled={pending !== undefined}
                            onClick={() => remove(kr)}
                          >
                            {pending === kr.id ? "Removing…" : "Yes, remove"}
                          </button>
                          <button
                            type="button"
                            className="button button-small"
                            onClick={() => setConfirming(undefined)}
                          >
                            Keep it
                          </button>
                        </>
                      ) : (
                        <>
                          <button
                            type="submit"
                            className="button button-small button-primary"
                            disabled={pending !== undefined || !drafts[kr.id]}
                          >
                            {pending === kr.id ? "Saving…" : "Save"}
                          </button>
                          <button
                            type="button"
                            className="button button-small button-danger"
                            disabled={pending !== undefined}
                            onClick={() => setConfirming(kr.id)}
                          >
                            Remove
                          </button>
                        </>
                      )}
                    </div>
                  </form>
                </li>
              );
            })}
          </ol>
          {base.keyResults.length < MAX_KEY_RESULTS ? (
            <form
              className={form.keyResult}
              aria-label="New key result"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                add();
              }}
            >
              <p className={`${form.legend} ${styles.krRowTitle}`}>New key result</p>
              {fields(NEW, draft(NEW))}
              <div className={styles.krButtons}>
                <button type="submit" className="button button-small" disabled={pending !== undefined}>
                  {pending === NEW ? "Adding…" : "+ Add key result"}
                </button>
              </div>
            </form>
          ) : (
            <p className="field-hint">That's the most a goal can have ({MAX_KEY_RESULTS}).</p>
          )}
        </div>
      ) : base.keyResults.length ? (
        <p className={styles.muted}>
          {base.keyResults
            .map(
              (kr) =>
                `${kr.title} (${formatNumber(kr.startValue)} → ${formatNumber(kr.targetValue)}${kr.unit ? ` ${kr.unit}` : ""})`,
            )
            .join(" · ")}
        </p>
      ) : (
        <p className={styles.muted}>No key results yet: add one so progress can be measured.</p>
      )}
    </section>
  );
}
