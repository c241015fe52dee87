import { Skill } from "../skill/skill.entity";
import { FeedbackRelationship as R, FeedbackRequestStatus as S } from "./feedback-request.entity";
import { buildReport, type ReportRows, shuffle } from "./report";

const skill = (id: string, name: string) => Object.assign(new Skill(), { id, name });
const SPEAK = skill("s1", "Public speaking");
const CODE = skill("s2", "Code review");

type Reviewer = {
  relationship: R;
  status?: S;
  levels?: Record<string, number | null>;
  answers?: string[];
};

/** Rows as the loader would give them, from a list of reviewers (default: submitted). */
function rows(reviewers: Reviewer[], threshold = 3): ReportRows {
  const submitted = reviewers.filter((r) => (r.status ?? S.SUBMITTED) === S.SUBMITTED);
  return {
    threshold,
    skills: [SPEAK, CODE],
    questions: ["Keep doing?", "Do differently?"],
    requests: reviewers.map((r) => ({ relationship: r.relationship, status: r.status ?? S.SUBMITTED })),
    ratings: submitted.flatMap((r) =>
      Object.entries(r.levels ?? {}).map(([skillId, level]) => ({
        relationship: r.relationship,
        skillId,
        level,
      })),
    ),
    answers: submitted.flatMap((r) =>
      (r.answers ?? []).map((text, questionIndex) => ({ relationship: r.relationship, questionIndex, text })),
    ),
  };
}

const peer = (s1: number | null, s2: number | null, answer = "peer says"): Reviewer => ({
  relationship: R.PEER,
  levels: { s1, s2 },
  answers: [answer],
});

