import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createSkill } from "../goal/goal.test-helpers";
import { insertMentorship } from "../plan/plan.test-helpers";
import { reasonFor } from "./mentor-suggestions";

let api: TestApi;
const tokens: Record<string, string> = {};
let vp: TestEmployee;
let lead: TestEmployee;
let mentee: TestEmployee;

beforeAll(async () => {
  api = await startTestApi();
  vp = await createEmployee(api.dataSource, { name: "Suggest VP" });
  lead = await createEmployee(api.dataSource, { name: "Suggest Lead", managerId: vp.id });
  mentee = await createEmployee(api.dataSource, { name: "Suggest Mentee", managerId: lead.id });
  const peer = await createEmployee(api.dataSource, { name: "Suggest Peer", managerId: lead.id });
  const hr = await createEmployee(api.dataSource, { name: "Suggest HR", role: "HR_ADMIN" });
  for (const [key, person] of Object.entries({ vp, lead, mentee, peer, hr }))
    tokens[key] = await signIn(api, person.email);
});
afterAll(() => api.close());

/** Ratings are append-only: `minutesAgo` orders them, the newest per source counts. */
async function rate(
  employeeId: string,
  skillId: string,
  source: "SELF" | "MANAGER",
  level: number,
  minutesAgo = 0,
) {
  await api.dataSource.query(
    `INSERT INTO skill_ratings (employee_id, skill_id, source, level, created_at)
     VALUES ($1, $2, $3, $4, now() - make_interval(mins => $5))`,
    [employeeId, skillId, source, level, minutesAgo],
  );
}

const QUERY = `query($for: ID!, $first: Int) { mentorSuggestions(for: $for, first: $first) {
  mentor { id name } reason freeCapacity skills { skill { id name } level } } }`;
type Suggestion = {
  mentor: { id: string; name: string };
  reason: string;
  freeCapacity: number;
  skills: { skill: { id: string; name: string }; level: number }[];
};

