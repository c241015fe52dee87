"use client";

import { Fragment, useState } from "react";
import { level } from "../../_components/format";
import { Badge } from "../../_components/indicators";
import { RateSkillForm, type SkillOption } from "./rate-skill-form";
import styles from "./skill-ratings.module.css";

export type { SkillOption };

export interface SkillRow {
  skillId: string;
  name: string;
  selfLevel: number | null;
  managerLevel: number | null;
  threeSixtyLevel: number | null;
  combinedLevel: number | null;
  growthArea: boolean;
}

/** Every skill of the profile with its levels; "Rate" opens the form under its row. */
export function SkillRatings({
  rows,
  catalog,
  employeeId,
  firstName,
  canRate,
}: {
  rows: SkillRow[];
  catalog: SkillOption[];
  employeeId: string;
  firstName: string;
  canRate: boolean;
}) {
  // The skill whose form is open; "new" for a skill not rated yet.
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const ratedIds = new Set(rows.map((row) => row.skillId));
  const unrated = catalog.filter((skill) => !ratedIds.has(skill.id));
  const columns = canRate ? 6 : 5;

  function afterRating(text: string) {
    setMessage(text);
    setOpen(null);
  }

  return (
    <div className={styles.wrapper}>
      <p className={message ? styles.status : "visually-hidden"} role="status">
        {message}
      </p>
      {rows.length === 0 ? (
        <p className={styles.empty}>No skill of {firstName}&apos;s has been rated yet.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1)
        <section className={styles.scroller} aria-labelledby="skill-levels-caption" tabIndex={0}>
          <table className={styles.table}>
            <caption id="skill-levels-caption" className="visually-hidden">
              {firstName}&apos;s skill levels, from 1 (beginner) to 5 (expert)
            </caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col" className={styles.num}>
                  Self
                </th>
                <th scope="col" className={styles.num}>
                  Manager
                </th>
                <th scope="col" className={styles.num}>
                  360
                </th>
                <th scope="col" className={styles.num}>
                  Combined
                </th>
                {canRate ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Fragment key={row.skillId}>
                  <tr>
                    <th scope="row" className={styles.skill}>
                      {row.name}
                      {row.growthArea ? <Badge tone="info">Growth area</Badge> : null}
                    </th>
                    <td className={styles.num}>{level(row.selfLevel)}</td>
                    <td className={styles.num}>{level(row.managerLevel)}</td>
                    <td className={styles.num}>{level(row.threeSixtyLevel)}</td>
                    <td className={`${styles.num} ${styles.combined}`}>{level(row.combinedLevel)}</td>
                    {canRate ? (
                      <td className={styles.rateCell}>
                        <button
                          type="button"
                          className="button"
                          aria-expanded={open === row.skillId}
                          aria-label={`Rate ${row.name}`}
                          onClick={() => setOpen(open === row.skillId ? null : row.skillId)}
                        >
                          Rate
                        </button>
                      </td>
                    ) : null}
                  </tr>
                  {open === row.skillId ? (
                    <tr className={styles.formRow}>
                      <td colSpan={columns}>
                        <RateSkillForm
                          employeeId={employeeId}
                          skill={{ id: row.skillId, name: row.name, category: "" }}
                          initialLevel={row.managerLevel}
                          onRated={afterRating}
                          onCancel={() => setOpen(null)}
                        />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {canRate && unrated.length > 0 ? (
        open === "new" ? (
          <div className={styles.newRating}>
            <RateSkillForm
              employeeId={employeeId}
              options={unrated}
              initialLevel={null}
              onRated={afterRating}
              onCancel={() => setOpen(null)}
            />
          </div>
        ) : (
          <button type="button" className="button" onClick={() => setOpen("new")}>
            Rate another skill
          </button>
        )
      ) : null}
    </div>
  );
}
