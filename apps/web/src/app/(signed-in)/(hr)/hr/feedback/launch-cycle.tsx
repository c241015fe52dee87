"use client";

import { useApolloClient } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useState } from "react";
import styles from "@/components/feedback/feedback.module.css";
import { countOf, endOfDayIso } from "@/components/feedback/feedback-format";
import { type FormErrors, formErrorsOf, NO_ERRORS } from "@/components/feedback/form-errors";
import { SkillChecklist, type SkillChoice } from "@/components/feedback/skill-checklist";
import { FieldMessage } from "@/components/form/field-message";
import { graphql } from "@/gql";
import { describedBy } from "@/lib/forms/field-errors";
import hr from "../_components/hr.module.css";
import { CycleResult, type LaunchOutcome } from "./cycle-result";
import { type DepartmentPeople, readDepartmentPeople } from "./department-people";

const LaunchFeedbackCycleMutation = graphql(`
  mutation LaunchFeedbackCycle($input: LaunchFeedbackCycleInput!) {
    launchFeedbackCycle(input: $input) {
      launched
      skipped
    }
  }
`);

const FIELDS = [
  "input.title",
  "input.closesAt",
  "input.anonymityThreshold",
  "input.department",
  "input.fallbackSkillIds",
];

const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * HR's cycle launcher. Before launching it shows who is in scope and who will be skipped (people
 * with a draft or open round already); after, how many rounds were created, for whom, and who was
 * skipped and why.
 */
