import { GoalStatus } from "./goal.entity";
import { addMonths, assessSmart, type SmartInput } from "./goal.smart";
import { SmartCriterion } from "./goal.types";

const slogan: SmartInput = {
  title: "Be better",
  description: "",
  status: GoalStatus.DRAFT,
  approvedAt: null,
  startDate: "2025-01-01",
  dueDate: null,
  parentGoalId: null,
  skillCount: 0,
  keyResults: [],
};

const criteria = (goal: SmartInput) => assessSmart(goal).hints.map((hint) => hint.criterion);

describe("SMART assessment", () => {
  it("gives a hint for each criterion a slogan fails", () => {
    const smart = assessSmart(slogan);
    expect(smart).toMatchObject({
      specific: false,
      measurable: false,
      achievable: false,
      relevant: false,
      timeBound: false,
    });
    expect(smart.hints.find((h) => h.criterion === SmartCriterion.MEASURABLE)?.message).toMatch(
      /Add a key result with a number to reach/,
    );
  });

  it("drops hints as the goal is filled in", () => {
    const specific = {
      ...slogan,
      title: "Speed up checkout",
      description: "Customers on mobile can pay within a second of opening the cart.",
    };
    expect(criteria(specific)).not.toContain(SmartCriterion.SPECIFIC);
    const measurable = { ...specific, keyResults: [{ startValue: 800, targetValue: 300 }] };
    expect(criteria(measurable)).not.toContain(SmartCriterion.MEASURABLE);
    const relevant = { ...measurable, skillCount: 1 };
    expect(criteria(relevant)).not.toContain(SmartCriterion.RELEVANT);
    const timeBound = { ...relevant, dueDate: "2025-06-30" };
    expect(criteria(timeBound)).toEqual([SmartCriterion.ACHIEVABLE]);
    expect(criteria({ ...timeBound, status: GoalStatus.ACTIVE, approvedAt: new Date() })).toEqual([]);
  });

  it("asks for a longer description or title separately, and refuses a description repeating the title", () => {
    const long = "Customers on mobile can pay within a second of opening the cart.";
    expect(assessSmart({ ...slogan, description: long }).hints[0].message).toMatch(/title/);
    expect(assessSmart({ ...slogan, title: "Speed up checkout" }).hints[0].message).toMatch(/Describe/);
    const echo = "Speed up the checkout of our whole web shop a lot";
    expect(assessSmart({ ...slogan, title: echo, description: echo }).specific).toBe(false);
  });

  it("needs a key result whose target differs from its start", () => {
    const flat = assessSmart({ ...slogan, keyResults: [{ startValue: 5, targetValue: 5 }] });
    expect(flat.measurable).toBe(false);
    expect(flat.hints.find((h) => h.criterion === SmartCriterion.MEASURABLE)?.message).toMatch(/different/);
  });

  it("counts a parent goal as relevant", () => {
    expect(assessSmart({ ...slogan, parentGoalId: "x" }).relevant).toBe(true);
  });

  it("is time-bound with a due date after the start and within 18 months", () => {
    expect(assessSmart({ ...slogan, dueDate: "2025-01-01" }).timeBound).toBe(false);
    expect(assessSmart({ ...slogan, dueDate: "2026-07-01" }).timeBound).toBe(true);
    expect(assessSmart({ ...slogan, dueDate: "2026-07-02" }).timeBound).toBe(false);
    expect(addMonths("2025-08-31", 6)).toBe("2026-02-28");
  });
});
