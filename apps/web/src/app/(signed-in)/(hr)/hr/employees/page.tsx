import type { Metadata } from "next";
import Link from "next/link";
import { graphql } from "@/gql";
import { apiErrorCode, apiErrorMessage } from "@/lib/apollo/errors";
import { readAsViewer } from "@/lib/apollo/read";
import { count } from "../_components/charts/format";
import hr from "../_components/hr.module.css";
import { requireHrAdmin } from "../_components/require-hr-admin";
import { DirectoryFilters } from "./directory-filters";
import { DirectoryList } from "./directory-list";
import { type DirectoryParams, directoryHref, hasFilters, parseDirectoryParams } from "./directory-params";
import styles from "./employees.module.css";

export const metadata: Metadata = { title: "Employees" };

const PAGE_SIZE = 25;

const EmployeeDirectoryQuery = graphql(`
  query EmployeeDirectory($first: Int!, $after: String, $filter: EmployeeFilter) {
    employees(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          ...DirectoryRow
        }
      }
    }
  }
`);

// The department names for the filter; insights are HR's view of the organization and cost a fixed
// number of statements whatever its size.
const DirectoryDepartmentsQuery = graphql(`
  query DirectoryDepartments {
    organizationInsights {
      departments {
        department
      }
    }
  }
`);

async function readDirectory(params: DirectoryParams) {
  try {
    const data = await readAsViewer(EmployeeDirectoryQuery, {
      first: PAGE_SIZE,
      after: params.after,
      filter: {
        search: params.q || undefined,
        department: params.department || undefined,
        includeInactive: params.inactive || undefined,
      },
    });
    return { connection: data.employees };
  } catch (error) {
    // A hand-edited address (a cursor that is not one): say so instead of failing the page.
    if (apiErrorCode(error) === "BAD_USER_INPUT") {
      return { error: apiErrorMessage(error) ?? "This search can't be run." };
    }
    throw error;
  }
}

export default async function EmployeesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireHrAdmin();
  const params = parseDirectoryParams(await searchParams);
  const [directory, { organizationInsights }] = await Promise.all([
    readDirectory(params),
    readAsViewer(DirectoryDepartmentsQuery),
  ]);
  const departments = organizationInsights.departments.map((d) => d.department).filter(Boolean);
  const firstPage = { ...params, after: undefined };

  return (
    <div className={hr.page}>
      <header>
        <h1 className={hr.title}>Employees</h1>
        <p className={hr.lead}>
          Everyone in the organization, by name. Open a person to see their place in it.
        </p>
      </header>
      <DirectoryFilters params={params} departments={departments} />

      {directory.connection === undefined ? (
        <div className={hr.errorPanel} role="alert">
          <p>{directory.error}</p>
          <Link href={directoryHref(firstPage)}>Start again from the first page</Link>
        </div>
      ) : directory.connection.totalCount === 0 ? (
        <div className={hr.empty}>
          <p>{hasFilters(params) ? "No one matches these filters." : "No employees yet."}</p>
          {hasFilters(params) ? <Link href="/hr/employees">Show everyone</Link> : null}
        </div>
      ) : (
        <section aria-labelledby="results-title" className={styles.results}>
          <h2 id="results-title" className={styles.resultsTitle} aria-live="polite">
            {count(directory.connection.totalCount, "person", "people")}
            {hasFilters(params) ? " match" : ""}
          </h2>
          <DirectoryList people={directory.connection.edges.map((edge) => edge.node)} />
          {params.after || directory.connection.pageInfo.hasNextPage ? (
            <nav aria-label="Pages" className={styles.pager}>
              {params.after ? (
                <Link href={directoryHref(firstPage)} className="button">
                  First page
                </Link>
              ) : null}
              {directory.connection.pageInfo.hasNextPage && directory.connection.pageInfo.endCursor ? (
                <Link
                  href={directoryHref({ ...params, after: directory.connection.pageInfo.endCursor })}
                  className="button"
                >
                  Next page
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      )}
    </div>
  );
}
