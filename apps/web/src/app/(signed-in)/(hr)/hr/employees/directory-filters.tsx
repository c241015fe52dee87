import Link from "next/link";
import { departmentLabel } from "../_components/charts/format";
import type { DirectoryParams } from "./directory-params";
import styles from "./employees.module.css";

/**
 * A plain GET form: the filters live in the address, so the page reloads, shares and works before
 * JavaScript has loaded. Applying a filter starts again from the first page.
 */
export function DirectoryFilters({
  params,
  departments,
}: {
  params: DirectoryParams;
  departments: string[];
}) {
  return (
    <search aria-label="Employees">
      <form action="/hr/employees" method="get" className={styles.filters}>
        <div className={`field ${styles.searchField}`}>
          <label htmlFor="directory-q">Search</label>
          <input
            id="directory-q"
            name="q"
            type="search"
            defaultValue={params.q}
            maxLength={100}
            placeholder="Name, email or title"
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor="directory-department">Department</label>
          <select id="directory-department" name="department" defaultValue={params.department}>
            <option value="">All departments</option>
            {departments.map((department) => (
              <option key={department} value={department}>
                {departmentLabel(department)}
              </option>
            ))}
          </select>
        </div>
        <label className={styles.checkbox}>
          <input type="checkbox" name="inactive" value="1" defaultChecked={params.inactive} />
          Include people who left
        </label>
        <div className={styles.actions}>
          <button type="submit" className="button button-primary">
            Search
          </button>
          {params.q || params.department || params.inactive ? (
            <Link href="/hr/employees" className="button">
              Clear
            </Link>
          ) : null}
        </div>
      </form>
    </search>
  );
}
