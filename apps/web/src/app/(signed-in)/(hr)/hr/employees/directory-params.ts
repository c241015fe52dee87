/** The directory's filters, as they travel in the address (so a search can be shared or reloaded). */
export interface DirectoryParams {
  q: string;
  department: string;
  inactive: boolean;
  after?: string;
}

type RawParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** The API accepts 1 to 100 characters per filter; longer input is cut rather than refused. */
export function parseDirectoryParams(raw: RawParams): DirectoryParams {
  const after = first(raw.after);
  return {
    q: first(raw.q).trim().slice(0, 100),
    department: first(raw.department).slice(0, 100),
    inactive: first(raw.inactive) === "1",
    after: after || undefined,
  };
}

/** The address of the directory with these filters (and page), omitting what is empty. */
export function directoryHref(params: DirectoryParams): string {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  if (params.department) search.set("department", params.department);
  if (params.inactive) search.set("inactive", "1");
  if (params.after) search.set("after", params.after);
  const query = search.toString();
  return query ? `/hr/employees?${query}` : "/hr/employees";
}

export function hasFilters(params: DirectoryParams): boolean {
  return Boolean(params.q || params.department || params.inactive);
}
