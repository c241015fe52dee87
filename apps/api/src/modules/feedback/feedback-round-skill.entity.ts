import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Skill } from "../skill/skill.entity";
import { FeedbackRound } from "./feedback-round.entity";

/** A skill reviewers rate in a round. The primary key indexes round_id. */
@Entity({ name: "feedback_round_skills" })
export class FeedbackRoundSkill {
  @PrimaryColumn({ name: "round_id", type: "uuid" })
  roundId: string;

  @Index("feedback_round_skills_skill_id_idx")
  @PrimaryColumn({ name: "skill_id", type: "uuid" })
  skillId: string;

  @ManyToOne(() => FeedbackRound, { onDelete: "CASCADE" })
  @JoinColumn({ name: "round_id", foreignKeyConstraintName: "feedback_round_skills_round_id_fk" })
  round?: FeedbackRound;

  @ManyToOne(() => Skill, { onDelete: "CASCADE" })
  @JoinColumn({ name: "skill_id", foreignKeyConstraintName: "feedback_round_skills_skill_id_fk" })
  skill?: Skill;
}
