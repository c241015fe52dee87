"use client";

import { useApolloClient } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import styles from "@/components/feedback/feedback.module.css";
import { LEVELS } from "@/components/feedback/feedback-format";
import { type FormErrors, formErrorsOf, NO_ERRORS } from "@/components/feedback/form-errors";
import { FieldMessage } from "@/components/form/field-message";
import { graphql } from "@/gql";
import { describedBy } from "@/lib/forms/field-errors";
import answer from "./answer.module.css";

const SubmitFeedbackMutation = graphql(`
  mutation SubmitFeedback($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      id
      status
      version
    }
  }
`);

/** "Can't say" is a real choice, stored as no level. */
const CANT_SAY = "cant-say";

interface Response {
  ratings: { level?: number | null; skill: { id: string } }[];
  answers: { questionIndex: number; text: string }[];
}

/**
 * Per skill a 1–5 rating or "can't say" (native radio groups: arrow keys move within a skill),
 * then each open question. Saving again replaces the answers until the round closes. The version
 * read with the page goes along; if the answers changed elsewhere (another tab), the form keeps
 * what was typed here and the next save applies it on top of the fresh version.
 */
export function AnswerForm({
  roundId,
  requestId,
  version,
  answered,
  skills,
  questions,
  response,
  anonymousAs,
}: {
  roundId: string;
  requestId: string;
  version: number;
  answered: boolean;
  skills: { id: string; name: string; description: string }[];
  questions: string[];
  response: Response | null | undefined;
  /** The group the answers are pooled in, or null when they are attributed (self, manager). */
  anonymousAs: string | null;
}) {
  const client = useApolloClient();
  const router = useRouter();
  const [levels, setLevels] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      (response?.ratings ?? []).map((r) => [r.skill.id, r.level == null ? CANT_SAY : String(r.level)]),
    ),
  );
  const [texts, setTexts] = useState<string[]>(() =>
    questions.map((_, index) => response?.answers.find((a) => a.questionIndex === index)?.text ?? ""),
  );
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setErrors(NO_ERRORS);
    try {
      await client.mutate({
        mutation: SubmitFeedbackMutation,
        variables: {
          input: {
            requestId,
            version,
            ratings: skills.map((skill) => {
              const value = levels[skill.id];
              return { skillId: skill.id, level: value && value !== CANT_SAY ? Number(value) : null };
            }),
            answers: texts.map((text, questionIndex) => ({ questionIndex, text })),
          },
        },
      });
      router.replace(`/feedback/rounds/${roundId}/answer?notice=saved`);
      router.refresh();
    } catch (error) {
      const found = formErrorsOf(error, (field) => /^input\.(ratings|answers)\.\d+\./.test(field));
      setErrors(
        found.stale
          ? {
              ...found,
              message:
                "Your answers were changed elsewhere (another tab?) meanwhile. This form keeps what you entered here: save again to keep it.",
            }
          : found,
      );
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  const ratingError = (index: number) => errors.fields[`input.ratings.${index}.skillId`];
  const answerError = (index: number) =>
    errors.fields[`input.answers.${index}.questionIndex`] ?? errors.fields[`input.answers.${index}.text`];
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Your feedback">
      <div role="alert">
        {errors.message ? <p className="notice notice-error">{errors.message}</p> : null}
      </div>

      <section className={styles.card} aria-labelledby="ratings-title">
        <div>
          <h2 id="ratings-title" className={styles.cardTitle}>
            Skills
          </h2>
          <p className={`${styles.muted} ${styles.small}`}>
            Rate what you have seen. Choose “Can't say” when you haven't seen enough; it doesn't count against
            anyone.{" "}
            {anonymousAs
              ? `Your ratings are pooled with those of everyone asked as ${anonymousAs.toLowerCase()}.`
              : null}
          </p>
        </div>
        {skills.map((skill, index) => {
          const id = `rating-${skill.id}`;
          const error = ratingError(index);
          return (
            <fieldset
              key={skill.id}
              id={id}
              className={answer.rating}
              {...describedBy(id, error, skill.description ? `${id}-hint` : undefined)}
            >
              <legend className={answer.skillName}>{skill.name}</legend>
              {skill.description ? (
                <p id={`${id}-hint`} className="field-hint">
                  {skill.description}
                </p>
              ) : null}
              <div className={answer.scale}>
                {LEVELS.map((level) => (
                  <label key={level.value} className={answer.option}>
                    <input
                      type="radio"
                      name={id}
                      value={level.value}
                      checked={levels[skill.id] === String(level.value)}
                      onChange={() => setLevels({ ...levels, [skill.id]: String(level.value) })}
                    />
                    <span className={answer.optionNumber}>{level.value}</span>{" "}
                    <span className={answer.optionLabel}>{level.label}</span>
                  </label>
                ))}
                <label className={`${answer.option} ${answer.cantSay}`}>
                  <input
                    type="radio"
                    name={id}
                    value={CANT_SAY}
                    checked={levels[skill.id] === CANT_SAY}
                    onChange={() => setLevels({ ...levels, [skill.id]: CANT_SAY })}
                  />
                  <span className={answer.optionLabel}>Can't say</span>
                </label>
              </div>
              <FieldMessage id={id} error={error} />
            </fieldset>
          );
        })}
      </section>

      <section className={styles.card} aria-labelledby="questions-title">
        <div>
          <h2 id="questions-title" className={styles.cardTitle}>
            Questions
          </h2>
          <p className={`${styles.muted} ${styles.small}`}>
            {anonymousAs
              ? "Your comments appear without your name, among the other comments of your group, only if enough of your group answer."
              : "Your answers appear with your name."}
          </p>
        </div>
        {questions.map((question, index) => {
          const id = `answer-${index}`;
          const error = answerError(index);
          return (
            <div key={question} className="field">
              <label htmlFor={id}>{question}</label>
              <textarea
                id={id}
                rows={4}
                maxLength={4000}
                value={texts[index]}
                onChange={(event) =>
                  setTexts(texts.map((text, i) => (i === index ? event.target.value : text)))
                }
                {...describedBy(id, error)}
              />
              <FieldMessage id={id} error={error} />
            </div>
          );
        })}
      </section>

      <div className={styles.buttons}>
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? "Saving…" : answered ? "Save changes" : "Submit feedback"}
        </button>
        <span className={`${styles.muted} ${styles.small}`}>
          You can change your answers until the round closes.
        </span>
      </div>
    </form>
  );
}
