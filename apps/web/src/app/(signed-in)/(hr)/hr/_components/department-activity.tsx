import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "@/gql";
import styles from "./charts/charts.module.css";
import { departmentLabel, percent } from "./charts/format";

export const DepartmentActivityFields = graphql(`
  fragment DepartmentActivity on DepartmentInsights {
    department
    averageProgress
    checkInsLast30Days
    planCompletion
  }
`);

type Department = ResultOf<typeof DepartmentActivityFields>;

const orDash = (share: number | null) => (share === null ? "—" : percent(share));

/** Development activity per department, as plain figures: a dash where there is nothing to measure. */
export function DepartmentActivity({
  departments,
  labelledBy,
}: {
  departments: Department[];
  labelledBy: string;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be reachable by keyboard
    <section className={styles.tableWrap} aria-labelledby={labelledBy} tabIndex={0}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Department</th>
            <th scope="col">Average goal progress</th>
            <th scope="col">Check-ins, last 30 days</th>
            <th scope="col">Plan completion</th>
          </tr>
        </thead>
        <tbody>
          {departments.map((d) => (
            <tr key={d.department}>
              <th scope="row">{departmentLabel(d.department)}</th>
              <td>{orDash(d.averageProgress)}</td>
              <td>{d.checkInsLast30Days}</td>
              <td>{orDash(d.planCompletion)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
