"use client";

import { useApolloClient } from "@apollo/client/react";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { FieldMessage } from "@/components/form/field-message";
import { confidenceLabel } from "@/components/goal/check-in-kind";
import { formatNumber } from "@/components/goal/goal-format";
import { graphql } from "@/gql";
import type { CheckInKind } from "@/gql/graphql";
import { apiErrorCode, apiErrorMessage, apiFieldErrors } from "@/lib/apollo/errors";
import { describedBy, type FieldErrors } from "@/lib/forms/field-errors";
import form from "../../_components/goal-form.module.css";
import { Celebration } from "./celebration";
import styles from "./check-ins.module.css";

export const GoalCheckInFormFields = graphql(`
  fragment GoalCheckInForm on Goal {
    id
    version
    lastConfidence
    keyResults {
      id
      title
      unit
      targetValue
      currentValue
    }
  }
`);

const RecordCheckInMutation = graphql(`
  mutation RecordCheckIn($input: RecordCheckInInput!) {
    recordCheckIn(input: $input) {
      id
      kind
    }
  }
`);

type FormGoal = ResultOf<typeof GoalCheckInFormFields>;

const KINDS: { kind: CheckInKind; title: string; help: string }[] = [
  { kind: "UPDATE", title: "Progress update", help: "Where things stand this week." },
  { kind: "WIN", title: "Win", help: "Something worth celebrating." },
  { kind: "SETBACK", title: "Setback", help: "Something went wrong; say what you learned." },
];

const DEFAULT_CONFIDENCE = 7;
const currentValues = (goal: FormGoal) =>
  Object.fromEntries(goal.keyResults.map((kr) => [kr.id, String(kr.currentValue)]));

/** Where each control's error goes: API paths, with values mapped back to their key result. */
const FIELD_PATHS = new Set(["input.confidence", "input.kind", "input.note", "input.lesson"]);

/**
 * The owner's check-in on an active goal: a value per key result (prefilled with the current one;
 * only changed values are sent), confidence, the kind, a note and — for a setback — the lesson.
 * The API decides what is valid (a setback without a lesson answers `input.lesson`); each error is
 * shown next to its control. The goal's version goes along, so a check-in never overwrites values
 * someone saw differently: on CONFLICT the form shows the latest values and lists the typed ones.
 */
