import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "@/gql";
import { ChartFigure, Legend } from "./charts/chart-figure";
import styles from "./charts/charts.module.css";
import { barWidth, count, departmentLabel } from "./charts/format";
import hr from "./hr.module.css";

export const DepartmentHealthFields = graphql(`
  fragment DepartmentHealth on DepartmentInsights {
    department
    activeGoals
    onTrack
    atRisk
    offTrack
  }
`);

type Department = ResultOf<typeof DepartmentHealthFields>;

/** Goals without a due date have no health (Goal.health is null): shown as their own series. */
function undated(d: Department): number {
  return Math.max(d.activeGoals - d.onTrack - d.atRisk - d.offTrack, 0);
}

const SERIES = [
  { label: "On track", className: styles.good, value: (d: Department) => d.onTrack },
  { label: "At risk", className: styles.warn, value: (d: Department) => d.atRisk },
  { label: "Off track", className: styles.bad, value: (d: Department) => d.offTrack },
  { label: "No due date", className: styles.none, value: undated },
];

function describe(d: Department): string {
  if (d.activeGoals === 0) return `${departmentLabel(d.department)} no active goals`;
  const parts = SERIES.map((s) => [s.label.toLowerCase(), s.value(d)] as const).filter(([, n]) => n > 0);
  return `${departmentLabel(d.department)} ${count(d.activeGoals, "active goal")} (${parts
    .map(([label, n]) => `${n} ${label}`)
    .join(", ")})`;
}

/** Active goals per department, split by health; every bar is the department's share of the largest. */
export function HealthChart({ departments }: { departments: Department[] }) {
  const largest = Math.max(0, ...departments.map((d) => d.activeGoals));
  if (largest === 0) {
    return (
      <p className={hr.empty}>
        No active goals yet. Health appears here once people have approved goals with due dates.
      </p>
    );
  }
  return (
    <ChartFigure
      summary={`Goal health by department: ${departments.map(describe).join("; ")}.`}
      tableLabel="Goal health by department, as a table"
      legend={<Legend items={SERIES} />}
      table={
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Department</th>
              <th scope="col">Active goals</th>
              {SERIES.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.department}>
                <th scope="row">{departmentLabel(d.department)}</th>
                <td>{d.activeGoals}</td>
                {SERIES.map((s) => (
                  <td key={s.label}>{s.value(d)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {departments.map((d) => (
        <div key={d.department} className={styles.row}>
          <span className={styles.label}>{departmentLabel(d.department)}</span>
          <span className={styles.track}>
            {SERIES.map((s) => (
              <span key={s.label} className={s.className} style={{ width: barWidth(s.value(d), largest) }} />
            ))}
          </span>
          <span className={styles.value}>
            {d.activeGoals}
            <span className={styles.valueDetail}>{d.activeGoals === 1 ? "goal" : "goals"}</span>
          </span>
        </div>
      ))}
    </ChartFigure>
  );
}
