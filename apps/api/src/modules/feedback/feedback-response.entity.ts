import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Skill } from "../skill/skill.entity";
import { FeedbackRequest } from "./feedback-request.entity";

/**
 * A reviewer's rating of one skill: 1–5, or null for "can't say". Primary key (request, skill)
 * indexes request_id. Read only aggregated (the report) or by the reviewer themself.
 */
@Entity({ name: "feedback_ratings" })
@Check("feedback_ratings_level_range", `"level" IS NULL OR "level" BETWEEN 1 AND 5`)
export class FeedbackRating {
  @PrimaryColumn({ name: "request_id", type: "uuid" })
  requestId: string;

  @Index("feedback_ratings_skill_id_idx")
  @PrimaryColumn({ name: "skill_id", type: "uuid" })
  skillId: string;

  @ManyToOne(() => FeedbackRequest, { onDelete: "CASCADE" })
  @JoinColumn({ name: "request_id", foreignKeyConstraintName: "feedback_ratings_request_id_fk" })
  request?: FeedbackRequest;

  @ManyToOne(() => Skill, { onDelete: "CASCADE" })
  @JoinColumn({ name: "skill_id", foreignKeyConstraintName: "feedback_ratings_skill_id_fk" })
  skill?: Skill;

  @Column({ type: "smallint", nullable: true })
  level: number | null;
}

/** A reviewer's answer to one of the round's open questions (by its position in `questions`). */
@Entity({ name: "feedback_answers" })
@Check("feedback_answers_question_index_min", `"question_index" >= 0`)
export class FeedbackAnswer {
  @PrimaryColumn({ name: "request_id", type: "uuid" })
  requestId: string;

  @PrimaryColumn({ name: "question_index", type: "smallint" })
  questionIndex: number;

  @ManyToOne(() => FeedbackRequest, { onDelete: "CASCADE" })
  @JoinColumn({ name: "request_id", foreignKeyConstraintName: "feedback_answers_request_id_fk" })
  request?: FeedbackRequest;

  @Column()
  text: string;
}
