import type { AccessCase } from "./access-case";

/** The subject's own record and private channels. */
export const peopleCases: AccessCase[] = [
  {
    name: "updateEmployee (the subject's title)",
    allowed: ["hr"],
    async request(org) {
      const [{ version }] = await org.api.dataSource.query("SELECT version FROM employees WHERE id = $1", [
        org.people.employee.id,
      ]);
      return {
        query: `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id } }`,
        variables: { input: { id: org.people.employee.id, version, title: "Senior Engineer" } },
      };
    },
  },
  {
    name: "Employee.notifications",
    allowed: ["employee"],
    async request(org) {
      return {
        query: `query($id: ID!) { employee(id: $id) { notifications(first: 5) { totalCount } } }`,
        variables: { id: org.people.employee.id },
      };
    },
  },
  {
    name: "Employee.unreadNotificationCount",
    allowed: ["employee"],
    async request(org) {
      return {
        query: `query($id: ID!) { employee(id: $id) { unreadNotificationCount } }`,
        variables: { id: org.people.employee.id },
      };
    },
  },
  {
    name: "organizationInsights",
    allowed: ["hr"],
    request: async () => ({ query: `{ organizationInsights { headcount } }` }),
  },
  {
    name: "createSkill",
    allowed: ["hr"],
    request: async () => ({
      query: `mutation($input: CreateSkillInput!) { createSkill(input: $input) { id } }`,
      variables: { input: { name: `Skill ${Math.random().toString(36).slice(2, 10)}` } },
    }),
  },
];
