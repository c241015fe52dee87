"use client";

import { useMutation } from "@apollo/client/react";
import { useEffect, useId, useRef, useState } from "react";
import { formatLevel } from "@/components/growth/skill-levels";
import ui from "@/components/growth/ui/ui.module.css";
import { formLevelMessage, useApiAction } from "@/components/growth/ui/use-api-action";
import { Avatar } from "@/components/person/person-card";
import styles from "../mentoring.module.css";
import type { MentorSuggestion } from "./mentoring.fragments";
import { RequestMentorMutation } from "./mentoring.mutations";

interface SkillChoice {
  id: string;
  name: string;
}

/**
 * Suggested mentors with the reason for each, and the request form. After a request is sent the
 * page re-reads its data: the mentor moves to "My mentors" (waiting for an answer), and this list
 * keeps a confirmation.
 */
export function Suggestions({
  suggestions,
  growthAreas,
}: {
  suggestions: MentorSuggestion[];
  growthAreas: SkillChoice[];
}) {
  const [sentTo, setSentTo] = useState<string>();
  return (
    <div className={ui.section}>
      <div className={ui.live} role="status">
        {sentTo ? (
          <p className={ui.notice}>
            Request sent to {sentTo}. You&apos;ll get a notification when they answer.
          </p>
        ) : null}
      </div>
      <ul className={ui.cardGrid} aria-label="Suggested mentors">
        {suggestions.map((suggestion) => (
          <li key={suggestion.mentor.id}>
            <SuggestionCard suggestion={suggestion} growthAreas={growthAreas} onSent={setSentTo} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function SuggestionCard({
  suggestion,
  growthAreas,
  onSent,
}: {
  suggestion: MentorSuggestion;
  growthAreas: SkillChoice[];
  onSent: (name: string) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const { mentor } = suggestion;
  return (
    <article className={`${ui.card} ${styles.suggestion}`} aria-label={`Suggested mentor: ${mentor.name}`}>
      <div className={styles.person}>
        <Avatar name={mentor.name} />
        <div className={styles.personText}>
          <span className={styles.personName}>{mentor.name}</span>
          <span className={styles.personTitle}>
            {[mentor.title, mentor.department].filter(Boolean).join(" · ")}
          </span>
        </div>
      </div>
      <p className={styles.reason}>{suggestion.reason}</p>
      <ul className={styles.chips} aria-label={`Where ${mentor.name} can help`}>
        {suggestion.skills.map(({ skill, level }) => (
          <li key={skill.id} className={`${ui.badge} ${ui.badgeSuccess}`}>
            {skill.name} · {formatLevel(level)}
          </li>
        ))}
      </ul>
      <p className={`${ui.muted} ${ui.small}`}>
        Can take {suggestion.freeCapacity} more {suggestion.freeCapacity === 1 ? "mentee" : "mentees"}
      </p>
      {open ? (
        <AskForm
          id={`${id}-ask`}
          suggestion={suggestion}
          growthAreas={growthAreas}
          onCancel={() => setOpen(false)}
          onSent={() => onSent(mentor.name)}
        />
      ) : (
        <div className={ui.actions}>
          <button
            type="button"
            className={`button button-primary ${ui.buttonSmall}`}
            onClick={() => setOpen(true)}
          >
            Ask for mentoring<span className="visually-hidden"> from {mentor.name}</span>
          </button>
        </div>
      )}
    </article>
  );
}

const FIELDS = ["input.focusSkillIds", "input.message"];

function AskForm({
  id,
  suggestion,
  growthAreas,
  onCancel,
  onSent,
}: {
  id: string;
  suggestion: MentorSuggestion;
  growthAreas: SkillChoice[];
  onCancel: () => void;
  onSent: () => void;
}) {
  const { mentor } = suggestion;
  // The mentor's matching skills come first and ticked; the person's other growth areas can be added.
  const matching = suggestion.skills.map(({ skill }) => skill);
  const others = growthAreas.filter((area) => !matching.some((skill) => skill.id === area.id));
  const message = useRef<HTMLTextAreaElement>(null);
  const action = useApiAction();
  const [requestMentor] = useMutation(RequestMentorMutation);
  useEffect(() => message.current?.focus(), []);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      mentorId: mentor.id,
      focusSkillIds: data.getAll("focusSkillIds").map(String),
      message: String(data.get("message") ?? "").trim(),
    };
    const ok = await action.run(() => requestMentor({ variables: { input } }));
    if (ok) onSent();
  }

  const skillsError = action.fieldError("input.focusSkillIds");
  const messageError = action.fieldError("input.message");
  const formMessage = formLevelMessage(action, FIELDS);
  return (
    <form
      className={`${ui.form} ${styles.askForm}`}
      onSubmit={submit}
      noValidate
      aria-label={`Ask ${mentor.name}`}
    >
      <fieldset className={ui.fieldset} aria-describedby={skillsError ? `${id}-skills-error` : undefined}>
        <legend className={ui.legend}>Focus skills</legend>
        <ul className={ui.checkboxList}>
          {[...matching, ...others].map((skill) => (
            <li key={skill.id}>
              <label className={ui.checkboxChip}>
                <input
                  type="checkbox"
                  name="focusSkillIds"
                  value={skill.id}
                  defaultChecked={matching.some((m) => m.id === skill.id)}
                />
                {skill.name}
              </label>
            </li>
          ))}
        </ul>
        {skillsError ? (
          <p id={`${id}-skills-error`} className="field-error">
            {skillsError}
          </p>
        ) : null}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-message`}>Message to {mentor.name}</label>
        <textarea
          ref={message}
          id={`${id}-message`}
          name="message"
          className={ui.control}
          maxLength={2000}
          rows={3}
          placeholder="Why them, and what you hope to learn."
          aria-invalid={messageError ? true : undefined}
          aria-describedby={messageError ? `${id}-message-error` : undefined}
        />
        {messageError ? (
          <p id={`${id}-message-error`} className="field-error">
            {messageError}
          </p>
        ) : null}
      </div>
      <div className={ui.live} role="alert">
        {formMessage ? <p className={ui.alert}>{formMessage}</p> : null}
      </div>
      <div className={ui.actions}>
        <button type="submit" className={`button button-primary ${ui.buttonSmall}`} disabled={action.pending}>
          {action.pending ? "Sending…" : "Send request"}
        </button>
        <button type="button" className={`button ${ui.buttonSmall}`} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
