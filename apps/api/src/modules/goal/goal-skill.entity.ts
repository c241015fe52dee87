import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Skill } from "../skill/skill.entity";
import { Goal } from "./goal.entity";

/** The skills a goal develops. The primary key (goal_id, skill_id) indexes goal_id. */
@Entity({ name: "goal_skills" })
export class GoalSkill {
  @PrimaryColumn({ name: "goal_id", type: "uuid" })
  goalId: string;

  @Index("goal_skills_skill_id_idx")
  @PrimaryColumn({ name: "skill_id", type: "uuid" })
  skillId: string;

  @ManyToOne(() => Goal, { onDelete: "CASCADE" })
  @JoinColumn({ name: "goal_id", foreignKeyConstraintName: "goal_skills_goal_id_fk" })
  goal?: Goal;

  @ManyToOne(() => Skill, { onDelete: "CASCADE" })
  @JoinColumn({ name: "skill_id", foreignKeyConstraintName: "goal_skills_skill_id_fk" })
  skill?: Skill;
}
