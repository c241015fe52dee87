"use client";

import { useApolloClient } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import styles from "@/components/feedback/feedback.module.css";
import { endOfDayIso } from "@/components/feedback/feedback-format";
import { type FormErrors, formErrorsOf, NO_ERRORS } from "@/components/feedback/form-errors";
import { SkillChecklist, type SkillChoice } from "@/components/feedback/skill-checklist";
import { FieldMessage } from "@/components/form/field-message";
import { graphql } from "@/gql";
import { describedBy } from "@/lib/forms/field-errors";

const CreateFeedbackRoundMutation = graphql(`
  mutation CreateFeedbackRound($input: CreateFeedbackRoundInput!) {
    createFeedbackRound(input: $input) {
      id
    }
  }
`);

const FIELDS = [
  "input.subjectId",
  "input.title",
  "input.closesAt",
  "input.anonymityThreshold",
  "input.skillIds",
];

/** Three weeks is enough for busy colleagues to answer, short enough to stay on their minds. */
const DEFAULT_DAYS_OPEN = 21;

const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Starts a draft round about yourself or (managers) one of your reports. Skills and questions may
 * stay empty: the API then takes the person's growth areas and strengths and two standard questions.
 */
export function StartRoundForm({
  me,
  reports,
  skills,
  initialSubjectId = null,
}: {
  me: { id: string; name: string };
  reports: { id: string; name: string }[];
  skills: SkillChoice[];
  /** A direct report to preselect; anything else falls back to yourself. */
  initialSubjectId?: string | null;
}) {
  const client = useApolloClient();
  const router = useRouter();
  const [subjectId, setSubjectId] = useState(() =>
    reports.some((report) => report.id === initialSubjectId) ? (initialSubjectId as string) : me.id,
  );
  const [title, setTitle] = useState("");
  const [closesOn, setClosesOn] = useState(() => dayFromNow(DEFAULT_DAYS_OPEN));
  const [threshold, setThreshold] = useState("3");
  const [skillIds, setSkillIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [pending, setPending] = useState(false);
  const subjectName = subjectId === me.id ? me.name : (reports.find((r) => r.id === subjectId)?.name ?? "");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!closesOn) {
      setErrors({ fields: { "input.closesAt": "Choose a closing date." }, stale: false });
      document.getElementById("round-closes")?.focus();
      return;
    }
    setPending(true);
    setErrors(NO_ERRORS);
    try {
      const { data } = await client.mutate({
        mutation: CreateFeedbackRoundMutation,
        variables: {
          input: {
            subjectId: subjectId === me.id ? null : subjectId,
            title: title.trim() || null,
            closesAt: endOfDayIso(closesOn),
            anonymityThreshold: Number(threshold),
            skillIds: skillIds.length ? skillIds : null,
          },
        },
      });
      if (!data) throw new Error("The API returned no data");
      router.push(`/feedback/rounds/${data.createFeedbackRound.id}?notice=created`);
    } catch (error) {
      setErrors(formErrorsOf(error, (field) => FIELDS.includes(field)));
      setPending(false);
    }
  }

  const error = (field: string) => errors.fields[field];
  return (
    <section id="start" className={styles.section} aria-labelledby="start-title">
      <div className={styles.card}>
        <div>
          <h2 id="start-title" className={styles.cardTitle}>
            Start a 360 round
          </h2>
          <p className={`${styles.muted} ${styles.small}`}>
            A round starts as a draft. Next you choose reviewers (for a round about yourself, your manager
            approves them), then open it so everyone is asked.
          </p>
        </div>
        <form className={styles.form} onSubmit={submit} noValidate>
          <div role="alert">
            {errors.message ? <p className="notice notice-error">{errors.message}</p> : null}
          </div>
          <div className={styles.row}>
            {reports.length ? (
              <div className="field">
                <label htmlFor="round-subject">About</label>
                <select
                  id="round-subject"
                  value={subjectId}
                  onChange={(event) => setSubjectId(event.target.value)}
                  {...describedBy("round-subject", error("input.subjectId"))}
                >
                  <option value={me.id}>Yourself</option>
                  <optgroup label="Your direct reports">
                    {reports.map((report) => (
                      <option key={report.id} value={report.id}>
                        {report.name}
                      </option>
                    ))}
                  </optgroup>
                </select>
                <FieldMessage id="round-subject" error={error("input.subjectId")} />
              </div>
            ) : null}
            <div className="field">
              <label htmlFor="round-title">Title</label>
              <input
                id="round-title"
                value={title}
                maxLength={200}
                placeholder={`360 feedback for ${subjectName}`}
                onChange={(event) => setTitle(event.target.value)}
                {...describedBy("round-title", error("input.title"), "round-title-hint")}
              />
              <p id="round-title-hint" className="field-hint">
                Optional.
              </p>
              <FieldMessage id="round-title" error={error("input.title")} />
            </div>
            <div className="field">
              <label htmlFor="round-closes">Closes on</label>
              <input
                id="round-closes"
                type="date"
                value={closesOn}
                min={dayFromNow(1)}
                required
                onChange={(event) => setClosesOn(event.target.value)}
                {...describedBy("round-closes", error("input.closesAt"), "round-closes-hint")}
              />
              <p id="round-closes-hint" className="field-hint">
                At the end of the day (UTC); answers are refused after.
              </p>
              <FieldMessage id="round-closes" error={error("input.closesAt")} />
            </div>
            <div className="field">
              <label htmlFor="round-threshold">Anonymity threshold</label>
              <input
                id="round-threshold"
                type="number"
                inputMode="numeric"
                min={3}
                max={20}
                value={threshold}
                onChange={(event) => setThreshold(event.target.value)}
                {...describedBy("round-threshold", error("input.anonymityThreshold"), "round-threshold-hint")}
              />
              <p id="round-threshold-hint" className="field-hint">
                A group (peers, direct reports…) is shown only when at least this many answer. 3 or more.
              </p>
              <FieldMessage id="round-threshold" error={error("input.anonymityThreshold")} />
            </div>
          </div>
          <SkillChecklist
            id="round-skills"
            legend="Skills to rate"
            hint="Optional: leave empty to use the growth areas and strengths on their skill profile."
            skills={skills}
            selected={skillIds}
            onChange={setSkillIds}
            error={error("input.skillIds")}
          />
          <p className={`${styles.muted} ${styles.small}`}>
            Reviewers also answer two questions: “What should they keep doing?” and “What could they do
            differently?”
          </p>
          <div className={styles.buttons}>
            <button type="submit" className="button button-primary" disabled={pending}>
              {pending ? "Creating…" : "Create the draft"}
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
