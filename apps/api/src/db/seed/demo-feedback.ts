import type { EntityManager } from "typeorm";
import { DEFAULT_QUESTIONS } from "../../modules/feedback/feedback.inputs";
import type { DemoIds } from "./seed-demo";

/**
 * 360 feedback for the demo: closed rounds with full reports (one group suppressed in each, so
 * the page can show how that reads), an open round with pending requests for the three printed
 * sign-ins (maya the manager, leo the employee, hannah the HR admin), and a draft whose
 * nominations wait for maya's approval. Written with plain SQL in the demo seed's transaction.
 */
type Rel = "SELF" | "MANAGER" | "PEER" | "DIRECT_REPORT" | "MENTOR" | "OTHER";
type Status = "PENDING" | "SUBMITTED" | "DECLINED";

interface DemoReviewer {
  who: string;
  relationship: Rel;
  status?: Status;
  approved?: boolean;
  /** One level per skill of the round, in order; null = can't say. */
  levels?: (number | null)[];
  answers?: string[];
  declineReason?: string;
}

interface DemoRound {
  subject: string;
  createdBy: string;
  title: string;
  skills: string[];
  status: "DRAFT" | "OPEN" | "CLOSED";
  /** Days from now (negative: in the past). */
  closesInDays: number;
  reviewers: DemoReviewer[];
}

const DEMO_ROUNDS: DemoRound[] = [
  {
    subject: "leo",
    createdBy: "maya",
    title: "Leo's spring 360",
    skills: ["TypeScript", "Testing", "Public speaking", "Giving feedback"],
    status: "CLOSED",
    closesInDays: -20,
    reviewers: [
      {
        who: "leo",
        relationship: "SELF",
        levels: [4, 3, 4, 3],
        answers: ["Shipping small PRs.", "Present more often."],
      },
      {
        who: "maya",
        relationship: "MANAGER",
        levels: [4, 4, 2, 3],
        answers: ["Your tests make releases calm.", "Share your work in demos; people want to hear it."],
      },
      {
        who: "aisha",
        relationship: "PEER",
        levels: [5, 4, 2, 3],
        answers: ["Fast, careful reviews.", "Speak up in planning."],
      },
      {
        who: "jonas",
        relationship: "PEER",
        levels: [4, 5, 3, 2],
        answers: ["Great test coverage.", "Be more direct in reviews."],
      },
      { who: "mei", relationship: "PEER", levels: [4, 4, 2, null], answers: ["Helps on-call a lot.", ""] },
      {
        who: "carlos",
        relationship: "PEER",
        levels: [5, 4, 3, 3],
        answers: ["Curious and thorough.", "Demo your wins."],
      },
      // A single mentor: under the threshold of 3, so the report leaves this group out entirely.
      {
        who: "ivan",
        relationship: "MENTOR",
        levels: [5, 5, 1, 1],
        answers: ["(suppressed in the report)", ""],
      },
      { who: "nina", relationship: "OTHER", status: "PENDING" },
    ],
  },
  {
    subject: "aisha",
    createdBy: "aisha",
    title: "Aisha — senior promotion 360",
    skills: ["System design", "Code review", "Coaching", "Stakeholder management"],
    status: "CLOSED",
    closesInDays: -45,
    reviewers: [
      {
        who: "aisha",
        relationship: "SELF",
        levels: [4, 5, 3, 2],
        answers: ["Design docs.", "Work with product earlier."],
      },
      {
        who: "maya",
        relationship: "MANAGER",
        levels: [5, 5, 4, 3],
        answers: ["Your designs age well.", "Bring PMs in sooner."],
      },
      {
        who: "leo",
        relationship: "PEER",
        levels: [5, 5, 5, 3],
        answers: ["Patient mentoring.", "Delegate more."],
      },
      {
        who: "jonas",
        relationship: "PEER",
        levels: [5, 4, 4, 2],
        answers: ["Clear architecture.", "Say no to side quests."],
      },
      { who: "fatima", relationship: "PEER", levels: [4, 5, 5, 3], answers: ["Explains things kindly.", ""] },
      {
        who: "carlos",
        relationship: "PEER",
        status: "DECLINED",
        declineReason: "We haven't worked together this year.",
      },
      {
        who: "ethan",
        relationship: "OTHER",
        levels: [4, null, 3, 3],
        answers: ["Reliable estimates.", "Join discovery."],
      },
      {
        who: "nina",
        relationship: "OTHER",
        levels: [5, null, 4, 2],
        answers: ["Thinks about users.", "Push back on scope."],
      },
      {
        who: "grace",
        relationship: "OTHER",
        levels: [4, null, 4, 3],
        answers: ["Great partner to design.", ""],
      },
      // One mentor: left out of the report, whatever they said.
      {
        who: "ivan",
        relationship: "MENTOR",
        levels: [2, 2, 2, 2],
        answers: ["(suppressed: one person)", ""],
      },
    ],
  },
  {
    subject: "jonas",
    createdBy: "maya",
    title: "Jonas — mid-year 360",
    skills: ["SQL", "Testing", "Written communication"],
    status: "OPEN",
    closesInDays: 9,
    reviewers: [
      {
        who: "jonas",
        relationship: "SELF",
        levels: [3, 4, 3],
        answers: ["Careful migrations.", "Write more docs."],
      },
      { who: "maya", relationship: "MANAGER" },
      { who: "leo", relationship: "PEER" },
      {
        who: "mei",
        relationship: "PEER",
        levels: [4, 4, 3],
        answers: ["Solid queries.", "Document decisions."],
      },
      { who: "fatima", relationship: "PEER" },
      { who: "hannah", relationship: "OTHER" },
    ],
  },
  {
    subject: "mei",
    createdBy: "mei",
    title: "Mei's first 360",
    skills: ["System design", "Written communication", "Prioritization"],
    status: "DRAFT",
    closesInDays: 21,
    reviewers: [
      { who: "mei", relationship: "SELF" },
      { who: "maya", relationship: "MANAGER" },
      { who: "carlos", relationship: "PEER", approved: false },
      { who: "leo", relationship: "PEER", approved: false },
      { who: "ivan", relationship: "OTHER", approved: false },
    ],
  },
];

