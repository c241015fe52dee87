import type { Employee } from "../modules/employee/employee.entity";
import { Role } from "../modules/employee/employee.entity";
import type { ApiScope } from "./scopes";

/**
 * Who is asking. A person signed in with a session, or an HR integration with an API token
 * (which acts with the rights of the HR admin who created it, narrowed to its scopes).
 */
export type Viewer =
  | { kind: "session"; employee: Employee; sessionId: string }
  | { kind: "apiToken"; employee: Employee; apiTokenId: string; scopes: ApiScope[] };

export function isHrAdmin(viewer: Viewer): boolean {
  return viewer.employee.role === Role.HR_ADMIN;
}

export function viewerId(viewer: Viewer): string {
  return viewer.employee.id;
}
