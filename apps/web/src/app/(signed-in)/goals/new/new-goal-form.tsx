"use client";

import { useApolloClient } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { FieldMessage } from "@/components/form/field-message";
import { SmartPanel, type SmartView } from "@/components/goal/smart-panel";
import { graphql } from "@/gql";
import type { CreateGoalInput } from "@/gql/graphql";
import { apiErrorMessage, apiFieldErrors } from "@/lib/apollo/errors";
import { describedBy, errorAt, type FieldErrors } from "@/lib/forms/field-errors";
import styles from "../_components/goal-form.module.css";
import { emptyKeyResult, KeyResultsEditor } from "../_components/key-results-editor";
import { type ParentGoalOptions, ParentGoalSelect } from "../_components/parent-goal-select";
import { type SkillOption, SkillsPicker } from "../_components/skills-picker";
import { VisibilityField } from "../_components/visibility-field";
import layout from "../goals.module.css";
import { type GoalDraft, sentRowIndexes, toCreateInput, toFormPaths, toSmartDraft } from "./goal-draft";

const SmartAssessmentQuery = graphql(`
  query SmartAssessment($input: SmartDraftInput!) {
    smartAssessment(input: $input) {
      ...SmartPanel
    }
  }
`);

const CreateGoalMutation = graphql(`
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      id
      version
    }
  }
`);

const SubmitGoalMutation = graphql(`
  mutation SubmitNewGoal($input: GoalTransitionInput!) {
    submitGoal(input: $input) {
      id
      status
    }
  }
`);

/** How long typing pauses before the SMART check is asked again. */
const ASSESS_DELAY_MS = 350;

/** Criteria the API requires before submitting (the approval itself is the A). */
const SUBMIT_CRITERIA = [
  ["specific", "smart.specific"],
  ["measurable", "smart.measurable"],
  ["relevant", "smart.relevant"],
  ["timeBound", "smart.timeBound"],
] as const;

const CRITERION_PATH = {
  SPECIFIC: "smart.specific",
  MEASURABLE: "smart.measurable",
  ACHIEVABLE: "smart.achievable",
  RELEVANT: "smart.relevant",
  TIME_BOUND: "smart.timeBound",
} as const;

/** Where each error path is shown, for the links in the error summary. */
function controlIdOf(path: string): string {
  const keyResult = /^input\.keyResults\.(\d+)\.(\w+)$/.exec(path);
  if (keyResult) return `kr-${keyResult[1]}-${keyResult[2]}`;
  const ids: Record<string, string> = {
    "input.title": "goal-title",
    "input.description": "goal-description",
    "smart.specific": "goal-description",
    "input.keyResults": "key-results-title",
    "smart.measurable": "key-results-title",
    "input.skillIds": "skills",
    "smart.relevant": "skills",
    "input.parentGoalId": "parentGoal",
    "input.startDate": "startDate",
    "input.dueDate": "dueDate",
    "smart.timeBound": "dueDate",
    "input.visibility": "visibility",
  };
  return ids[path] ?? "new-goal-errors";
}

const isKnownPath = (path: string) => controlIdOf(path) !== "new-goal-errors";

