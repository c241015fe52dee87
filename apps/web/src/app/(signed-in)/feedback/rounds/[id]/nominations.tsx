"use client";

import { useApolloClient } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import styles from "@/components/feedback/feedback.module.css";
import { NOMINATED_RELATIONSHIPS, RELATIONSHIP_LABEL } from "@/components/feedback/feedback-format";
import { type FormErrors, formErrorsOf, NO_ERRORS } from "@/components/feedback/form-errors";
import { FieldMessage } from "@/components/form/field-message";
import { Avatar } from "@/components/person/person-card";
import { graphql } from "@/gql";
import type { FeedbackRelationship } from "@/gql/graphql";
import { describedBy } from "@/lib/forms/field-errors";
import { type PersonChoice, PersonSearch } from "./person-search";
import type { RequestRow } from "./response-status";
import page from "./round-page.module.css";

const NominateMutation = graphql(`
  mutation NominateFeedbackReviewers($input: NominateFeedbackReviewersInput!) {
    nominateFeedbackReviewers(input: $input) {
      id
    }
  }
`);

const RemoveNominationMutation = graphql(`
  mutation RemoveFeedbackNomination($input: FeedbackRequestIdInput!) {
    removeFeedbackNomination(input: $input) {
      id
    }
  }
`);

const RELATIONSHIP_HELP: Record<(typeof NOMINATED_RELATIONSHIPS)[number], string> = {
  PEER: "Works alongside them",
  DIRECT_REPORT: "Reports to them",
  MENTOR: "Mentors them",
  OTHER: "Works with them otherwise",
};

/**
 * The reviewers of a draft: the list (with "waiting for approval" and remove), and a form to
 * nominate one more person with their relationship. Each change goes straight to the API and
 * the page reloads its data, so what is shown is always what is stored.
 */
