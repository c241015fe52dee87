"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { FeedbackStatusCell } from "./feedback-status";
import { percent } from "./format";
import { HealthBadge, ProgressBar } from "./indicators";
import {
  DEFAULT_DIRECTION,
  FILTERS,
  type MemberFilter,
  type MemberRow,
  parseTableView,
  type SortKey,
  type TableView,
  visibleRows,
  writeTableView,
} from "./member-rows";
import styles from "./members-table.module.css";

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "name", label: "Member" },
  { key: "risk", label: "At risk" },
  { key: "progress", label: "Average progress" },
  { key: "checkin", label: "Last check-in" },
];

/**
 * Sorting and filtering happen here, in the browser, on rows the server already rendered: instant
 * for a team of 50 and no second request. The state lives in the URL (replaceState, which Next's
 * router follows), so a filtered view is linkable and renders the same on the server.
 */
export function MembersTable({ rows, showManager }: { rows: MemberRow[]; showManager: boolean }) {
  const searchParams = useSearchParams();
  const [view, setView] = useState<TableView>(() => parseTableView(searchParams));
  const shown = visibleRows(rows, view);

  function hrefFor(next: TableView): string {
    const query = writeTableView(new URLSearchParams(searchParams), next).toString();
    return query ? `?${query}` : "?";
  }

  function update(change: Partial<TableView>) {
    const next = { ...view, ...change };
    setView(next);
    const query = writeTableView(new URLSearchParams(window.location.search), next).toString();
    window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
  }

  function sortBy(key: SortKey): TableView {
    const direction =
      view.sort === key ? (view.direction === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[key];
    return { ...view, sort: key, direction };
  }

  const scope = searchParams.get("scope");
  return (
    <>
      {/* A real GET form: without JavaScript, Enter submits it and the server renders the same view. */}
      <form
        aria-label="Filter team members"
        className={styles.filters}
        method="get"
        onSubmit={(event) => event.preventDefault()}
      >
        {scope ? <input type="hidden" name="scope" value={scope} /> : null}
        {view.sort !== "name" ? <input type="hidden" name="sort" value={view.sort} /> : null}
        {view.direction !== DEFAULT_DIRECTION[view.sort] ? (
          <input type="hidden" name="dir" value={view.direction} />
        ) : null}
        <div className={styles.filter}>
          <label htmlFor="member-filter">Show</label>
          <select
            id="member-filter"
            name="show"
            value={view.filter}
            onChange={(event) => update({ filter: event.target.value as MemberFilter })}
          >
            {FILTERS.map((filter) => (
              <option key={filter.value} value={filter.value}>
                {filter.label}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.filter}>
          <label htmlFor="member-search">Find a person</label>
          <input
            id="member-search"
            name="q"
            type="search"
            placeholder="Name or title"
            value={view.query}
            onChange={(event) => update({ query: event.target.value })}
          />
        </div>
        <p className={styles.count} aria-live="polite">
          {shown.length === rows.length
            ? `${rows.length} ${rows.length === 1 ? "person" : "people"}`
            : `Showing ${shown.length} of ${rows.length}`}
        </p>
      </form>

      {shown.length === 0 ? (
        <div className={styles.none}>
          <p>Nobody matches these filters.</p>
          <button type="button" className="button" onClick={() => update({ filter: "all", query: "" })}>
            Clear filters
          </button>
        </div>
      ) : (
        // Focusable so keyboard users can scroll the table sideways on a phone.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1)
        <section className={styles.scroller} aria-labelledby="members-caption" tabIndex={0}>
          <table className={styles.table}>
            <caption id="members-caption" className="visually-hidden">
              Team members, sorted by {COLUMNS.find((c) => c.key === view.sort)?.label.toLowerCase()}
            </caption>
            <thead>
              <tr>
                <SortableHeader
                  column={COLUMNS[0]}
                  view={view}
                  href={hrefFor}
                  next={sortBy}
                  onSort={update}
                />
                <th scope="col" className={styles.num}>
                  On track
                </th>
                <SortableHeader
                  column={COLUMNS[1]}
                  view={view}
                  href={hrefFor}
                  next={sortBy}
                  onSort={update}
                />
                <th scope="col" className={styles.num}>
                  Off track
                </th>
                <SortableHeader
                  column={COLUMNS[2]}
                  view={view}
                  href={hrefFor}
                  next={sortBy}
                  onSort={update}
                />
                <SortableHeader
                  column={COLUMNS[3]}
                  view={view}
                  href={hrefFor}
                  next={sortBy}
                  onSort={update}
                />
                <th scope="col">Plan done</th>
                <th scope="col">
                  Feedback <span className={styles.soon}>soon</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <MemberTableRow key={row.id} row={row} showManager={showManager} />
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}

function SortableHeader({
  column,
  view,
  href,
  next,
  onSort,
}: {
  column: { key: SortKey; label: string };
  view: TableView;
  href: (view: TableView) => string;
  next: (key: SortKey) => TableView;
  onSort: (view: TableView) => void;
}) {
  const active = view.sort === column.key;
  const target = next(column.key);
  return (
    <th
      scope="col"
      aria-sort={active ? (view.direction === "asc" ? "ascending" : "descending") : undefined}
      className={column.key === "risk" ? styles.num : undefined}
    >
      <a
        href={href(target)}
        className={styles.sort}
        onClick={(event) => {
          event.preventDefault();
          onSort(target);
        }}
      >
        {column.label}
        <span aria-hidden="true" className={active ? styles.arrowActive : styles.arrow}>
          {active && view.direction === "desc" ? "↓" : "↑"}
        </span>
      </a>
    </th>
  );
}

function MemberTableRow({ row, showManager }: { row: MemberRow; showManager: boolean }) {
  return (
    <tr data-testid="member-row">
      <th scope="row" className={styles.member}>
        {/* No prefetch in the team lists: a team of 50 has 100+ links (decision 020). */}
        <Link prefetch={false} href={`/team/${row.id}`} className={styles.name}>
          {row.name}
        </Link>
        <span className={styles.sub}>
          {row.title}
          {showManager && row.managerName ? ` · reports to ${row.managerName}` : ""}
        </span>
        {row.flaggedGoals.length > 0 ? (
          <ul className={styles.flagged} aria-label={`${row.name}'s goals at risk or off track`}>
            {row.flaggedGoals.map((goal) => (
              <li key={goal.id}>
                <HealthBadge health={goal.health} />
                <Link prefetch={false} href={`/goals/${goal.id}`}>
                  {goal.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </th>
      <td className={styles.num}>{row.onTrack}</td>
      <td className={`${styles.num} ${row.atRisk > 0 ? styles.warn : ""}`}>{row.atRisk}</td>
      <td className={`${styles.num} ${row.offTrack > 0 ? styles.bad : ""}`}>{row.offTrack}</td>
      <td>
        {row.activeGoals > 0 ? (
          <ProgressBar value={row.averageProgress} />
        ) : (
          <span className={styles.muted}>No active goals</span>
        )}
      </td>
      <td className={styles.nowrap}>
        {row.lastCheckInAt ? (
          <time dateTime={row.lastCheckInAt} title={new Date(row.lastCheckInAt).toUTCString()}>
            {row.lastCheckInLabel}
          </time>
        ) : (
          <span className={styles.muted}>Never</span>
        )}
      </td>
      <td>{percent(row.planCompletion)}</td>
      <td>
        <FeedbackStatusCell status={row.feedback} />
      </td>
    </tr>
  );
}
