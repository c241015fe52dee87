import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Skill } from "../skill/skill.entity";
import { Mentorship } from "./mentorship.entity";

/** The skills a mentorship focuses on. The primary key indexes mentorship_id. */
@Entity({ name: "mentorship_focus_skills" })
export class MentorshipFocusSkill {
  @PrimaryColumn({ name: "mentorship_id", type: "uuid" })
  mentorshipId: string;

  @Index("mentorship_focus_skills_skill_id_idx")
  @PrimaryColumn({ name: "skill_id", type: "uuid" })
  skillId: string;

  @ManyToOne(() => Mentorship, { onDelete: "CASCADE" })
  @JoinColumn({ name: "mentorship_id", foreignKeyConstraintName: "mentorship_focus_skills_mentorship_id_fk" })
  mentorship?: Mentorship;

  @ManyToOne(() => Skill, { onDelete: "CASCADE" })
  @JoinColumn({ name: "skill_id", foreignKeyConstraintName: "mentorship_focus_skills_skill_id_fk" })
  skill?: Skill;
}
