"use client";

import { useMutation } from "@apollo/client/react";
import { useId, useState } from "react";
import { formatLevel, LEVEL_NAMES, LEVELS } from "@/components/growth/skill-levels";
import { formatDate } from "@/components/growth/ui/dates";
import ui from "@/components/growth/ui/ui.module.css";
import { formLevelMessage, useApiAction } from "@/components/growth/ui/use-api-action";
import { graphql } from "@/gql";
import styles from "../skills.module.css";
import type { AssessmentEntry, AssessmentSkill } from "./self-assessment";

const RateSkillMutation = graphql(`
  mutation RateSkill($input: RateSkillInput!) {
    rateSkill(input: $input) {
      id
      level
    }
  }
`);

const SetGrowthAreaMutation = graphql(`
  mutation SetGrowthArea($input: SetGrowthAreaInput!) {
    setGrowthArea(input: $input) {
      id
    }
  }
`);

/**
 * One catalog skill: the person's level (1–5) with an optional note, saved per skill; the growth-area
 * mark, saved as soon as it is ticked; and the skill's rating history.
 */
export function AssessmentRow({
  employeeId,
  skill,
  entry,
  canRate,
}: {
  employeeId: string;
  skill: AssessmentSkill;
  entry: AssessmentEntry | null;
  canRate: boolean;
}) {
  const id = useId();
  const currentLevel = entry?.selfLevel ?? null;
  const currentNote = entry?.notes.find((note) => note.source === "SELF")?.note;
  const [level, setLevel] = useState<number | null>(currentLevel);
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState(false);
  const rating = useApiAction();
  const [rateSkill] = useMutation(RateSkillMutation);

  const marked = entry?.markedAsGrowthArea ?? false;
  const [wanted, setWanted] = useState<boolean | null>(null);
  const growth = useApiAction();
  const [setGrowthArea] = useMutation(SetGrowthAreaMutation);

  const dirty = level !== null && (level !== currentLevel || note.trim() !== "");
  const levelError = rating.fieldError("input.level");
  const noteError = rating.fieldError("input.note");
  const ratingMessage = formLevelMessage(rating, ["input.level", "input.note"]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (level === null) return;
    setSaved(false);
    const ok = await rating.run(() =>
      rateSkill({ variables: { input: { employeeId, skillId: skill.id, level, note: note.trim() } } }),
    );
    if (ok) {
      setNote("");
      setSaved(true);
    }
  }

  async function toggleGrowthArea(next: boolean) {
    setWanted(next);
    await growth.run(() =>
      setGrowthArea({ variables: { input: { employeeId, skillId: skill.id, growthArea: next } } }),
    );
    setWanted(null);
  }

  const history = entry?.history ?? [];
  return (
    <div className={styles.row}>
      <div className={styles.rowHeader}>
        <div className={styles.skillText}>
          <span className={styles.skillName}>{skill.name}</span>
          {skill.description ? <span className={styles.skillDescription}>{skill.description}</span> : null}
          <span className={styles.others}>
            Manager {entry?.managerLevel != null ? formatLevel(entry.managerLevel) : "–"} · 360{" "}
            {entry?.threeSixtyLevel != null ? formatLevel(entry.threeSixtyLevel) : "–"}
          </span>
        </div>
        <div className={styles.growthToggle}>
          <label className={ui.checkboxChip}>
            <input
              type="checkbox"
              checked={wanted ?? marked}
              disabled={!canRate || growth.pending}
              onChange={(event) => toggleGrowthArea(event.target.checked)}
            />
            Growth area<span className="visually-hidden">: {skill.name}</span>
          </label>
          <span className={ui.live} role="alert">
            {growth.message ? <span className="field-error">{growth.message}</span> : null}
          </span>
        </div>
      </div>

      <form className={styles.rateForm} onSubmit={save} noValidate>
        <fieldset className={`${ui.fieldset} ${styles.levelPicker}`} disabled={!canRate}>
          <legend className={styles.levelLegend}>
            Your level<span className="visually-hidden"> in {skill.name}</span>
            {level !== null ? <span className={styles.levelName}>{LEVEL_NAMES[level]}</span> : null}
          </legend>
          <div className={styles.levels}>
            {LEVELS.map((value) => (
              <label key={value} className={styles.level}>
                <input
                  type="radio"
                  name={`${id}-level`}
                  value={value}
                  checked={level === value}
                  onChange={() => {
                    setLevel(value);
                    setSaved(false);
                  }}
                  aria-invalid={levelError ? true : undefined}
                />
                <span aria-hidden="true">{value}</span>
                <span className="visually-hidden">
                  {value}, {LEVEL_NAMES[value]}
                </span>
              </label>
            ))}
          </div>
          {levelError ? <p className="field-error">{levelError}</p> : null}
        </fieldset>
        <div className={styles.noteField}>
          <label htmlFor={`${id}-note`} className="visually-hidden">
            Note on {skill.name} (optional)
          </label>
          <input
            id={`${id}-note`}
            className={ui.control}
            value={note}
            maxLength={2000}
            disabled={!canRate}
            placeholder={currentNote ? `Last note: ${currentNote}` : "Why this level? (optional)"}
            onChange={(event) => {
              setNote(event.target.value);
              setSaved(false);
            }}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={noteError ? `${id}-note-error` : undefined}
          />
          {noteError ? (
            <p id={`${id}-note-error`} className="field-error">
              {noteError}
            </p>
          ) : null}
        </div>
        <button
          type="submit"
          className={`button button-primary ${ui.buttonSmall}`}
          disabled={!canRate || !dirty || rating.pending}
        >
          {rating.pending ? "Saving…" : "Save"}
          <span className="visually-hidden"> {skill.name}</span>
        </button>
        <span className={`${styles.status} ${ui.live}`} role="status">
          {saved && !rating.pending ? "Saved" : ""}
        </span>
        <span className={ui.live} role="alert">
          {ratingMessage ? <span className="field-error">{ratingMessage}</span> : null}
        </span>
      </form>

      {history.length > 0 ? (
        <details className={styles.history}>
          <summary>
            History<span className="visually-hidden"> of {skill.name}</span> · {history.length}{" "}
            {history.length === 1 ? "rating" : "ratings"}
          </summary>
          <ol className={styles.historyList}>
            {history.map((past) => (
              <li key={past.id} className={styles.historyItem}>
                <time dateTime={past.createdAt} className={styles.historyDate}>
                  {formatDate(past.createdAt)}
                </time>
                <span>
                  {past.source === "SELF" ? "You" : `${past.ratedBy?.name ?? "A former manager"} (manager)`}{" "}
                  rated <strong>{past.level}</strong> · {LEVEL_NAMES[past.level]}
                  {past.note ? <span className={styles.historyNote}>“{past.note}”</span> : null}
                </span>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