describe("buildReport", () => {
  it("attributes self and manager and shows a group with threshold answers", () => {
    const report = buildReport(
      rows([
        { relationship: R.SELF, levels: { s1: 5, s2: 2 }, answers: ["I present well"] },
        { relationship: R.MANAGER, levels: { s1: 3, s2: 4 }, answers: ["Great reviews"] },
        peer(3, 4, "a"),
        peer(2, 5, "b"),
        peer(4, 4, "c"),
      ]),
    );
    expect(report.groups).toEqual([{ relationship: R.PEER, shown: true, responseCount: 3 }]);
    expect(report.suppressedGroups).toEqual([]);
    const speak = report.skills[0];
    expect(speak).toMatchObject({
      self: 5,
      manager: 3,
      groups: [{ relationship: R.PEER, average: 3, ratingCount: 3 }],
      others: 3,
      othersCount: 3,
    });
    // others level (manager, 360) = 3; self 5 ≥ 3 + 1: a blind spot.
    expect(speak.blindSpot).toBe(true);
    expect(report.blindSpots.map((s) => s.name)).toEqual(["Public speaking"]);
    // Code review: self 2, others level mean(4, 4.33) ≈ 4.17: a hidden strength.
    expect(report.skills[1]).toMatchObject({ others: 4.33, hiddenStrength: true, blindSpot: false });
    expect(report.hiddenStrengths.map((s) => s.name)).toEqual(["Code review"]);
    expect(report.questions[0]).toMatchObject({ self: "I present well", manager: "Great reviews" });
    expect(report.questions[0].comments.map((c) => c.text).sort()).toEqual(["a", "b", "c"]);
    expect(report.selfSubmitted && report.managerSubmitted).toBe(true);
  });

  it("suppresses a group under the threshold entirely: no score, no comment, no count, not in all others", () => {
    const report = buildReport(
      rows([
        peer(3, 3, "p1"),
        peer(3, 3, "p2"),
        peer(3, 3, "p3"),
        { relationship: R.DIRECT_REPORT, levels: { s1: 1, s2: 1 }, answers: ["the report's secret"] },
      ]),
    );
    expect(report.suppressedGroups).toEqual([R.DIRECT_REPORT]);
    expect(report.groups).toContainEqual({
      relationship: R.DIRECT_REPORT,
      shown: false,
      responseCount: null,
    });
    for (const skillResult of report.skills) {
      expect(skillResult.groups.map((g) => g.relationship)).toEqual([R.PEER]);
      // All others equals the peers' figure exactly: nothing to subtract.
      expect(skillResult.others).toBe(3);
      expect(skillResult.othersCount).toBe(3);
    }
    expect(JSON.stringify(report)).not.toContain("the report's secret");
  });

  it("shows no peer figure or comment when 2 of 5 peers answered", () => {
    const report = buildReport(
      rows([
        peer(5, 5, "x"),
        peer(1, 1, "y"),
        { relationship: R.PEER, status: S.PENDING },
        { relationship: R.PEER, status: S.DECLINED },
        { relationship: R.PEER, status: S.PENDING },
      ]),
    );
    expect(report.groups).toEqual([{ relationship: R.PEER, shown: false, responseCount: null }]);
    expect(report.skills.every((s) => s.groups.length === 0 && s.others === null)).toBe(true);
    expect(report.questions.every((q) => q.comments.length === 0)).toBe(true);
    expect(report.strengths).toEqual([]);
  });

  it("leaves out a skill figure that fewer than threshold people of a shown group rated", () => {
    const report = buildReport(
      rows([
        peer(5, 4),
        peer(null, 4),
        peer(null, 4),
        { relationship: R.OTHER, levels: { s1: 2, s2: 2 } },
        { relationship: R.OTHER, levels: { s1: 2, s2: 2 } },
        { relationship: R.OTHER, levels: { s1: 2, s2: 2 } },
      ]),
    );
    const [speak, code] = report.skills;
    // Only one peer rated speaking: that figure would be their rating, so it is null — and not pooled.
    expect(speak.groups).toEqual([
      { relationship: R.PEER, average: null, ratingCount: null },
      { relationship: R.OTHER, average: 2, ratingCount: 3 },
    ]);
    expect(speak.others).toBe(2);
    expect(speak.othersCount).toBe(3);
    expect(code.others).toBe(3);
    expect(code.othersCount).toBe(6);
  });

  it("uses a higher threshold when the round sets one", () => {
    const report = buildReport(rows([peer(4, 4), peer(4, 4), peer(4, 4)], 4));
    expect(report.suppressedGroups).toEqual([R.PEER]);
  });

  it("doesn't count pending or declined requests towards the threshold", () => {
    const report = buildReport(rows([peer(4, 4), peer(4, 4), { relationship: R.PEER, status: S.DECLINED }]));
    expect(report.suppressedGroups).toEqual([R.PEER]);
  });

  it("derives strengths and growth areas with decision 009's thresholds, ordered", () => {
    const report = buildReport(
      rows([
        { relationship: R.SELF, levels: { s1: 4, s2: 2 } },
        { relationship: R.MANAGER, levels: { s1: 4, s2: 3 } },
        peer(4, 2),
        peer(4, 2),
        peer(5, 3),
      ]),
    );
    expect(report.skills[0].combined).toBe(4.11);
    expect(report.strengths.map((s) => s.name)).toEqual(["Public speaking"]);
    expect(report.skills[1].combined).toBe(2.44);
    expect(report.growthAreas.map((s) => s.name)).toEqual(["Code review"]);
  });

  it("skips empty answers and never lists a group nobody was asked", () => {
    const report = buildReport(rows([peer(3, 3, ""), peer(3, 3, "  "), peer(3, 3, "real")]));
    expect(report.questions[0].comments).toEqual([{ relationship: R.PEER, text: "real" }]);
    expect(report.groups.map((g) => g.relationship)).toEqual([R.PEER]);
    expect(report.questions[1]).toMatchObject({ self: null, manager: null, comments: [] });
  });

  it("shuffles comments with the random source, so their order carries nothing", () => {
    const input = rows([peer(3, 3, "a"), peer(3, 3, "b"), peer(3, 3, "c"), peer(3, 3, "d")]);
    const orders = new Set<string>();
    for (let i = 0; i < 200; i++) {
      orders.add(
        buildReport(input)
          .questions[0].comments.map((c) => c.text)
          .join(""),
      );
    }
    // 24 permutations of 4: 200 crypto-random reads see (almost surely) many of them.
    expect(orders.size).toBeGreaterThan(10);
  });

  it("shuffle is a permutation (Fisher–Yates)", () => {
    expect(shuffle([1, 2, 3, 4], () => 0)).toEqual([2, 3, 4, 1]);
    expect(shuffle([1, 2, 3], (bound) => bound - 1)).toEqual([1, 2, 3]);
    expect(shuffle([], () => 0)).toEqual([]);
  });
});
