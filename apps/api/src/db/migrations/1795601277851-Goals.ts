import type { MigrationInterface, QueryRunner } from "typeorm";

export class Goals1795601277851 implements MigrationInterface {
  name = "Goals1795601277851";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "public"."goal_status" AS ENUM('DRAFT', 'PENDING_APPROVAL', 'ACTIVE', 'COMPLETED', 'ABANDONED')`,
    );
    await q.query(`CREATE TYPE "public"."goal_visibility" AS ENUM('PRIVATE', 'TEAM', 'ORGANIZATION')`);
    await q.query(
      `CREATE TABLE "goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "owner_id" uuid NOT NULL, "title" character varying NOT NULL, "description" character varying NOT NULL DEFAULT '', "status" "public"."goal_status" NOT NULL DEFAULT 'DRAFT', "visibility" "public"."goal_visibility" NOT NULL DEFAULT 'TEAM', "parent_goal_id" uuid, "start_date" date NOT NULL, "due_date" date, "approved_by_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "approval_comment" character varying, "completed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_26e17b251afab35580dff769223" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "goals_parent_goal_id_idx" ON "goals"  ("parent_goal_id")`);
    await q.query(`CREATE INDEX "goals_approved_by_id_idx" ON "goals"  ("approved_by_id")`);
    await q.query(`CREATE INDEX "goals_owner_id_idx" ON "goals"  ("owner_id", "created_at")`);
    await q.query(
      `CREATE TABLE "goal_skills" ("goal_id" uuid NOT NULL, "skill_id" uuid NOT NULL, CONSTRAINT "PK_cdd1b3dd247fbd04e8a975703cf" PRIMARY KEY ("goal_id", "skill_id"))`,
    );
    await q.query(`CREATE INDEX "goal_skills_skill_id_idx" ON "goal_skills"  ("skill_id")`);
    await q.query(
      `CREATE TABLE "key_results" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "goal_id" uuid NOT NULL, "title" character varying NOT NULL, "unit" character varying NOT NULL DEFAULT '', "start_value" numeric NOT NULL, "target_value" numeric NOT NULL, "current_value" numeric NOT NULL, "weight" numeric, "position" integer NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_43ca92a80903403806ecf974392" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "key_results_goal_id_idx" ON "key_results"  ("goal_id", "position")`);
    await q.query(
      `ALTER TABLE "goals" ADD CONSTRAINT "goals_owner_id_fk" FOREIGN KEY ("owner_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "goals" ADD CONSTRAINT "goals_parent_goal_id_fk" FOREIGN KEY ("parent_goal_id") REFERENCES "goals"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "goals" ADD CONSTRAINT "goals_approved_by_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "goal_skills" ADD CONSTRAINT "goal_skills_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "goal_skills" ADD CONSTRAINT "goal_skills_skill_id_fk" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "key_results" ADD CONSTRAINT "key_results_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "key_results" DROP CONSTRAINT "key_results_goal_id_fk"`);
    await q.query(`ALTER TABLE "goal_skills" DROP CONSTRAINT "goal_skills_skill_id_fk"`);
    await q.query(`ALTER TABLE "goal_skills" DROP CONSTRAINT "goal_skills_goal_id_fk"`);
    await q.query(`ALTER TABLE "goals" DROP CONSTRAINT "goals_approved_by_id_fk"`);
    await q.query(`ALTER TABLE "goals" DROP CONSTRAINT "goals_parent_goal_id_fk"`);
    await q.query(`ALTER TABLE "goals" DROP CONSTRAINT "goals_owner_id_fk"`);
    await q.query(`DROP INDEX "public"."key_results_goal_id_idx"`);
    await q.query(`DROP TABLE "key_results"`);
    await q.query(`DROP INDEX "public"."goal_skills_skill_id_idx"`);
    await q.query(`DROP TABLE "goal_skills"`);
    await q.query(`DROP INDEX "public"."goals_owner_id_idx"`);
    await q.query(`DROP INDEX "public"."goals_approved_by_id_idx"`);
    await q.query(`DROP INDEX "public"."goals_parent_goal_id_idx"`);
    await q.query(`DROP TABLE "goals"`);
    await q.query(`DROP TYPE "public"."goal_visibility"`);
    await q.query(`DROP TYPE "public"."goal_status"`);
  }
}