export function Nominations({
  roundId,
  requests,
  subject,
  viewerIsSubject,
  threshold,
}: {
  roundId: string;
  requests: RequestRow[];
  subject: { id: string; name: string };
  viewerIsSubject: boolean;
  threshold: number;
}) {
  const client = useApolloClient();
  const router = useRouter();
  const [person, setPerson] = useState<PersonChoice | null>(null);
  const [relationship, setRelationship] = useState<FeedbackRelationship>("PEER");
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [pending, setPending] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string>();

  const unavailable = new Map<string, string>([[subject.id, "the round is about them"]]);
  for (const request of requests) {
    if (request.reviewer) unavailable.set(request.reviewer.id, "already asked");
  }
  const groupCounts = new Map<FeedbackRelationship, number>();
  for (const request of requests) {
    groupCounts.set(request.relationship, (groupCounts.get(request.relationship) ?? 0) + 1);
  }
  const smallGroups = NOMINATED_RELATIONSHIPS.filter((r) => {
    const count = groupCounts.get(r) ?? 0;
    return count > 0 && count < threshold;
  });

  async function nominate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!person) {
      setErrors({
        fields: { "input.reviewers.0.employeeId": "Find and choose a colleague first." },
        stale: false,
      });
      return;
    }
    setPending(true);
    setErrors(NO_ERRORS);
    try {
      await client.mutate({
        mutation: NominateMutation,
        variables: { input: { roundId, reviewers: [{ employeeId: person.id, relationship }] } },
      });
      setPerson(null);
      router.refresh();
    } catch (error) {
      setErrors(
        formErrorsOf(
          error,
          (field) => field === "input.reviewers.0.employeeId" || field === "input.reviewers.0.relationship",
        ),
      );
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  async function remove(request: RequestRow) {
    setRemoving(request.id);
    setRemoveError(undefined);
    try {
      await client.mutate({
        mutation: RemoveNominationMutation,
        variables: { input: { requestId: request.id } },
      });
      router.refresh();
    } catch (error) {
      setRemoveError(formErrorsOf(error, () => false).message);
      router.refresh();
    } finally {
      setRemoving(null);
    }
  }

  const personError = errors.fields["input.reviewers.0.employeeId"];
  const relationshipError = errors.fields["input.reviewers.0.relationship"];
  return (
    <section className={styles.card} aria-labelledby="reviewers-title">
      <div>
        <h2 id="reviewers-title" className={styles.cardTitle}>
          Reviewers
        </h2>
        <p className={`${styles.muted} ${styles.small}`}>
          {subject.name}'s self-assessment and their manager are always asked.
          {viewerIsSubject ? " The people you nominate wait for your manager's approval." : ""} Peers, direct
          reports, mentors and others are each shown in the report only when at least {threshold} of them
          answer.
        </p>
      </div>
      <div role="alert">{removeError ? <p className="notice notice-error">{removeError}</p> : null}</div>
      <ul className={page.people} aria-labelledby="reviewers-title">
        {requests.map((request) => {
          const fixed = request.relationship === "SELF" || request.relationship === "MANAGER";
          const name = request.reviewer?.name ?? "A former colleague";
          return (
            <li key={request.id} className={page.reviewer}>
              <Avatar name={name} />
              <span className={page.resultText}>
                <span className={page.personName}>{name}</span>
                <span className={page.personMeta}>
                  {RELATIONSHIP_LABEL[request.relationship]}
                  {request.approved ? "" : " · waiting for approval"}
                </span>
              </span>
              {fixed ? null : (
                <button
                  type="button"
                  className="button button-small"
                  disabled={removing !== null}
                  onClick={() => void remove(request)}
                  aria-label={`Remove ${name}`}
                >
                  {removing === request.id ? "Removing…" : "Remove"}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {smallGroups.length ? (
        <p className="notice notice-warning">
          {smallGroups
            .map((r) => `${RELATIONSHIP_LABEL[r]}: ${groupCounts.get(r)} of at least ${threshold}`)
            .join("; ")}
          . A group with fewer than {threshold} answers is left out of the report entirely, to keep it
          anonymous.
        </p>
      ) : null}

      <form className={page.nominate} onSubmit={nominate} noValidate aria-labelledby="nominate-title">
        <h3 id="nominate-title" className={styles.subTitle}>
          Nominate a reviewer
        </h3>
        <div role="alert">
          {errors.message ? <p className="notice notice-error">{errors.message}</p> : null}
        </div>
        {person ? (
          <div className={page.chosen}>
            <Avatar name={person.name} />
            <span className={page.resultText}>
              <span className={page.personName}>{person.name}</span>
              <span className={page.personMeta}>{person.title}</span>
            </span>
            <button type="button" className="button button-small" onClick={() => setPerson(null)}>
              Change
            </button>
          </div>
        ) : (
          <PersonSearch
            unavailable={unavailable}
            onChoose={(chosen) => {
              setPerson(chosen);
              setErrors(NO_ERRORS);
            }}
            describedBy={personError ? "nominee-error" : undefined}
          />
        )}
        <FieldMessage id="nominee" error={personError} />
        <fieldset
          className={styles.fieldset}
          {...describedBy("nominee-relationship", relationshipError)}
          id="nominee-relationship"
        >
          <legend className={styles.legend}>How they know {subject.name}</legend>
          <div className={page.relationships}>
            {NOMINATED_RELATIONSHIPS.map((value) => (
              <label key={value} className={page.relationship}>
                <input
                  type="radio"
                  name="relationship"
                  value={value}
                  checked={relationship === value}
                  onChange={() => setRelationship(value)}
                />
                <span>
                  <span className={page.personName}>{RELATIONSHIP_LABEL[value]}</span>
                  <span className={page.personMeta}>{RELATIONSHIP_HELP[value]}</span>
                </span>
              </label>
            ))}
          </div>
          <FieldMessage id="nominee-relationship" error={relationshipError} />
        </fieldset>
        <div className={styles.buttons}>
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? "Nominating…" : person ? `Nominate ${person.name}` : "Nominate"}
          </button>
        </div>
      </form>
    </section>
  );
}