export function LaunchCycle({
  departments,
  organizationHeadcount,
  skills,
}: {
  departments: { department: string; headcount: number }[];
  organizationHeadcount: number;
  skills: SkillChoice[];
}) {
  const client = useApolloClient();
  const router = useRouter();
  const [department, setDepartment] = useState(departments[0]?.department ?? "");
  const [title, setTitle] = useState("");
  const [closesOn, setClosesOn] = useState(() => dayFromNow(21));
  const [threshold, setThreshold] = useState("3");
  const [fallbackSkillIds, setFallbackSkillIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [pending, setPending] = useState(false);
  const [preview, setPreview] = useState<DepartmentPeople | null>(null);
  const [previewFailed, setPreviewFailed] = useState(false);
  const [outcome, setOutcome] = useState<LaunchOutcome | null>(null);

  useEffect(() => {
    let current = true;
    setPreview(null);
    setPreviewFailed(false);
    readDepartmentPeople(client, department || null)
      .then((people) => current && setPreview(people))
      .catch(() => current && setPreviewFailed(true));
    return () => {
      current = false;
    };
  }, [client, department]);

  const scopeName = department || "the whole organization";
  const skippedBefore = preview?.people.filter((p) => p.inProgress.length > 0) ?? [];

  async function launch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!title.trim()) local["input.title"] = "Give the cycle a title, e.g. “Spring 360”.";
    if (!closesOn) local["input.closesAt"] = "Choose a closing date.";
    if (Object.keys(local).length) {
      setErrors({ fields: local, stale: false });
      return;
    }
    setPending(true);
    setErrors(NO_ERRORS);
    setOutcome(null);
    try {
      const before = preview ?? (await readDepartmentPeople(client, department || null));
      const { data } = await client.mutate({
        mutation: LaunchFeedbackCycleMutation,
        variables: {
          input: {
            title: title.trim(),
            closesAt: endOfDayIso(closesOn),
            anonymityThreshold: Number(threshold),
            department: department || null,
            fallbackSkillIds,
          },
        },
      });
      if (!data) throw new Error("The API returned no data");
      const after = await readDepartmentPeople(client, department || null);
      setPreview(after);
      setOutcome({ scope: scopeName, title: title.trim(), result: data.launchFeedbackCycle, before, after });
      router.refresh();
    } catch (error) {
      setErrors(formErrorsOf(error, (field) => FIELDS.includes(field)));
    } finally {
      setPending(false);
    }
  }

  const error = (field: string) => errors.fields[field];
  return (
    <>
      <section className={hr.card} aria-labelledby="launch-title">
        <h2 id="launch-title" className={hr.cardTitle}>
          Launch a feedback cycle
        </h2>
        <p className={hr.cardLead}>One draft round per active person, created together or not at all.</p>
        <form className={styles.form} onSubmit={launch} noValidate>
          <div role="alert">
            {errors.message ? <p className="notice notice-error">{errors.message}</p> : null}
          </div>
          <div className={styles.row}>
            <div className="field">
              <label htmlFor="cycle-department">Department</label>
              <select
                id="cycle-department"
                value={department}
                onChange={(event) => {
                  setDepartment(event.target.value);
                  setOutcome(null);
                }}
                {...describedBy("cycle-department", error("input.department"))}
              >
                {departments.map((d) => (
                  <option key={d.department} value={d.department}>
                    {d.department} ({countOf(d.headcount, "person", "people")})
                  </option>
                ))}
                <option value="">
                  Whole organization ({countOf(organizationHeadcount, "person", "people")})
                </option>
              </select>
              <FieldMessage id="cycle-department" error={error("input.department")} />
            </div>
            <div className="field">
              <label htmlFor="cycle-title">Title</label>
              <input
                id="cycle-title"
                value={title}
                maxLength={200}
                placeholder="Spring 360"
                onChange={(event) => setTitle(event.target.value)}
                {...describedBy("cycle-title", error("input.title"))}
              />
              <FieldMessage id="cycle-title" error={error("input.title")} />
            </div>
            <div className="field">
              <label htmlFor="cycle-closes">Closes on</label>
              <input
                id="cycle-closes"
                type="date"
                value={closesOn}
                min={dayFromNow(1)}
                onChange={(event) => setClosesOn(event.target.value)}
                {...describedBy("cycle-closes", error("input.closesAt"), "cycle-closes-hint")}
              />
              <p id="cycle-closes-hint" className="field-hint">
                End of the day, UTC.
              </p>
              <FieldMessage id="cycle-closes" error={error("input.closesAt")} />
            </div>
            <div className="field">
              <label htmlFor="cycle-threshold">Anonymity threshold</label>
              <input
                id="cycle-threshold"
                type="number"
                inputMode="numeric"
                min={3}
                max={20}
                value={threshold}
                onChange={(event) => setThreshold(event.target.value)}
                {...describedBy("cycle-threshold", error("input.anonymityThreshold"), "cycle-threshold-hint")}
              />
              <p id="cycle-threshold-hint" className="field-hint">
                Answers a group needs before it is shown; 3 or more.
              </p>
              <FieldMessage id="cycle-threshold" error={error("input.anonymityThreshold")} />
            </div>
          </div>
          <SkillChecklist
            id="cycle-skills"
            legend="Skills for people without a skill profile yet"
            hint="Everyone else is rated on their own growth areas and strengths."
            skills={skills}
            selected={fallbackSkillIds}
            onChange={setFallbackSkillIds}
            error={error("input.fallbackSkillIds")}
          />

          <div className={hr.empty} role="status" aria-live="polite">
            {outcome
              ? `Launched: ${countOf(outcome.result.launched, "round", "rounds")} created in ${outcome.scope}. The result is below.`
              : previewFailed
                ? "Who is in scope can't be shown right now; launching still works."
                : preview === null
                  ? `Looking up ${scopeName}…`
                  : `${countOf(preview.total, "person", "people")} in ${scopeName}. ${
                      skippedBefore.length
                        ? `${countOf(skippedBefore.length, "person already has", "people already have")} a round in progress and would be skipped.`
                        : "Nobody has a round in progress, so everyone gets one."
                    }`}
          </div>

          <div className={styles.buttons}>
            <button type="submit" className="button button-primary" disabled={pending}>
              {pending ? "Launching…" : `Launch for ${scopeName}`}
            </button>
          </div>
        </form>
      </section>
      {outcome ? <CycleResult outcome={outcome} /> : null}
    </>
  );
}
