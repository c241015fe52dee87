import "server-only";
import { forbidden } from "next/navigation";
import { readViewer } from "../../../_components/viewer";

/**
 * Every HR page and the HR layout call this first. Layouts and pages render in parallel, so the
 * layout's check alone would not stop a page from querying; the API applies the same rule anyway.
 * `forbidden()` answers 403 with (hr)/forbidden.tsx ("HR admins only").
 */
export async function requireHrAdmin(): Promise<void> {
  if (!(await readViewer()).isHrAdmin) forbidden();
}