export async function seedDemoFeedback(manager: EntityManager, ids: DemoIds): Promise<void> {
  const person = (key: string) => ids.employees[key];
  for (const round of DEMO_ROUNDS) {
    const skillIds = round.skills.map((name) => ids.skills[name]);
    const [{ id: roundId }] = await manager.query(
      `INSERT INTO feedback_rounds (subject_id, created_by_id, title, questions, status, closes_at, opened_at, closed_at)
       VALUES ($1, $2, $3, $4, $5::feedback_round_status, now() + make_interval(days => $6::int),
         CASE WHEN $5::text <> 'DRAFT' THEN now() + make_interval(days => $6::int - 14) END,
         CASE WHEN $5::text = 'CLOSED' THEN now() + make_interval(days => $6::int) END)
       RETURNING id`,
      [
        person(round.subject),
        person(round.createdBy),
        round.title,
        DEFAULT_QUESTIONS,
        round.status,
        round.closesInDays,
      ],
    );
    await manager.query(
      "INSERT INTO feedback_round_skills (round_id, skill_id) SELECT $1, unnest($2::uuid[])",
      [roundId, skillIds],
    );
    for (const reviewer of round.reviewers) {
      const status: Status = reviewer.status ?? (reviewer.levels ? "SUBMITTED" : "PENDING");
      const [{ id: requestId }] = await manager.query(
        `INSERT INTO feedback_requests (round_id, reviewer_id, relationship, status, approved, nominated_by_id, decline_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          roundId,
          person(reviewer.who),
          reviewer.relationship,
          status,
          reviewer.approved ?? true,
          person(round.createdBy),
          reviewer.declineReason ?? null,
        ],
      );
      if (status !== "SUBMITTED") continue;
      await manager.query(
        `INSERT INTO feedback_ratings (request_id, skill_id, level)
         SELECT $1, * FROM unnest($2::uuid[], $3::smallint[])`,
        [requestId, skillIds, reviewer.levels],
      );
      const answers = (reviewer.answers ?? []).map((text, index) => ({ text, index })).filter((a) => a.text);
      await manager.query(
        `INSERT INTO feedback_answers (request_id, question_index, text)
         SELECT $1, * FROM unnest($2::smallint[], $3::text[])`,
        [requestId, answers.map((a) => a.index), answers.map((a) => a.text)],
      );
    }
  }
}