export function NewGoalForm({
  skills,
  parentOptions,
  initialSmart,
  startDate,
}: {
  skills: SkillOption[];
  parentOptions: ParentGoalOptions;
  initialSmart: SmartView;
  startDate: string;
}) {
  const client = useApolloClient();
  const router = useRouter();
  const [draft, setDraft] = useState<GoalDraft>(() => ({
    title: "",
    description: "",
    keyResults: [emptyKeyResult()],
    skillIds: [],
    parentGoalId: "",
    startDate,
    dueDate: "",
    visibility: "TEAM",
  }));
  const [smart, setSmart] = useState(initialSmart);
  const [assessing, setAssessing] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [pending, setPending] = useState<"draft" | "submit" | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const change = (patch: Partial<GoalDraft>) => setDraft((previous) => ({ ...previous, ...patch }));

  // Live coaching: ask the API again once typing pauses; only the newest answer is shown.
  const smartInput = useMemo(() => JSON.stringify(toSmartDraft(draft)), [draft]);
  const firstInput = useRef(smartInput);
  const ticket = useRef(0);
  useEffect(() => {
    if (smartInput === firstInput.current) return;
    const mine = ++ticket.current;
    setAssessing(true);
    const timer = setTimeout(() => {
      client
        .query({
          query: SmartAssessmentQuery,
          variables: { input: JSON.parse(smartInput) },
          fetchPolicy: "no-cache",
        })
        .then(({ data }) => {
          if (mine === ticket.current && data) setSmart(data.smartAssessment);
        })
        // A draft the API refuses as it stands (e.g. a date being typed) keeps the last assessment.
        .catch(() => undefined)
        .finally(() => {
          if (mine === ticket.current) setAssessing(false);
        });
    }, ASSESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [smartInput, client]);

  // Errors move focus to their summary, which links to each control.
  useEffect(() => {
    if (Object.keys(errors).length || formErrors.length) summaryRef.current?.focus();
  }, [errors, formErrors]);

  function fail(fields: FieldErrors, form: string[] = []) {
    setErrors(fields);
    setFormErrors(form);
  }

  /** The API's answer to the current draft, now (not the debounced one on screen). */
  async function assessNow(): Promise<SmartView | undefined> {
    ticket.current += 1;
    const { data } = await client.query({
      query: SmartAssessmentQuery,
      variables: { input: toSmartDraft(draft) },
      fetchPolicy: "no-cache",
    });
    if (data) setSmart(data.smartAssessment);
    setAssessing(false);
    return data?.smartAssessment;
  }

  async function create(input: CreateGoalInput) {
    try {
      const { data } = await client.mutate({ mutation: CreateGoalMutation, variables: { input } });
      return data?.createGoal;
    } catch (error) {
      const fields: FieldErrors = {};
      const form: string[] = [];
      for (const { field, message } of apiFieldErrors(error)) {
        if (isKnownPath(field)) fields[field] = message;
        else form.push(message);
      }
      if (!Object.keys(fields).length && !form.length)
        form.push(apiErrorMessage(error) ?? "Saving didn't work. Please try again.");
      fail(toFormPaths(fields, sentRowIndexes(draft)), form);
      return undefined;
    }
  }

  async function save(intent: "draft" | "submit") {
    const { input, errors: local } = toCreateInput(draft);
    if (!input) return fail(local);
    setPending(intent);
    try {
      if (intent === "submit") {
        // Say everything that is missing at once, next to each control, before anything is saved.
        const assessment = await assessNow().catch(() => undefined);
        const missing = Object.fromEntries(
          SUBMIT_CRITERIA.filter(([key]) => assessment && !assessment[key]).map(([key, path]) => [
            path,
            assessment?.hints.find((hint) => CRITERION_PATH[hint.criterion] === path)?.message ??
              `Not met yet: ${key}.`,
          ]),
        );
        if (Object.keys(missing).length) return fail(missing, []);
      }
      const goal = await create(input);
      if (!goal) return;
      fail({});
      if (intent === "submit") {
        try {
          await client.mutate({
            mutation: SubmitGoalMutation,
            variables: { input: { id: goal.id, version: goal.version } },
          });
        } catch {
          // Saved but not submitted (something changed in between): the goal page says what is missing.
          router.push(`/goals/${goal.id}?notice=not-submitted`);
          return;
        }
      }
      router.push(`/goals/${goal.id}?notice=${intent === "submit" ? "submitted" : "saved"}`);
    } finally {
      setPending(null);
    }
  }

  const summary = [
    ...formErrors.map((message) => ({ message, href: undefined })),
    ...Object.entries(errors).map(([path, message]) => ({ message, href: `#${controlIdOf(path)}` })),
  ];

  return (
    <div className={layout.withAside}>
      <aside className={layout.aside}>
        <div className={layout.sticky}>
          <SmartPanel smart={smart} busy={assessing} />
        </div>
      </aside>
      <form
        className={styles.form}
        noValidate
        aria-label="New goal"
        onSubmit={(event) => {
          event.preventDefault();
          void save("submit");
        }}
      >
        <div id="new-goal-errors" ref={summaryRef} tabIndex={-1} role="alert" className={layout.focusTarget}>
          {summary.length ? (
            <div className={`notice notice-error ${styles.errorSummary}`}>
              <strong>
                {summary.length === 1 ? "One thing to fix first:" : `${summary.length} things to fix first:`}
              </strong>
              <ul>
                {summary.map((item) => (
                  <li key={`${item.href}-${item.message}`}>
                    {item.href ? <a href={item.href}>{item.message}</a> : item.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>

        <section className={styles.section} aria-labelledby="what-title">
          <h2 id="what-title" className={styles.sectionTitle}>
            What do you want to achieve?
          </h2>
          <div className="field">
            <label htmlFor="goal-title">Title</label>
            <input
              id="goal-title"
              value={draft.title}
              maxLength={200}
              placeholder="e.g. Speed up the checkout page"
              onChange={(event) => change({ title: event.target.value })}
              {...describedBy("goal-title", errors["input.title"])}
            />
            <FieldMessage id="goal-title" error={errors["input.title"]} />
          </div>
          <div className="field">
            <label htmlFor="goal-description">Description</label>
            <textarea
              id="goal-description"
              value={draft.description}
              maxLength={4000}
              placeholder="What will be different when you're done, and why does it matter?"
              onChange={(event) => change({ description: event.target.value })}
              {...describedBy("goal-description", errorAt(errors, "input.description", "smart.specific"))}
            />
            <FieldMessage
              id="goal-description"
              error={errorAt(errors, "input.description", "smart.specific")}
            />
          </div>
        </section>

        <section className={styles.section} aria-labelledby="key-results-title">
          <h2 id="key-results-title" className={styles.sectionTitle} tabIndex={-1}>
            How will you measure it?
          </h2>
          <p className={styles.sectionLead}>Key results: numbers you move from a start to a target.</p>
          <KeyResultsEditor
            rows={draft.keyResults}
            onChange={(keyResults) => change({ keyResults })}
            errors={errors}
          />
          <FieldMessage id="key-results" error={errorAt(errors, "input.keyResults", "smart.measurable")} />
        </section>

        <section className={styles.section} aria-labelledby="why-title">
          <h2 id="why-title" className={styles.sectionTitle}>
            Why does it matter?
          </h2>
          <SkillsPicker
            skills={skills}
            selected={draft.skillIds}
            onChange={(skillIds) => change({ skillIds })}
            error={errorAt(errors, "input.skillIds", "smart.relevant")}
          />
          <ParentGoalSelect
            options={parentOptions}
            value={draft.parentGoalId}
            onChange={(parentGoalId) => change({ parentGoalId })}
            error={errors["input.parentGoalId"]}
          />
        </section>

        <section className={styles.section} aria-labelledby="when-title">
          <h2 id="when-title" className={styles.sectionTitle}>
            When, and who can see it
          </h2>
          <div className={styles.row}>
            <div className="field">
              <label htmlFor="startDate">Start date</label>
              <input
                id="startDate"
                type="date"
                value={draft.startDate}
                onChange={(event) => change({ startDate: event.target.value })}
                {...describedBy("startDate", errors["input.startDate"])}
              />
              <FieldMessage id="startDate" error={errors["input.startDate"]} />
            </div>
            <div className="field">
              <label htmlFor="dueDate">Due date</label>
              <input
                id="dueDate"
                type="date"
                value={draft.dueDate}
                min={draft.startDate || undefined}
                onChange={(event) => change({ dueDate: event.target.value })}
                {...describedBy("dueDate", errorAt(errors, "input.dueDate", "smart.timeBound"))}
              />
              <FieldMessage id="dueDate" error={errorAt(errors, "input.dueDate", "smart.timeBound")} />
            </div>
          </div>
          <div id="visibility">
            <VisibilityField
              value={draft.visibility}
              onChange={(visibility) => change({ visibility })}
              error={errors["input.visibility"]}
            />
          </div>
        </section>

        <div className={styles.actions}>
          <button
            type="button"
            className="button"
            disabled={pending !== null}
            onClick={() => void save("draft")}
          >
            {pending === "draft" ? "Saving…" : "Save draft"}
          </button>
          <button type="submit" className="button button-primary" disabled={pending !== null}>
            {pending === "submit" ? "Submitting…" : "Submit for approval"}
          </button>
        </div>
      </form>
    </div>
  );
}