export function CheckInForm({ goal }: { goal: FormGoal }) {
  const client = useApolloClient();
  const router = useRouter();
  const [values, setValues] = useState(() => currentValues(goal));
  const [confidence, setConfidence] = useState(goal.lastConfidence ?? DEFAULT_CONFIDENCE);
  const [kind, setKind] = useState<CheckInKind>("UPDATE");
  const [note, setNote] = useState("");
  const [lesson, setLesson] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<{ text: string; unsaved?: string[] }>();
  const [recorded, setRecorded] = useState<CheckInKind>();
  const [pending, setPending] = useState(false);

  // A newer version (after this form's own check-in, or a conflict) brings the latest values.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the version moves
  useEffect(() => {
    setValues(currentValues(goal));
  }, [goal.version]);

  const setValue = (id: string, value: string) => {
    setRecorded(undefined);
    setValues((previous) => ({ ...previous, [id]: value }));
  };

  async function record() {
    setErrors({});
    setProblem(undefined);
    setRecorded(undefined);
    const changed: { keyResultId: string; value: number }[] = [];
    const typed: FieldErrors = {};
    for (const kr of goal.keyResults) {
      const text = (values[kr.id] ?? "").trim().replace(",", ".");
      const value = Number(text);
      if (text === "" || !Number.isFinite(value)) typed[`kr.${kr.id}`] = "Enter a number.";
      else if (value !== kr.currentValue) changed.push({ keyResultId: kr.id, value });
    }
    if (Object.keys(typed).length) {
      setErrors(typed);
      return;
    }
    setPending(true);
    try {
      const { data } = await client.mutate({
        mutation: RecordCheckInMutation,
        variables: {
          input: {
            goalId: goal.id,
            goalVersion: goal.version,
            values: changed,
            confidence,
            kind,
            note: note.trim(),
            lesson: kind === "SETBACK" ? lesson.trim() || null : null,
          },
        },
      });
      setRecorded(data?.recordCheckIn.kind ?? kind);
      setKind("UPDATE");
      setNote("");
      setLesson("");
      router.refresh();
    } catch (error) {
      if (apiErrorCode(error) === "CONFLICT") {
        const byId = new Map(goal.keyResults.map((kr) => [kr.id, kr]));
        setProblem({
          text: "Someone changed this goal meanwhile — here are the latest values. Check them and record your check-in again.",
          unsaved: changed.map(({ keyResultId, value }) => {
            const kr = byId.get(keyResultId);
            return `${kr?.title ?? "A key result"}: ${formatNumber(value)}${kr?.unit ? ` ${kr.unit}` : ""}`;
          }),
        });
        router.refresh();
        return;
      }
      const fields: FieldErrors = {};
      const rest: string[] = [];
      for (const { field, message } of apiFieldErrors(error)) {
        const value = /^input\.values\.(\d+)\./.exec(field);
        const kr = value ? changed[Number(value[1])] : undefined;
        if (kr) fields[`kr.${kr.keyResultId}`] ??= message;
        else if (FIELD_PATHS.has(field)) fields[field] ??= message;
        else rest.push(message);
      }
      setErrors(fields);
      if (rest.length || !Object.keys(fields).length) {
        setProblem({ text: rest[0] ?? apiErrorMessage(error) ?? "That didn't work. Please try again." });
      }
      const first = Object.keys(fields)[0];
      if (first) document.getElementById(controlId(first))?.focus();
    } finally {
      setPending(false);
    }
  }

  return (
    <section className={styles.card} aria-labelledby="check-in-title">
      <div>
        <h2 id="check-in-title" className={styles.cardTitle}>
          Check in
        </h2>
        <p className={styles.muted}>A minute a week: where you are, how sure you feel, what happened.</p>
      </div>
      <div role="status" className={styles.live}>
        {recorded ? <Celebration kind={recorded} /> : null}
      </div>
      <div role="alert" className={styles.live}>
        {problem ? (
          <div className={problem.unsaved ? "notice notice-warning" : "notice notice-error"}>
            {problem.text}
            {problem.unsaved?.length ? (
              <ul className={styles.unsaved} aria-label="Your unsaved values">
                {problem.unsaved.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
      <form
        className={form.form}
        aria-label="Check in"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void record();
        }}
      >
        {goal.keyResults.length ? (
          <fieldset className={form.fieldset}>
            <legend className={form.legend}>Where are your key results now?</legend>
            <div className={styles.values}>
              {goal.keyResults.map((kr) => {
                const id = controlId(`kr.${kr.id}`);
                const error = errors[`kr.${kr.id}`];
                return (
                  <div key={kr.id} className="field">
                    <label htmlFor={id}>
                      {kr.title}
                      {kr.unit ? <span className={styles.unit}> ({kr.unit})</span> : null}
                    </label>
                    <input
                      id={id}
                      inputMode="decimal"
                      value={values[kr.id] ?? ""}
                      onChange={(event) => setValue(kr.id, event.target.value)}
                      {...describedBy(id, error, `${id}-hint`)}
                    />
                    <p id={`${id}-hint`} className="field-hint">
                      Now {formatNumber(kr.currentValue)} · target {formatNumber(kr.targetValue)}
                    </p>
                    <FieldMessage id={id} error={error} />
                  </div>
                );
              })}
            </div>
          </fieldset>
        ) : null}

        <fieldset className={form.fieldset} {...describedBy("check-in-kind", errors["input.kind"])}>
          <legend className={form.legend}>What kind of check-in is it?</legend>
          <div className={form.radioCards}>
            {KINDS.map((option) => (
              <label
                key={option.kind}
                className={`${form.radioCard} ${kind === option.kind ? form.radioCardOn : ""} ${styles[`kind${option.kind}`] ?? ""}`}
              >
                <input
                  type="radio"
                  name="check-in-kind"
                  value={option.kind}
                  checked={kind === option.kind}
                  onChange={() => {
                    setRecorded(undefined);
                    setKind(option.kind);
                  }}
                />
                <span>
                  <span className={form.radioTitle}>{option.title}</span>
                  <span className={form.radioHelp}>{option.help}</span>
                </span>
              </label>
            ))}
          </div>
          <FieldMessage id="check-in-kind" error={errors["input.kind"]} />
        </fieldset>

        <div className="field">
          <label htmlFor={controlId("input.confidence")}>Confidence</label>
          <p id="check-in-confidence-hint" className="field-hint">
            How sure are you to reach this goal, from 0 to 10?
          </p>
          <div className={styles.range}>
            <input
              id={controlId("input.confidence")}
              type="range"
              min={0}
              max={10}
              step={1}
              value={confidence}
              aria-valuetext={`${confidence} of 10, ${confidenceLabel(confidence).toLowerCase()}`}
              onChange={(event) => setConfidence(Number(event.target.value))}
              {...describedBy(
                controlId("input.confidence"),
                errors["input.confidence"],
                "check-in-confidence-hint",
              )}
            />
            {/* Plain text, not <output>: that is a live region, and the slider already says its value. */}
            <span className={styles.rangeValue}>
              <strong>{confidence}</strong>/10 · {confidenceLabel(confidence)}
            </span>
          </div>
          <div className={styles.rangeScale} aria-hidden="true">
            <span>0 · {confidenceLabel(0)}</span>
            <span>10 · {confidenceLabel(10)}</span>
          </div>
          <FieldMessage id={controlId("input.confidence")} error={errors["input.confidence"]} />
        </div>

        <div className="field">
          <label htmlFor={controlId("input.note")}>What happened?</label>
          <textarea
            id={controlId("input.note")}
            value={note}
            maxLength={4000}
            rows={3}
            placeholder={kind === "WIN" ? "What went well?" : "A sentence or two is enough."}
            onChange={(event) => setNote(event.target.value)}
            {...describedBy(controlId("input.note"), errors["input.note"])}
          />
          <FieldMessage id={controlId("input.note")} error={errors["input.note"]} />
        </div>

        {kind === "SETBACK" ? (
          <div className={`field ${styles.lessonField}`}>
            <label htmlFor={controlId("input.lesson")}>What did you learn?</label>
            <p id="check-in-lesson-hint" className="field-hint">
              Needed for a setback: the lesson stays in the goal's timeline.
            </p>
            <textarea
              id={controlId("input.lesson")}
              value={lesson}
              maxLength={2000}
              rows={3}
              onChange={(event) => setLesson(event.target.value)}
              {...describedBy(controlId("input.lesson"), errors["input.lesson"], "check-in-lesson-hint")}
            />
            <FieldMessage id={controlId("input.lesson")} error={errors["input.lesson"]} />
          </div>
        ) : null}

        <div className={form.actions}>
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? "Recording…" : "Record check-in"}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A control's id from its error path: `input.lesson` → `check-in-lesson`, `kr.<id>` → `check-in-kr-<id>`. */
function controlId(path: string): string {
  return `check-in-${path.replace(/^input\./, "").replace(/\./g, "-")}`;
}
