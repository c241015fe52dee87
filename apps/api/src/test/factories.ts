import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { hashPassword } from "../auth/password";
import type { TestApi } from "./test-api";

export const TEST_PASSWORD = "correct horse battery staple";

// scrypt is slow on purpose; hash the shared test password once per file.
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
};

export interface TestEmployee {
  id: string;
  name: string;
  email: string;
  managerId: string | null;
}

let sequence = 0;

/** Inserts an employee who can sign in with TEST_PASSWORD. */
export async function createEmployee(
  dataSource: DataSource,
  overrides: Partial<{
    name: string;
    email: string;
    title: string;
    department: string;
    managerId: string | null;
    role: "EMPLOYEE" | "HR_ADMIN";
    active: boolean;
  }> = {},
): Promise<TestEmployee> {
  sequence += 1;
  const id = randomUUID();
  const name = overrides.name ?? `Person ${String(sequence).padStart(4, "0")}`;
  const email = overrides.email ?? `person${sequence}.${id.slice(0, 8)}@test.example`;
  await dataSource.query(
    `INSERT INTO employees (id, name, email, title, department, manager_id, role, active, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      id,
      name,
      email,
      overrides.title ?? "Engineer",
      overrides.department ?? "Engineering",
      overrides.managerId ?? null,
      overrides.role ?? "EMPLOYEE",
      overrides.active ?? true,
      await testPasswordHash(),
    ],
  );
  return { id, name, email, managerId: overrides.managerId ?? null };
}

export async function signIn(api: TestApi, email: string, password = TEST_PASSWORD): Promise<string> {
  const result = await api.gql<{ login: { token: string } }>(
    `mutation($input: LoginInput!) { login(input: $input) { token } }`,
    {
      input: { email, password },
    },
  );
  if (!result.data?.login) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
  return result.data.login.token;
}
