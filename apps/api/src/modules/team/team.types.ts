import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Employee } from "../employee/employee.entity";
import { type Goal, GoalStatus } from "../goal/goal.entity";
import { GoalHealth } from "../goal/goal.types";
import { Skill } from "../skill/skill.entity";

export enum TeamScope {
  DIRECT = "DIRECT",
  ALL = "ALL",
}
registerEnumType(TeamScope, {
  name: "TeamScope",
  description: "DIRECT: the manager's direct reports. ALL: everyone below the manager, at any depth.",
});

export enum AttentionReason {
  OFF_TRACK = "OFF_TRACK",
  OVERDUE = "OVERDUE",
  STALE = "STALE",
  PENDING_APPROVAL = "PENDING_APPROVAL",
  AT_RISK = "AT_RISK",
  NO_ACTIVE_GOALS = "NO_ACTIVE_GOALS",
}
registerEnumType(AttentionReason, {
  name: "AttentionReason",
  description:
    "Why someone needs attention. Most urgent first: OFF_TRACK, OVERDUE, STALE, PENDING_APPROVAL, AT_RISK, NO_ACTIVE_GOALS.",
});

@ObjectType({
  description: "Where someone stands with their growth. Visible to them, their managers and HR.",
})
export class GrowthSummary {
  @Field(() => Int)
  activeGoals: number;

  @Field(() => Float, {
    nullable: true,
    description: "0–1: mean progress of the active goals; null without any.",
  })
  averageProgress: number | null;

  @Field(() => Int, { description: "Active goals on track." })
  onTrack: number;

  @Field(() => Int)
  atRisk: number;

  @Field(() => Int)
  offTrack: number;

  @Field(() => Int, { description: "Active goals past their due date." })
  overdueGoals: number;

  @Field(() => Int, { description: "Active goals without a check-in or update for 30 days." })
  staleGoals: number;

  @Field(() => Date, { nullable: true, description: "The latest check-in on any of their goals." })
  lastCheckInAt: Date | null;

  @Field(() => Float, {
    nullable: true,
    description: "0–1: done plan items out of those not dropped; null without such items.",
  })
  planCompletion: number | null;

  @Field(() => Int, { description: "Plan items planned or in progress whose due date has passed." })
  overduePlanItems: number;

  @Field(() => Int, { description: "Their own goals waiting for a manager's approval." })
  goalsAwaitingApproval: number;

  @Field(() => Int, { description: "Goals of people below them waiting for approval." })
  approvalsToGive: number;
}

@ObjectType({
  description: "An active or submitted goal with where it stands: what the team views list for each person.",
})
export class TrackedGoal {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => GoalStatus, { description: "ACTIVE or PENDING_APPROVAL." })
  status: GoalStatus;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD." })
  dueDate: string | null;

  @Field(() => Float, { description: "0–1, from the key results." })
  progress: number;

  @Field(() => Float, {
    nullable: true,
    description: "0–1: share of the time gone; null without a due date.",
  })
  expectedProgress: number | null;

  @Field(() => GoalHealth, { nullable: true, description: "Null unless active with a due date." })
  health: GoalHealth | null;

  @Field()
  overdue: boolean;

  @Field()
  stale: boolean;

  @Field(() => Date, { nullable: true })
  lastCheckInAt: Date | null;

  @Field(() => Int, { nullable: true, description: "The last check-in's confidence, 0–10." })
  lastConfidence: number | null;

  @Field(() => Date, {
    nullable: true,
    description: "The latest of approval, key-result update and check-in: what staleness counts from.",
  })
  lastActivityAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When it was submitted, while it waits for approval." })
  submittedAt: Date | null;

  ownerId: string;
  /** The full goal, for the `goal` field (its own field resolvers are batched). */
  entity: Goal;
}

@ObjectType({ description: "Someone, or one of their goals, that a manager should look at." })
export class AttentionItem {
  @Field(() => Employee)
  employee: Employee;

  @Field(() => TrackedGoal, { nullable: true, description: "Null when the reason is about the person." })
  goal: TrackedGoal | null;

  @Field(() => AttentionReason, { description: "The most urgent reason." })
  reason: AttentionReason;

  @Field(() => [AttentionReason], { description: "Every reason that applies, most urgent first." })
  reasons: AttentionReason[];

  @Field({
    description: "One sentence for a person, e.g. “Ship search v2” is 42 % done with 80 % of the time gone.",
  })
  detail: string;
}

@ObjectType({ description: "One person's current levels in one skill." })
export class SkillMatrixCell {
  @Field(() => Skill)
  skill: Skill;

  @Field(() => Int, { nullable: true, description: "Their newest self rating, 1–5." })
  selfLevel: number | null;

  @Field(() => Int, { nullable: true, description: "The newest rating by anyone in their management chain." })
  managerLevel: number | null;

  @Field(() => Float, { nullable: true, description: "The mean of the levels that exist." })
  combinedLevel: number | null;
}

@ObjectType()
export class SkillMatrixRow {
  @Field(() => Employee)
  employee: Employee;

  @Field(() => [SkillMatrixCell], { description: "One cell per skill of the matrix, in its order." })
  cells: SkillMatrixCell[];
}

@ObjectType({ description: "Skills × members: every skill rated for any member, in catalog order." })
export class SkillMatrix {
  @Field(() => [Skill], { description: "By category, then name." })
  skills: Skill[];

  @Field(() => [SkillMatrixRow], { description: "One row per member, in the members' order." })
  rows: SkillMatrixRow[];
}

@ObjectType()
export class TeamMember {
  @Field(() => Employee)
  employee: Employee;
}

@ObjectType({ description: "Figures across the whole team." })
export class TeamTotals {
  @Field(() => Int)
  members: number;

  @Field(() => Int)
  activeGoals: number;

  @Field(() => Float, { nullable: true, description: "0–1: mean progress of all members' active goals." })
  averageProgress: number | null;

  @Field(() => Int)
  onTrack: number;

  @Field(() => Int)
  atRisk: number;

  @Field(() => Int)
  offTrack: number;

  @Field(() => Int)
  overdueGoals: number;

  @Field(() => Int)
  staleGoals: number;

  @Field(() => Int)
  pendingApprovals: number;
}

@ObjectType({ description: "What the manager dashboard renders for one manager's team." })
export class TeamOverview {
  @Field(() => Employee)
  manager: Employee;

  @Field(() => TeamScope)
  scope: TeamScope;

  @Field(() => [TeamMember], { description: "By name." })
  members: TeamMember[];
}
