import type { MigrationInterface, QueryRunner } from "typeorm";

export class Feedback1795602734266 implements MigrationInterface {
  name = "Feedback1795602734266";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."feedback_round_status" AS ENUM('DRAFT', 'OPEN', 'CLOSED')`);
    await q.query(
      `CREATE TABLE "feedback_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "subject_id" uuid NOT NULL, "created_by_id" uuid, "title" character varying NOT NULL, "questions" text array NOT NULL DEFAULT '{}', "status" "public"."feedback_round_status" NOT NULL DEFAULT 'DRAFT', "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "anonymity_threshold" smallint NOT NULL DEFAULT '3', "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "reminder_sent_at" TIMESTAMP WITH TIME ZONE, "nudged_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "feedback_rounds_threshold_min" CHECK ("anonymity_threshold" >= 3), CONSTRAINT "PK_41ad2fdc909a218921e145ad8db" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "feedback_rounds_created_by_id_idx" ON "feedback_rounds"  ("created_by_id")`);
    await q.query(
      `CREATE INDEX "feedback_rounds_status_closes_at_idx" ON "feedback_rounds"  ("status", "closes_at")`,
    );
    await q.query(
      `CREATE INDEX "feedback_rounds_subject_id_idx" ON "feedback_rounds"  ("subject_id", "status", "created_at")`,
    );
    await q.query(
      `CREATE TYPE "public"."feedback_relationship" AS ENUM('SELF', 'MANAGER', 'PEER', 'DIRECT_REPORT', 'MENTOR', 'OTHER')`,
    );
    await q.query(
      `CREATE TYPE "public"."feedback_request_status" AS ENUM('PENDING', 'SUBMITTED', 'DECLINED')`,
    );
    await q.query(
      `CREATE TABLE "feedback_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "round_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "relationship" "public"."feedback_relationship" NOT NULL, "status" "public"."feedback_request_status" NOT NULL DEFAULT 'PENDING', "approved" boolean NOT NULL DEFAULT true, "nominated_by_id" uuid, "decline_reason" character varying, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_4fceb8b13258b93add53a14d967" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "feedback_requests_nominated_by_id_idx" ON "feedback_requests"  ("nominated_by_id")`,
    );
    await q.query(
      `CREATE INDEX "feedback_requests_reviewer_id_idx" ON "feedback_requests"  ("reviewer_id", "status")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "feedback_requests_round_reviewer_uq" ON "feedback_requests"  ("round_id", "reviewer_id")`,
    );
    await q.query(
      `CREATE TABLE "feedback_ratings" ("request_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "level" smallint, CONSTRAINT "feedback_ratings_level_range" CHECK ("level" IS NULL OR "level" BETWEEN 1 AND 5), CONSTRAINT "PK_976c21243736f4716029b96a6d5" PRIMARY KEY ("request_id", "skill_id"))`,
    );
    await q.query(`CREATE INDEX "feedback_ratings_skill_id_idx" ON "feedback_ratings"  ("skill_id")`);
    await q.query(
      `CREATE TABLE "feedback_answers" ("request_id" uuid NOT NULL, "question_index" smallint NOT NULL, "text" character varying NOT NULL, CONSTRAINT "feedback_answers_question_index_min" CHECK ("question_index" >= 0), CONSTRAINT "PK_d968ef2a03c3768015c79d267d9" PRIMARY KEY ("request_id", "question_index"))`,
    );
    await q.query(
      `CREATE TABLE "feedback_round_skills" ("round_id" uuid NOT NULL, "skill_id" uuid NOT NULL, CONSTRAINT "PK_f48171d4e0cff7fc2fe7a0e3184" PRIMARY KEY ("round_id", "skill_id"))`,
    );
    await q.query(
      `CREATE INDEX "feedback_round_skills_skill_id_idx" ON "feedback_round_skills"  ("skill_id")`,
    );
    await q.query(
      `ALTER TABLE "feedback_rounds" ADD CONSTRAINT "feedback_rounds_subject_id_fk" FOREIGN KEY ("subject_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "feedback_rounds" ADD CONSTRAINT "feedback_rounds_created_by_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "feedback_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_reviewer_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_nominated_by_id_fk" FOREIGN KEY ("nominated_by_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "feedback_ratings" ADD CONSTRAINT "feedback_ratings_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "feedback_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "feedback_ratings" ADD CONSTRAINT "feedback_ratings_skill_id_fk" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "feedback_answers" ADD CONSTRAINT "feedback_answers_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "feedback_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "feedback_round_skills" ADD CONSTRAINT "feedback_round_skills_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "feedback_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "feedback_round_skills" ADD CONSTRAINT "feedback_round_skills_skill_id_fk" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "feedback_round_skills" DROP CONSTRAINT "feedback_round_skills_skill_id_fk"`);
    await q.query(`ALTER TABLE "feedback_round_skills" DROP CONSTRAINT "feedback_round_skills_round_id_fk"`);
    await q.query(`ALTER TABLE "feedback_answers" DROP CONSTRAINT "feedback_answers_request_id_fk"`);
    await q.query(`ALTER TABLE "feedback_ratings" DROP CONSTRAINT "feedback_ratings_skill_id_fk"`);
    await q.query(`ALTER TABLE "feedback_ratings" DROP CONSTRAINT "feedback_ratings_request_id_fk"`);
    await q.query(`ALTER TABLE "feedback_requests" DROP CONSTRAINT "feedback_requests_nominated_by_id_fk"`);
    await q.query(`ALTER TABLE "feedback_requests" DROP CONSTRAINT "feedback_requests_reviewer_id_fk"`);
    await q.query(`ALTER TABLE "feedback_requests" DROP CONSTRAINT "feedback_requests_round_id_fk"`);
    await q.query(`ALTER TABLE "feedback_rounds" DROP CONSTRAINT "feedback_rounds_created_by_id_fk"`);
    await q.query(`ALTER TABLE "feedback_rounds" DROP CONSTRAINT "feedback_rounds_subject_id_fk"`);
    await q.query(`DROP INDEX "public"."feedback_round_skills_skill_id_idx"`);
    await q.query(`DROP TABLE "feedback_round_skills"`);
    await q.query(`DROP TABLE "feedback_answers"`);
    await q.query(`DROP INDEX "public"."feedback_ratings_skill_id_idx"`);
    await q.query(`DROP TABLE "feedback_ratings"`);
    await q.query(`DROP INDEX "public"."feedback_requests_round_reviewer_uq"`);
    await q.query(`DROP INDEX "public"."feedback_requests_reviewer_id_idx"`);
    await q.query(`DROP INDEX "public"."feedback_requests_nominated_by_id_idx"`);
    await q.query(`DROP TABLE "feedback_requests"`);
    await q.query(`DROP TYPE "public"."feedback_request_status"`);
    await q.query(`DROP TYPE "public"."feedback_relationship"`);
    await q.query(`DROP INDEX "public"."feedback_rounds_subject_id_idx"`);
    await q.query(`DROP INDEX "public"."feedback_rounds_status_closes_at_idx"`);
    await q.query(`DROP INDEX "public"."feedback_rounds_created_by_id_idx"`);
    await q.query(`DROP TABLE "feedback_rounds"`);
    await q.query(`DROP TYPE "public"."feedback_round_status"`);
  }
}