async function suggestionsFor(id: string, token: string, first?: number): Promise<Suggestion[]> {
  const result = await api.gql<{ mentorSuggestions: Suggestion[] }>(QUERY, { for: id, first }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.mentorSuggestions;
}

describe("mentor suggestions", () => {
  it("rank colleagues strong in the growth areas, by areas covered then level, and say why", async () => {
    const speaking = await createSkill(api.dataSource, "Public speaking");
    const sql = await createSkill(api.dataSource, "SQL");
    const rust = await createSkill(api.dataSource, "Rust");
    // Growth areas: speaking is marked; SQL is low (self 2, newest manager 3 → 2.5, the older 5 is
    // history); Rust is a strength of the mentee, so nobody is suggested for it.
    await api.dataSource.query("INSERT INTO growth_areas (employee_id, skill_id) VALUES ($1, $2)", [
      mentee.id,
      speaking.id,
    ]);
    await rate(mentee.id, speaking.id, "SELF", 4);
    await rate(mentee.id, sql.id, "SELF", 2);
    await rate(mentee.id, sql.id, "MANAGER", 5, 60);
    await rate(mentee.id, sql.id, "MANAGER", 3);
    await rate(mentee.id, rust.id, "SELF", 5);

    const person = async (name: string, managerId?: string) => {
      const e = await createEmployee(api.dataSource, { name, managerId });
      return e.id;
    };
    const both = await person("Ana Both");
    await rate(both, speaking.id, "SELF", 5);
    await rate(both, speaking.id, "MANAGER", 4);
    await rate(both, sql.id, "MANAGER", 4);
    const speakerOnly = await person("Bo Speaker");
    await rate(speakerOnly, speaking.id, "SELF", 5);
    const sqlOnly = await person("Cy Sql");
    await rate(sqlOnly, sql.id, "SELF", 4);
    const wasStrong = await person("Di Faded"); // newest manager rating brings them below 4
    await rate(wasStrong, sql.id, "MANAGER", 5, 60);
    await rate(wasStrong, sql.id, "MANAGER", 2);
    await rate(wasStrong, sql.id, "SELF", 4);
    const middling = await person("Ed Middling");
    await rate(middling, speaking.id, "SELF", 3);
    const rustOnly = await person("Fay Rust");
    await rate(rustOnly, rust.id, "SELF", 5);
    // Strong, but excluded: the chain, someone below the mentee, someone who left, someone at
    // capacity, someone already mentoring or asked by the mentee.
    const report = await person("Gus Report", mentee.id);
    const reportsReport = await person("Hal Deep", report);
    const left = await person("Ida Left");
    await api.dataSource.query("UPDATE employees SET active = FALSE WHERE id = $1", [left]);
    const full = await person("Jo Full");
    await api.dataSource.query("UPDATE employees SET mentor_capacity = 1 WHERE id = $1", [full]);
    await insertMentorship(api.dataSource, full, (await createEmployee(api.dataSource)).id, "ACTIVE");
    const already = await person("Kim Already");
    await insertMentorship(api.dataSource, already, mentee.id, "ACTIVE");
    const asked = await person("Lu Asked");
    await insertMentorship(api.dataSource, asked, mentee.id, "PROPOSED");
    const formerly = await person("Mo Former");
    await insertMentorship(api.dataSource, formerly, mentee.id, "COMPLETED");
    for (const id of [vp.id, lead.id, report, reportsReport, left, full, already, asked, formerly]) {
      await rate(id, speaking.id, "SELF", 5);
    }

    const suggestions = await suggestionsFor(mentee.id, tokens.mentee, 10);
    expect(suggestions.map((s) => s.mentor.name)).toEqual(["Ana Both", "Bo Speaker", "Mo Former", "Cy Sql"]);
    expect(suggestions[0]).toEqual({
      mentor: { id: both, name: "Ana Both" },
      reason: "Strong in Public speaking (4.5) and SQL (4.0)",
      freeCapacity: 3,
      skills: [
        { skill: { id: speaking.id, name: "Public speaking" }, level: 4.5 },
        { skill: { id: sql.id, name: "SQL" }, level: 4 },
      ],
    });
    expect(suggestions[3].reason).toBe("Strong in SQL (4.0)");
    expect(await suggestionsFor(mentee.id, tokens.mentee, 2)).toHaveLength(2);
  });

  it("count 360 levels of closed rounds, only from groups shown in the report", async () => {
    const mentee2 = await createEmployee(api.dataSource, { name: "Suggest Mentee Two", managerId: lead.id });
    const coaching = await createSkill(api.dataSource, "Coaching for 360");
    await api.dataSource.query("INSERT INTO growth_areas (employee_id, skill_id) VALUES ($1, $2)", [
      mentee2.id,
      coaching.id,
    ]);
    /** A candidate rating themself 3 (not strong alone) with a closed round where `raters` peers gave 5. */
    const candidate = async (name: string, raters: number) => {
      const person = await createEmployee(api.dataSource, { name });
      await rate(person.id, coaching.id, "SELF", 3);
      const [{ id: roundId }] = await api.dataSource.query(
        `INSERT INTO feedback_rounds (subject_id, title, status, closes_at, closed_at)
         VALUES ($1, '360', 'CLOSED', now(), now()) RETURNING id`,
        [person.id],
      );
      await api.dataSource.query("INSERT INTO feedback_round_skills (round_id, skill_id) VALUES ($1, $2)", [
        roundId,
        coaching.id,
      ]);
      for (let i = 0; i < raters; i++) {
        const reviewer = await createEmployee(api.dataSource);
        const [{ id: requestId }] = await api.dataSource.query(
          `INSERT INTO feedback_requests (round_id, reviewer_id, relationship, status, approved)
           VALUES ($1, $2, 'PEER', 'SUBMITTED', TRUE) RETURNING id`,
          [roundId, reviewer.id],
        );
        await api.dataSource.query(
          "INSERT INTO feedback_ratings (request_id, skill_id, level) VALUES ($1, $2, 5)",
          [requestId, coaching.id],
        );
      }
      return person;
    };
    // Three peers reach the threshold: self 3 and 360 5 combine to 4, a strength.
    const shown = await candidate("Cy Shown", 3);
    // Two peers stay under it: their 5s are suppressed, self 3 alone is not strong.
    await candidate("Di Suppressed", 2);

    const suggestions = await suggestionsFor(mentee2.id, tokens.lead);
    expect(suggestions.map((s) => s.mentor.name)).toEqual(["Cy Shown"]);
    expect(suggestions[0].mentor.id).toBe(shown.id);
    expect(suggestions[0].skills).toEqual([
      { skill: { id: coaching.id, name: "Coaching for 360" }, level: 4 },
    ]);
  });

  it("are empty, not an error, for someone without growth areas", async () => {
    const person = await createEmployee(api.dataSource);
    const token = await signIn(api, person.email);
    const skill = await createSkill(api.dataSource);
    await rate(person.id, skill.id, "SELF", 4);
    expect(await suggestionsFor(person.id, token)).toEqual([]);
  });

  it("are for the person, their management chain and HR; FORBIDDEN to others", async () => {
    for (const who of ["mentee", "lead", "vp", "hr"]) {
      const result = await api.gql(QUERY, { for: mentee.id }, tokens[who]);
      expect([who, result.errors]).toEqual([who, undefined]);
    }
    const byPeer = await api.gql(QUERY, { for: mentee.id }, tokens.peer);
    expect(byPeer.errors![0].extensions!.code).toBe("FORBIDDEN");
    const unknown = await api.gql(QUERY, { for: "6f9619ff-8b86-4011-b42d-00cf4fc964ff" }, tokens.mentee);
    expect(unknown.errors![0].extensions!.code).toBe("NOT_FOUND");
    const tooMany = await api.gql(QUERY, { for: mentee.id, first: 500 }, tokens.mentee);
    expect(tooMany.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "first" }],
    });
  });

  it("word their reason for one, two or more skills", () => {
    const s = (name: string, level: number) => ({ skill: { name }, level });
    expect(reasonFor([s("SQL", 4)])).toBe("Strong in SQL (4.0)");
    expect(reasonFor([s("A", 5), s("B", 4.5), s("C", 4)])).toBe("Strong in A (5.0), B (4.5) and C (4.0)");
  });
});

describe("SQL statements", () => {
  async function statementsFor(candidates: number): Promise<number> {
    const person = await createEmployee(api.dataSource);
    const token = await signIn(api, person.email);
    const skills = [await createSkill(api.dataSource), await createSkill(api.dataSource)];
    for (const skill of skills) {
      await api.dataSource.query("INSERT INTO growth_areas (employee_id, skill_id) VALUES ($1, $2)", [
        person.id,
        skill.id,
      ]);
    }
    for (let i = 0; i < candidates; i++) {
      const candidate = await createEmployee(api.dataSource);
      for (const skill of skills) await rate(candidate.id, skill.id, "SELF", 4 + (i % 2));
    }
    api.queries.reset();
    const suggestions = await suggestionsFor(person.id, token, 20);
    expect(suggestions).toHaveLength(Math.min(candidates, 20));
    return api.queries.count;
  }

  it("stay constant whatever the organization's size", async () => {
    const small = await statementsFor(3);
    const large = await statementsFor(60);
    // session lookup, may the viewer ask, the suggestions
    expect(large).toBe(3);
    expect(small).toBe(large);
  });
});
