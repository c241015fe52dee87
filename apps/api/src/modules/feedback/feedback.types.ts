import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Skill } from "../skill/skill.entity";
import { FeedbackRelationship, FeedbackRequestStatus } from "./feedback-request.entity";

/**
 * The GraphQL types of requests and responses. They are split so that no type can carry a
 * response's content together with who gave it (docs/decisions/014-feedback-anonymity.md):
 * - `FeedbackRequest` has the reviewer and the status, and no content at all;
 * - `MyFeedbackRequest` has the content, and no reviewer: it is only built from rows whose
 *   reviewer is the viewer (the loaders filter `reviewer_id = viewer` in SQL);
 * - `FeedbackResponseContent` and everything in the report have no request id, reviewer or time.
 */

@ObjectType("FeedbackRequest", {
  description:
    "Who was asked for feedback in a round and where their request stands. Never carries what they answered.",
})
export class FeedbackRequestView {
  @Field(() => ID)
  id: string;

  reviewerId: string;

  @Field(() => FeedbackRelationship)
  relationship: FeedbackRelationship;

  @Field(() => FeedbackRequestStatus)
  status: FeedbackRequestStatus;

  @Field({ description: "False while the subject's nomination waits for their manager's approval." })
  approved: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Why the reviewer declined (shown to whoever chases answers, with the reviewer's name).",
  })
  declineReason: string | null;
}

@ObjectType({ description: "A rating in a response: 1–5, or null for “can't say”." })
export class FeedbackRatingValue {
  @Field(() => Skill)
  skill: Skill;

  @Field(() => Int, { nullable: true })
  level: number | null;
}

@ObjectType({ description: "An answer to one of the round's open questions." })
export class FeedbackAnswerValue {
  @Field(() => Int, { description: "The question's position in the round's `questions`." })
  questionIndex: number;

  @Field()
  question: string;

  @Field()
  text: string;
}

@ObjectType({
  description:
    "What one reviewer answered. Only ever returned to that reviewer (`MyFeedbackRequest.response`).",
})
export class FeedbackResponseContent {
  @Field(() => [FeedbackRatingValue])
  ratings: FeedbackRatingValue[];

  @Field(() => [FeedbackAnswerValue])
  answers: FeedbackAnswerValue[];
}

@ObjectType("MyFeedbackRequest", {
  description: "A feedback request addressed to you, with what you answered. Nobody else gets this type.",
})
export class MyFeedbackRequestView {
  @Field(() => ID)
  id: string;

  roundId: string;

  @Field(() => FeedbackRelationship)
  relationship: FeedbackRelationship;

  @Field(() => FeedbackRequestStatus)
  status: FeedbackRequestStatus;

  @Field(() => String, { nullable: true })
  declineReason: string | null;

  @Field(() => Int, { description: "Optimistic-locking version: send it back when you submit." })
  version: number;
}

// ---- The report: aggregates only ------------------------------------------------------------

@ObjectType({ description: "One relationship group's figure for a skill." })
export class FeedbackGroupScore {
  @Field(() => FeedbackRelationship)
  relationship: FeedbackRelationship;

  @Field(() => Float, {
    nullable: true,
    description: "The mean rating; null when fewer than `threshold` people of the group rated this skill.",
  })
  average: number | null;

  @Field(() => Int, { nullable: true, description: "How many rated it; null along with `average`." })
  ratingCount: number | null;
}

@ObjectType({ description: "How a skill was seen, and what it means." })
export class FeedbackSkillResult {
  @Field(() => Skill)
  skill: Skill;

  @Field(() => Int, { nullable: true, description: "The subject's own rating (attributed)." })
  self: number | null;

  @Field(() => Int, { nullable: true, description: "The manager's rating (attributed)." })
  manager: number | null;

  @Field(() => [FeedbackGroupScore], { description: "One entry per shown group, in a fixed order." })
  groups: FeedbackGroupScore[];

  @Field(() => Float, {
    nullable: true,
    description: "All others: the mean of every rating from the shown groups (never from a suppressed one).",
  })
  others: number | null;

  @Field(() => Int, { nullable: true })
  othersCount: number | null;

  @Field(() => Float, { nullable: true, description: "The mean of self, manager and others (decision 009)." })
  combined: number | null;

  @Field()
  strength: boolean;

  @Field()
  growthArea: boolean;

  @Field({ description: "The subject rates themself at least a level above how others see them." })
  blindSpot: boolean;

  @Field({ description: "Others see the subject at least a level above their own rating." })
  hiddenStrength: boolean;
}

@ObjectType({
  description: "A comment from a shown group: no reviewer, no time, in a new order on every read.",
})
export class FeedbackComment {
  @Field(() => FeedbackRelationship)
  relationship: FeedbackRelationship;

  @Field()
  text: string;
}

@ObjectType({ description: "What was answered to one open question." })
export class FeedbackQuestionResult {
  @Field(() => Int)
  questionIndex: number;

  @Field()
  question: string;

  @Field(() => String, { nullable: true, description: "The subject's own answer (attributed)." })
  self: string | null;

  @Field(() => String, { nullable: true, description: "The manager's answer (attributed)." })
  manager: string | null;

  @Field(() => [FeedbackComment], { description: "Answers of the shown groups, shuffled on every read." })
  comments: FeedbackComment[];
}

@ObjectType({ description: "A relationship group in the report." })
export class FeedbackGroupSummary {
  @Field(() => FeedbackRelationship)
  relationship: FeedbackRelationship;

  @Field({ description: "False when fewer than `threshold` answered: the group is left out entirely." })
  shown: boolean;

  @Field(() => Int, {
    nullable: true,
    description: "How many answered; null for a suppressed group (the number itself could identify them).",
  })
  responseCount: number | null;
}

@ObjectType({
  description:
    "The report of a closed round. Self and manager are attributed; every other group appears only with at least `threshold` answers, and is otherwise left out of every figure and comment.",
})
export class FeedbackReport {
  @Field(() => Int)
  threshold: number;

  @Field(() => [FeedbackGroupSummary], {
    description: "The anonymous groups that were asked, shown or not, in a fixed order.",
  })
  groups: FeedbackGroupSummary[];

  @Field(() => [FeedbackRelationship], {
    description: "The groups left out because too few answered, so the page can say so plainly.",
  })
  suppressedGroups: FeedbackRelationship[];

  @Field({ description: "Whether the subject's self-assessment was submitted." })
  selfSubmitted: boolean;

  @Field({ description: "Whether the manager's feedback was submitted." })
  managerSubmitted: boolean;

  @Field(() => [FeedbackSkillResult])
  skills: FeedbackSkillResult[];

  @Field(() => [FeedbackQuestionResult])
  questions: FeedbackQuestionResult[];

  @Field(() => [Skill], { description: "Strengths, highest combined level first." })
  strengths: Skill[];

  @Field(() => [Skill], { description: "Growth areas, lowest combined level first." })
  growthAreas: Skill[];

  @Field(() => [Skill])
  blindSpots: Skill[];

  @Field(() => [Skill])
  hiddenStrengths: Skill[];
}

@ObjectType({ description: "What launching a feedback cycle did." })
export class FeedbackCycleResult {
  @Field(() => Int, { description: "Rounds created (as drafts, with self and manager requests)." })
  launched: number;

  @Field(() => Int, { description: "People skipped because a round about them is already a draft or open." })
  skipped: number;
}
