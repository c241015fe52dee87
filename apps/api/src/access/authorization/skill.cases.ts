import { createSkill } from "../../modules/goal/goal.test-helpers";
import type { AccessCase } from "./access-case";

/** Skill profile: the person, their chain, an active mentor and HR read; the person and chain rate. */
export const skillCases: AccessCase[] = [
  {
    name: "Employee.skillProfile",
    allowed: ["employee", "manager", "skipLevel", "mentor", "hr"],
    async request(org) {
      return {
        query: `query($id: ID!) { employee(id: $id) { skillProfile { entries { selfLevel } } } }`,
        variables: { id: org.people.employee.id },
      };
    },
  },
  {
    name: "rateSkill",
    allowed: ["employee", "manager", "skipLevel"],
    async request(org) {
      const skill = await createSkill(org.api.dataSource);
      return {
        query: `mutation($input: RateSkillInput!) { rateSkill(input: $input) { id } }`,
        variables: { input: { employeeId: org.people.employee.id, skillId: skill.id, level: 3, note: "" } },
      };
    },
  },
  {
    name: "setGrowthArea",
    allowed: ["employee", "manager", "skipLevel"],
    async request(org) {
      const skill = await createSkill(org.api.dataSource);
      return {
        query: `mutation($input: SetGrowthAreaInput!) { setGrowthArea(input: $input) { id } }`,
        variables: { input: { employeeId: org.people.employee.id, skillId: skill.id, growthArea: true } },
      };
    },
  },
];
