import type { ResultOf } from "@graphql-typed-document-node/core";
import { formatDay, formatInstantDay, percent } from "@/components/goal/goal-format";
import { graphql } from "@/gql";
import { type HistoryPoint, plot, polyline, timeDomain } from "./chart-geometry";
import styles from "./progress-chart.module.css";

export const GoalProgressChartFields = graphql(`
  fragment GoalProgressChart on Goal {
    status
    startDate
    dueDate
    progressHistory {
      date
      progress
      expectedProgress
    }
  }
`);

type ChartGoal = ResultOf<typeof GoalProgressChartFields>;

const GRID = [0, 25, 50, 75, 100];

/** What each point is: the API sends the start, one point per check-in, and now for an active goal. */
function pointNames(goal: ChartGoal): string[] {
  const count = goal.progressHistory.length;
  return goal.progressHistory.map((_, index) => {
    if (index === 0) return "Start";
    if (goal.status === "ACTIVE" && index === count - 1) return "Today";
    return "Check-in";
  });
}

/** The chart in one or two sentences: what a screen reader reads, and what everyone sees first. */
function summarize(goal: ChartGoal, names: string[]): string {
  const points = goal.progressHistory;
  const first = points[0];
  const last = points[points.length - 1];
  const checkIns = names.filter((name) => name === "Check-in").length;
  if (!first || !last) return "No progress recorded yet.";
  const when = names[names.length - 1] === "Today" ? "today" : `on ${formatInstantDay(last.date)}`;
  const expected =
    last.expectedProgress != null ? `, against ${percent(last.expectedProgress)} expected by then` : "";
  const count =
    checkIns === 0 ? "No check-ins yet." : `${checkIns} check-in${checkIns === 1 ? "" : "s"} so far.`;
  return `Progress went from ${percent(first.progress)} at the start (${formatInstantDay(first.date)}) to ${percent(last.progress)} ${when}${expected}. ${count}`;
}

/**
 * Progress over time against expected progress, drawn by hand: the lines are an SVG stretched over
 * the plot (strokes keep their width), the dots and labels are HTML placed by percent, so the text
 * stays readable at 390 px. A visible summary and a table ("Show the numbers") say the same.
 */
export function ProgressChart({ goal }: { goal: ChartGoal }) {
  const points: HistoryPoint[] = goal.progressHistory;
  const names = pointNames(goal);
  const domain = timeDomain(goal.startDate, goal.dueDate, points);
  const progress = points.map((point) => plot(point.date, point.progress, domain));
  // Expected progress reaches 100% on the due date by definition; the line goes on to show the plan.
  const expectedPoints = points.filter((point) => point.expectedProgress != null);
  const expected = expectedPoints.map((point) => plot(point.date, point.expectedProgress ?? 0, domain));
  const lastDate = points[points.length - 1]?.date;
  if (goal.dueDate && expected.length && lastDate && lastDate < `${goal.dueDate}T00:00:00Z`) {
    expected.push(plot(`${goal.dueDate}T00:00:00Z`, 1, domain));
  }
  const today = names[names.length - 1] === "Today" ? progress[progress.length - 1] : undefined;
  const summary = summarize(goal, names);
  const area = progress.length
    ? `${polyline(progress)} ${progress[progress.length - 1].x},100 ${progress[0].x},100`
    : "";

  return (
    <section className={styles.card} aria-labelledby="chart-title">
      <div className={styles.head}>
        <h2 id="chart-title" className={styles.title}>
          Progress over time
        </h2>
        <ul className={styles.legend}>
          <li>
            <span className={`${styles.swatch} ${styles.swatchProgress}`} aria-hidden="true" />
            Progress
          </li>
          {expected.length ? (
            <li>
              <span className={`${styles.swatch} ${styles.swatchExpected}`} aria-hidden="true" />
              Expected
            </li>
          ) : null}
        </ul>
      </div>
      <figure className={styles.figure}>
        <figcaption id="chart-summary" className={styles.summary}>
          {summary}
          {expected.length ? null : " Without a due date there is no expected progress to compare with."}
        </figcaption>
        <div className={styles.chart} role="img" aria-labelledby="chart-summary">
          <div className={styles.yAxis} aria-hidden="true">
            {GRID.map((value) => (
              <span key={value} style={{ bottom: `${value}%` }}>
                {value}%
              </span>
            ))}
          </div>
          <div className={styles.plot} data-testid="progress-plot">
            {GRID.map((value) => (
              <span key={value} className={styles.gridLine} style={{ bottom: `${value}%` }} />
            ))}
            {today ? (
              <span className={styles.today} style={{ left: `${today.x}%` }}>
                <span className={today.x > 80 ? styles.todayLabelEnd : styles.todayLabel}>Today</span>
              </span>
            ) : null}
            <svg
              className={styles.lines}
              viewBox="0 0 100 100"
              preserveAspectRatio="none"
              focusable="false"
              aria-hidden="true"
            >
              {area ? <polygon className={styles.area} points={area} /> : null}
              {expected.length > 1 ? (
                <polyline className={styles.expectedLine} points={polyline(expected)} />
              ) : null}
              {progress.length > 1 ? (
                <polyline className={styles.progressLine} points={polyline(progress)} />
              ) : null}
            </svg>
            {progress.map((point, index) => (
              <span
                // biome-ignore lint/suspicious/noArrayIndexKey: points have no id and never reorder
                key={index}
                data-point={names[index]}
                className={names[index] === "Today" ? `${styles.dot} ${styles.dotToday}` : styles.dot}
                style={{ left: `${point.x}%`, bottom: `${point.y}%` }}
              />
            ))}
          </div>
          <div className={styles.xAxis} aria-hidden="true">
            <span className={styles.xStart}>{formatDay(goal.startDate)}</span>
            <span className={styles.xEnd}>
              {goal.dueDate ? `Due ${formatDay(goal.dueDate)}` : lastDate ? formatInstantDay(lastDate) : ""}
            </span>
          </div>
        </div>
        <details className={styles.details}>
          <summary>Show the numbers</summary>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be reachable by keyboard */}
          <section className={styles.tableWrap} aria-label="Progress over time, as a table" tabIndex={0}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">Point</th>
                  <th scope="col">Date</th>
                  <th scope="col">Progress</th>
                  <th scope="col">Expected</th>
                </tr>
              </thead>
              <tbody>
                {points.map((point, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: points have no id and never reorder
                  <tr key={index}>
                    <th scope="row">{names[index]}</th>
                    <td>{formatInstantDay(point.date)}</td>
                    <td>{percent(point.progress)}</td>
                    <td>{point.expectedProgress != null ? percent(point.expectedProgress) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </details>
      </figure>
    </section>
  );
}
