import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Employee } from "../employee/employee.entity";
import { Skill } from "../skill/skill.entity";

/**
 * A skill chosen as a growth area, by the employee or their manager. The primary key
 * (employee_id, skill_id) indexes employee_id and makes marking idempotent.
 */
@Entity({ name: "growth_areas" })
export class GrowthArea {
  @PrimaryColumn({ name: "employee_id", type: "uuid" })
  employeeId: string;

  @Index("growth_areas_skill_id_idx")
  @PrimaryColumn({ name: "skill_id", type: "uuid" })
  skillId: string;

  @ManyToOne(() => Employee, { onDelete: "CASCADE" })
  @JoinColumn({ name: "employee_id", foreignKeyConstraintName: "growth_areas_employee_id_fk" })
  employee?: Employee;

  @ManyToOne(() => Skill, { onDelete: "CASCADE" })
  @JoinColumn({ name: "skill_id", foreignKeyConstraintName: "growth_areas_skill_id_fk" })
  skill?: Skill;

  @Index("growth_areas_marked_by_id_idx")
  @Column({ name: "marked_by_id", type: "uuid", nullable: true })
  markedById: string | null;

  @ManyToOne(() => Employee, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "marked_by_id", foreignKeyConstraintName: "growth_areas_marked_by_id_fk" })
  markedBy?: Employee | null;

  @Column({ name: "created_at", type: "timestamptz", default: () => "now()" })
  createdAt: Date;
}
