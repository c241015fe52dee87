import type { MigrationInterface, QueryRunner } from "typeorm";

export class GrowthCore1795602376216 implements MigrationInterface {
  name = "GrowthCore1795602376216";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."check_in_kind" AS ENUM('UPDATE', 'WIN', 'SETBACK')`);
    await q.query(
      `CREATE TABLE "check_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "goal_id" uuid NOT NULL, "author_id" uuid, "kind" "public"."check_in_kind" NOT NULL DEFAULT 'UPDATE', "confidence" smallint NOT NULL, "note" character varying NOT NULL DEFAULT '', "lesson" character varying, "progress" numeric NOT NULL, CONSTRAINT "check_ins_setback_lesson" CHECK ("kind" <> 'SETBACK' OR length(trim("lesson")) > 0), CONSTRAINT "check_ins_confidence_range" CHECK ("confidence" BETWEEN 0 AND 10), CONSTRAINT "PK_fac7f27bc829a454ad477c13f62" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "check_ins_author_id_idx" ON "check_ins"  ("author_id", "kind", "created_at")`,
    );
    await q.query(`CREATE INDEX "check_ins_goal_id_idx" ON "check_ins"  ("goal_id", "created_at")`);
    await q.query(
      `CREATE TABLE "check_in_values" ("check_in_id" uuid NOT NULL, "key_result_id" uuid NOT NULL, "value" numeric NOT NULL, "previous_value" numeric NOT NULL, CONSTRAINT "PK_2d8a4c3bb12f67e95e187ef7cd5" PRIMARY KEY ("check_in_id", "key_result_id"))`,
    );
    await q.query(`CREATE INDEX "check_in_values_key_result_id_idx" ON "check_in_values"  ("key_result_id")`);
    await q.query(
      `CREATE TYPE "public"."mentorship_status" AS ENUM('PROPOSED', 'ACTIVE', 'COMPLETED', 'CANCELLED', 'DECLINED')`,
    );
    await q.query(
      `CREATE TABLE "mentorships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "mentor_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "status" "public"."mentorship_status" NOT NULL DEFAULT 'PROPOSED', "message" character varying NOT NULL DEFAULT '', "response" character varying, "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "mentorships_not_self" CHECK ("mentor_id" <> "mentee_id"), CONSTRAINT "PK_57c594aeb4b0aed94a827f82c48" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "mentorships_mentee_id_idx" ON "mentorships"  ("mentee_id", "status")`);
    await q.query(`CREATE INDEX "mentorships_mentor_id_idx" ON "mentorships"  ("mentor_id", "status")`);
    await q.query(
      `CREATE UNIQUE INDEX "mentorships_open_pair_uq" ON "mentorships"  ("mentor_id", "mentee_id") WHERE "status" IN ('PROPOSED', 'ACTIVE')`,
    );
    await q.query(
      `CREATE TABLE "mentorship_focus_skills" ("mentorship_id" uuid NOT NULL, "skill_id" uuid NOT NULL, CONSTRAINT "PK_18b75aec4cbcb4e4faa3680fd07" PRIMARY KEY ("mentorship_id", "skill_id"))`,
    );
    await q.query(
      `CREATE INDEX "mentorship_focus_skills_skill_id_idx" ON "mentorship_focus_skills"  ("skill_id")`,
    );
    await q.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('GOAL_APPROVAL_REQUESTED', 'GOAL_APPROVED', 'GOAL_SENT_BACK', 'MENTORSHIP_REQUESTED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED', 'MENTORSHIP_ENDED', 'CHECK_IN_DUE', 'FEEDBACK_NOMINATIONS_TO_APPROVE', 'FEEDBACK_REQUESTED', 'FEEDBACK_REMINDER', 'FEEDBACK_REPORT_READY')`,
    );
    await q.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recipient_id" uuid NOT NULL, "actor_id" uuid, "kind" "public"."notification_kind" NOT NULL, "message" character varying NOT NULL, "subject_type" character varying, "subject_id" uuid, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "notifications_actor_id_idx" ON "notifications"  ("actor_id")`);
    await q.query(
      `CREATE INDEX "notifications_recipient_id_idx" ON "notifications"  ("recipient_id", "read_at", "created_at")`,
    );
    await q.query(
      `CREATE TYPE "public"."plan_item_kind" AS ENUM('COURSE', 'MENTORING', 'COACHING', 'READING', 'PROJECT', 'OTHER')`,
    );
    await q.query(
      `CREATE TYPE "public"."plan_item_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')`,
    );
    await q.query(
      `CREATE TABLE "plan_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "employee_id" uuid NOT NULL, "kind" "public"."plan_item_kind" NOT NULL, "title" character varying NOT NULL, "link" character varying, "skill_id" uuid, "goal_id" uuid, "due_date" date, "status" "public"."plan_item_status" NOT NULL DEFAULT 'PLANNED', "reflection" character varying, "completed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_7095e15f5d5d331a9f170564d5b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "plan_items_skill_id_idx" ON "plan_items"  ("skill_id")`);
    await q.query(`CREATE INDEX "plan_items_goal_id_idx" ON "plan_items"  ("goal_id")`);
    await q.query(
      `CREATE INDEX "plan_items_employee_id_idx" ON "plan_items"  ("employee_id", "due_date", "created_at")`,
    );
    await q.query(
      `CREATE TABLE "growth_areas" ("employee_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "marked_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_50c843aa39f2da0e7f66cb927ce" PRIMARY KEY ("employee_id", "skill_id"))`,
    );
    await q.query(`CREATE INDEX "growth_areas_skill_id_idx" ON "growth_areas"  ("skill_id")`);
    await q.query(`CREATE INDEX "growth_areas_marked_by_id_idx" ON "growth_areas"  ("marked_by_id")`);
    await q.query(`CREATE TYPE "public"."rating_source" AS ENUM('SELF', 'MANAGER')`);
    await q.query(
      `CREATE TABLE "skill_ratings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "employee_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "source" "public"."rating_source" NOT NULL, "level" smallint NOT NULL, "note" character varying NOT NULL DEFAULT '', "rated_by_id" uuid, CONSTRAINT "skill_ratings_level_range" CHECK ("level" BETWEEN 1 AND 5), CONSTRAINT "PK_33f8dfb8229c50dc2a85fadc79c" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "skill_ratings_skill_id_idx" ON "skill_ratings"  ("skill_id")`);
    await q.query(`CREATE INDEX "skill_ratings_rated_by_id_idx" ON "skill_ratings"  ("rated_by_id")`);
    await q.query(
      `CREATE INDEX "skill_ratings_employee_id_idx" ON "skill_ratings"  ("employee_id", "skill_id", "source", "created_at")`,
    );
    await q.query(`ALTER TABLE "employees" ADD "mentor_capacity" integer NOT NULL DEFAULT '3'`);
    await q.query(`ALTER TABLE "goals" ADD "last_check_in_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "goals" ADD "last_confidence" smallint`);
    await q.query(
      `ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_author_id_fk" FOREIGN KEY ("author_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "check_in_values" ADD CONSTRAINT "check_in_values_check_in_id_fk" FOREIGN KEY ("check_in_id") REFERENCES "check_ins"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "check_in_values" ADD CONSTRAINT "check_in_values_key_result_id_fk" FOREIGN KEY ("key_result_id") REFERENCES "key_results"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_mentor_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_mentee_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "mentorship_focus_skills" ADD CONSTRAINT "mentorship_focus_skills_mentorship_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "mentorship_focus_skills" ADD CONSTRAINT "mentorship_focus_skills_skill_id_fk" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_fk" FOREIGN KEY ("actor_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_employee_id_fk" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_skill_id_fk" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "growth_areas" ADD CONSTRAINT "growth_areas_employee_id_fk" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "growth_areas" ADD CONSTRAINT "growth_areas_skill_id_fk" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "growth_areas" ADD CONSTRAINT "growth_areas_marked_by_id_fk" FOREIGN KEY ("marked_by_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "skill_ratings" ADD CONSTRAINT "skill_ratings_employee_id_fk" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "skill_ratings" ADD CONSTRAINT "skill_ratings_skill_id_fk" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "skill_ratings" ADD CONSTRAINT "skill_ratings_rated_by_id_fk" FOREIGN KEY ("rated_by_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "skill_ratings" DROP CONSTRAINT "skill_ratings_rated_by_id_fk"`);
    await q.query(`ALTER TABLE "skill_ratings" DROP CONSTRAINT "skill_ratings_skill_id_fk"`);
    await q.query(`ALTER TABLE "skill_ratings" DROP CONSTRAINT "skill_ratings_employee_id_fk"`);
    await q.query(`ALTER TABLE "growth_areas" DROP CONSTRAINT "growth_areas_marked_by_id_fk"`);
    await q.query(`ALTER TABLE "growth_areas" DROP CONSTRAINT "growth_areas_skill_id_fk"`);
    await q.query(`ALTER TABLE "growth_areas" DROP CONSTRAINT "growth_areas_employee_id_fk"`);
    await q.query(`ALTER TABLE "plan_items" DROP CONSTRAINT "plan_items_goal_id_fk"`);
    await q.query(`ALTER TABLE "plan_items" DROP CONSTRAINT "plan_items_skill_id_fk"`);
    await q.query(`ALTER TABLE "plan_items" DROP CONSTRAINT "plan_items_employee_id_fk"`);
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_actor_id_fk"`);
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_recipient_id_fk"`);
    await q.query(
      `ALTER TABLE "mentorship_focus_skills" DROP CONSTRAINT "mentorship_focus_skills_skill_id_fk"`,
    );
    await q.query(
      `ALTER TABLE "mentorship_focus_skills" DROP CONSTRAINT "mentorship_focus_skills_mentorship_id_fk"`,
    );
    await q.query(`ALTER TABLE "mentorships" DROP CONSTRAINT "mentorships_mentee_id_fk"`);
    await q.query(`ALTER TABLE "mentorships" DROP CONSTRAINT "mentorships_mentor_id_fk"`);
    await q.query(`ALTER TABLE "check_in_values" DROP CONSTRAINT "check_in_values_key_result_id_fk"`);
    await q.query(`ALTER TABLE "check_in_values" DROP CONSTRAINT "check_in_values_check_in_id_fk"`);
    await q.query(`ALTER TABLE "check_ins" DROP CONSTRAINT "check_ins_author_id_fk"`);
    await q.query(`ALTER TABLE "check_ins" DROP CONSTRAINT "check_ins_goal_id_fk"`);
    await q.query(`ALTER TABLE "goals" DROP COLUMN "last_confidence"`);
    await q.query(`ALTER TABLE "goals" DROP COLUMN "last_check_in_at"`);
    await q.query(`ALTER TABLE "employees" DROP COLUMN "mentor_capacity"`);
    await q.query(`DROP INDEX "public"."skill_ratings_employee_id_idx"`);
    await q.query(`DROP INDEX "public"."skill_ratings_rated_by_id_idx"`);
    await q.query(`DROP INDEX "public"."skill_ratings_skill_id_idx"`);
    await q.query(`DROP TABLE "skill_ratings"`);
    await q.query(`DROP TYPE "public"."rating_source"`);
    await q.query(`DROP INDEX "public"."growth_areas_marked_by_id_idx"`);
    await q.query(`DROP INDEX "public"."growth_areas_skill_id_idx"`);
    await q.query(`DROP TABLE "growth_areas"`);
    await q.query(`DROP INDEX "public"."plan_items_employee_id_idx"`);
    await q.query(`DROP INDEX "public"."plan_items_goal_id_idx"`);
    await q.query(`DROP INDEX "public"."plan_items_skill_id_idx"`);
    await q.query(`DROP TABLE "plan_items"`);
    await q.query(`DROP TYPE "public"."plan_item_status"`);
    await q.query(`DROP TYPE "public"."plan_item_kind"`);
    await q.query(`DROP INDEX "public"."notifications_recipient_id_idx"`);
    await q.query(`DROP INDEX "public"."notifications_actor_id_idx"`);
    await q.query(`DROP TABLE "notifications"`);
    await q.query(`DROP TYPE "public"."notification_kind"`);
    await q.query(`DROP INDEX "public"."mentorship_focus_skills_skill_id_idx"`);
    await q.query(`DROP TABLE "mentorship_focus_skills"`);
    await q.query(`DROP INDEX "public"."mentorships_open_pair_uq"`);
    await q.query(`DROP INDEX "public"."mentorships_mentor_id_idx"`);
    await q.query(`DROP INDEX "public"."mentorships_mentee_id_idx"`);
    await q.query(`DROP TABLE "mentorships"`);
    await q.query(`DROP TYPE "public"."mentorship_status"`);
    await q.query(`DROP INDEX "public"."check_in_values_key_result_id_idx"`);
    await q.query(`DROP TABLE "check_in_values"`);
    await q.query(`DROP INDEX "public"."check_ins_goal_id_idx"`);
    await q.query(`DROP INDEX "public"."check_ins_author_id_idx"`);
    await q.query(`DROP TABLE "check_ins"`);
    await q.query(`DROP TYPE "public"."check_in_kind"`);
  }
}
