import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "@/gql";
import { ChartFigure } from "./charts/chart-figure";
import styles from "./charts/charts.module.css";
import { barWidth, departmentLabel, percent } from "./charts/format";

export const DepartmentAdoptionFields = graphql(`
  fragment DepartmentAdoption on DepartmentInsights {
    department
    headcount
    peopleWithActiveGoals
    goalAdoption
  }
`);

type Department = ResultOf<typeof DepartmentAdoptionFields>;

/** The share of each department's people who work on at least one active goal. */
export function AdoptionChart({ departments }: { departments: Department[] }) {
  const summary = `Goal adoption by department: ${departments
    .map((d) => `${departmentLabel(d.department)} ${percent(d.goalAdoption)}`)
    .join(", ")}.`;
  return (
    <ChartFigure
      summary={summary}
      tableLabel="Goal adoption by department, as a table"
      table={
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Department</th>
              <th scope="col">People</th>
              <th scope="col">With an active goal</th>
              <th scope="col">Adoption</th>
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.department}>
                <th scope="row">{departmentLabel(d.department)}</th>
                <td>{d.headcount}</td>
                <td>{d.peopleWithActiveGoals}</td>
                <td>{percent(d.goalAdoption)}</td>
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
            <span className={styles.fill} style={{ width: barWidth(d.goalAdoption, 1) }} />
          </span>
          <span className={styles.value}>
            {percent(d.goalAdoption)}
            <span className={styles.valueDetail}>
              {d.peopleWithActiveGoals} of {d.headcount}
            </span>
          </span>
        </div>
      ))}
    </ChartFigure>
  );
}
