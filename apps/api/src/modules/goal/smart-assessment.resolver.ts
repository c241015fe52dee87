import {
  ArrayMaxSize,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from "class-validator";
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Query, Resolver } from "type-graphql";
import { isUuid } from "../../common/uuid";
import type { Context } from "../../context";
import { GoalStatus } from "./goal.entity";
import { MAX_KEY_RESULTS, MAX_SKILLS } from "./goal.inputs";
import { assessSmart, type SmartInput } from "./goal.smart";
import { SmartAssessment } from "./goal.types";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = { message: "Enter a date as YYYY-MM-DD." };

@InputType({
  description:
    "A key result as it is being typed: a number not typed yet is null. Title and unit don't change the assessment; they are accepted so a form can send its rows as they are.",
})
export class SmartDraftKeyResultInput {
  @Field({ defaultValue: "" })
  @Length(0, 200)
  title: string;

  @Field({ defaultValue: "" })
  @Length(0, 40)
  unit: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  startValue?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  targetValue?: number | null;
}

/**
 * A goal that is not saved yet, as the new-goal form holds it while the person types. The limits
 * are those of CreateGoalInput, except that anything may still be empty.
 */
@InputType()
export class SmartDraftInput {
  @Field({ defaultValue: "" })
  @Length(0, 200)
  title: string;

  @Field({ defaultValue: "" })
  @Length(0, 4000)
  description: string;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; today when empty." })
  @IsOptional()
  @Matches(DATE, dateMessage)
  @IsISO8601({ strict: true }, dateMessage)
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD." })
  @IsOptional()
  @Matches(DATE, dateMessage)
  @IsISO8601({ strict: true }, dateMessage)
  dueDate?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "parentGoalId must be a goal id." })
  parentGoalId?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(MAX_SKILLS)
  @IsUUID("all", { each: true, message: "skillIds must be skill ids." })
  skillIds: string[];

  @Field(() => [SmartDraftKeyResultInput], { defaultValue: [] })
  @ArrayMaxSize(MAX_KEY_RESULTS)
  @ValidateNested({ each: true })
  keyResults: SmartDraftKeyResultInput[];
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The draft as `smartInputOf` (goal.store.ts) would see it once saved: a new goal is a DRAFT that
 * nobody approved (so Achievable is never met, and its hint says to submit), starts today unless
 * told otherwise, and only counts the skills and parent goal that saving would accept — catalog
 * skills, and a parent the viewer may see. A key result missing a number has no target yet.
 */
export function smartInputOfDraft(
  draft: SmartDraftInput,
  knownSkillCount: number,
  parentVisible: boolean,
): SmartInput {
  return {
    title: draft.title,
    description: draft.description,
    status: GoalStatus.DRAFT,
    approvedAt: null,
    startDate: draft.startDate || today(),
    dueDate: draft.dueDate || null,
    parentGoalId: parentVisible ? (draft.parentGoalId ?? null) : null,
    skillCount: knownSkillCount,
    keyResults: draft.keyResults.map((kr) =>
      kr.startValue == null || kr.targetValue == null
        ? { startValue: 0, targetValue: 0 }
        : { startValue: kr.startValue, targetValue: kr.targetValue },
    ),
  };
}

/** Live coaching for the new-goal form: the same rules as `Goal.smart`, before anything is saved. */
@Resolver()
@Authorized()
export class SmartAssessmentResolver {
  @Query(() => SmartAssessment, {
    description:
      "How SMART an unsaved goal would be, with the same rules and hints as `Goal.smart`. Achievable is never met before approval.",
  })
  async smartAssessment(
    @Arg("input") input: SmartDraftInput,
    @Ctx() { loaders, dataSource }: Context,
  ): Promise<SmartAssessment> {
    const skillIds = [...new Set(input.skillIds)].filter(isUuid);
    const [parent, knownSkillCount] = await Promise.all([
      input.parentGoalId ? loaders.goalById.load(input.parentGoalId) : null,
      skillIds.length ? countCatalogSkills(dataSource, skillIds) : 0,
    ]);
    return assessSmart(smartInputOfDraft(input, knownSkillCount, parent !== null));
  }
}

async function countCatalogSkills(dataSource: Context["dataSource"], ids: string[]): Promise<number> {
  const [{ n }] = await dataSource.query("SELECT count(*)::int AS n FROM skills WHERE id = ANY($1)", [ids]);
  return n;
}
