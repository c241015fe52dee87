import { registerEnumType } from "type-graphql";

/** What an HR integration's API token may do. A token can only use operations naming its scope. */
export enum ApiScope {
  EMPLOYEES_READ = "EMPLOYEES_READ",
  EMPLOYEES_WRITE = "EMPLOYEES_WRITE",
  SKILLS_READ = "SKILLS_READ",
}
registerEnumType(ApiScope, { name: "ApiScope" });
