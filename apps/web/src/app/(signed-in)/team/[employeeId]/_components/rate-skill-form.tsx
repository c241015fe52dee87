"use client";

import { useMutation } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { graphql } from "@/gql";
import { apiErrorMessage, apiFieldErrors } from "@/lib/apollo/errors";
import styles from "./skill-ratings.module.css";

const RateSkillMutation = graphql(`
  mutation RateTeamMemberSkill($input: RateSkillInput!) {
    rateSkill(input: $input) {
      id
      level
      source
    }
  }
`);

export const LEVEL_NAMES = ["Beginner", "Developing", "Proficient", "Advanced", "Expert"];

export interface SkillOption {
  id: string;
  name: string;
  category: string;
}

/**
 * The manager's rating of one skill (source MANAGER: the API decides from who rates whom). With
 * `skill` the skill is fixed (a row's "Rate"); with `options` the manager picks one first.
 */
export function RateSkillForm({
  employeeId,
  skill,
  options,
  initialLevel,
  onRated,
  onCancel,
}: {
  employeeId: string;
  skill?: SkillOption;
  options?: SkillOption[];
  initialLevel: number | null;
  onRated: (message: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const router = useRouter();
  const [skillId, setSkillId] = useState(skill?.id ?? "");
  const [level, setLevel] = useState<number | null>(initialLevel);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<{ skill?: string; level?: string; note?: string; form?: string }>({});
  const [rate, { loading }] = useMutation(RateSkillMutation);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const missing = {
      skill: skillId ? undefined : "Choose a skill to rate.",
      level: level ? undefined : "Choose a level from 1 (beginner) to 5 (expert).",
    };
    if (missing.skill || missing.level) {
      setErrors(missing);
      return;
    }
    setErrors({});
    try {
      await rate({ variables: { input: { employeeId, skillId, level: level as number, note } } });
      const name = skill?.name ?? options?.find((option) => option.id === skillId)?.name ?? "the skill";
      onRated(`Saved your rating of ${name}: ${level} (${LEVEL_NAMES[(level as number) - 1]}).`);
      router.refresh();
    } catch (caught) {
      const fields = apiFieldErrors(caught);
      const on = (name: string) => fields.find((field) => field.field.endsWith(name))?.message;
      const next = { skill: on("skillId"), level: on("level"), note: on("note") };
      setErrors(
        next.skill || next.level || next.note
          ? next
          : { form: apiErrorMessage(caught) ?? "Your rating could not be saved. Please try again." },
      );
    }
  }

  const title = skill ? `Your rating of ${skill.name}` : "Rate another skill";
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={title}>
      {options ? (
        <div className="field">
          <label htmlFor={`${id}-skill`}>Skill</label>
          <select
            id={`${id}-skill`}
            className={styles.select}
            value={skillId}
            onChange={(event) => setSkillId(event.target.value)}
            aria-invalid={errors.skill ? true : undefined}
            aria-describedby={errors.skill ? `${id}-skill-error` : undefined}
          >
            <option value="">Choose a skill…</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.category ? `${option.category} · ${option.name}` : option.name}
              </option>
            ))}
          </select>
          {errors.skill ? (
            <p id={`${id}-skill-error`} className="field-error">
              {errors.skill}
            </p>
          ) : null}
        </div>
      ) : null}
      <fieldset
        className={styles.levels}
        aria-invalid={errors.level ? true : undefined}
        aria-describedby={errors.level ? `${id}-level-error` : undefined}
      >
        <legend>{skill ? `Level for ${skill.name}` : "Level"}</legend>
        <div className={styles.levelOptions}>
          {LEVEL_NAMES.map((name, index) => (
            <label key={name} className={styles.level}>
              <input
                type="radio"
                name={`${id}-level`}
                value={index + 1}
                checked={level === index + 1}
                onChange={() => setLevel(index + 1)}
              />
              <span className={styles.levelNumber}>{index + 1}</span>
              <span className={styles.levelName}>{name}</span>
            </label>
          ))}
        </div>
        {errors.level ? (
          <p id={`${id}-level-error`} className="field-error">
            {errors.level}
          </p>
        ) : null}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-note`}>Why this level? (optional)</label>
        <textarea
          id={`${id}-note`}
          className={styles.note}
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          placeholder="An example, or what would raise it"
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? `${id}-note-error` : undefined}
        />
        {errors.note ? (
          <p id={`${id}-note-error`} className="field-error">
            {errors.note}
          </p>
        ) : null}
      </div>
      {errors.form ? (
        <p role="alert" className="field-error">
          {errors.form}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? "Saving…" : "Save rating"}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={loading}>
          Cancel
        </button>
      </div>
    </form>
  );
}
