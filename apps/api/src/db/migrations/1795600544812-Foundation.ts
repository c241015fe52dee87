import type { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795600544812 implements MigrationInterface {
  name = "Foundation1795600544812";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."employee_role" AS ENUM('EMPLOYEE', 'HR_ADMIN')`);
    await q.query(
      `CREATE TABLE "employees" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying NOT NULL, "email" character varying NOT NULL, "title" character varying NOT NULL DEFAULT '', "department" character varying NOT NULL DEFAULT '', "role" "public"."employee_role" NOT NULL DEFAULT 'EMPLOYEE', "external_id" character varying, "active" boolean NOT NULL DEFAULT true, "manager_id" uuid, "password_hash" character varying, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "employees_email_lowercase" CHECK ("email" = lower("email")), CONSTRAINT "PK_b9535a98350d5b26e7eb0c26af4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "employees_email_uq" ON "employees"  ("email")`);
    await q.query(`CREATE INDEX "employees_department_idx" ON "employees"  ("department")`);
    await q.query(`CREATE UNIQUE INDEX "employees_external_id_uq" ON "employees"  ("external_id")`);
    await q.query(`CREATE INDEX "employees_manager_id_idx" ON "employees"  ("manager_id")`);
    await q.query(`CREATE INDEX "employees_name_id_idx" ON "employees"  ("name", "id")`);
    await q.query(
      `CREATE TYPE "public"."api_scope" AS ENUM('EMPLOYEES_READ', 'EMPLOYEES_WRITE', 'SKILLS_READ')`,
    );
    await q.query(
      `CREATE TABLE "api_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying NOT NULL, "created_by_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "scopes" "public"."api_scope" array NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "api_tokens_created_by_id_idx" ON "api_tokens"  ("created_by_id")`);
    await q.query(`CREATE UNIQUE INDEX "api_tokens_token_hash_uq" ON "api_tokens"  ("token_hash")`);
    await q.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "employee_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "sessions_employee_id_idx" ON "sessions"  ("employee_id")`);
    await q.query(`CREATE UNIQUE INDEX "sessions_token_hash_uq" ON "sessions"  ("token_hash")`);
    await q.query(
      `CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "api_token_id" uuid, "action" character varying NOT NULL, "entity_type" character varying NOT NULL, "entity_id" uuid, "data" jsonb NOT NULL DEFAULT '{}', "request_id" character varying, CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "audit_events_actor_id_idx" ON "audit_events"  ("actor_id")`);
    await q.query(`CREATE INDEX "audit_events_api_token_id_idx" ON "audit_events"  ("api_token_id")`);
    await q.query(`CREATE INDEX "audit_events_entity_idx" ON "audit_events"  ("entity_type", "entity_id")`);
    await q.query(
      `CREATE TABLE "skills" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying NOT NULL, "category" character varying NOT NULL DEFAULT '', "description" character varying NOT NULL DEFAULT '', "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_0d3212120f4ecedf90864d7e298" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "skills_name_uq" ON "skills"  ("name")`);
    await q.query(
      `ALTER TABLE "employees" ADD CONSTRAINT "employees_manager_id_fk" FOREIGN KEY ("manager_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "sessions_employee_id_fk" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fk" FOREIGN KEY ("actor_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_api_token_id_fk" FOREIGN KEY ("api_token_id") REFERENCES "api_tokens"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_api_token_id_fk"`);
    await q.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_actor_id_fk"`);
    await q.query(`ALTER TABLE "sessions" DROP CONSTRAINT "sessions_employee_id_fk"`);
    await q.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "api_tokens_created_by_id_fk"`);
    await q.query(`ALTER TABLE "employees" DROP CONSTRAINT "employees_manager_id_fk"`);
    await q.query(`DROP INDEX "public"."skills_name_uq"`);
    await q.query(`DROP TABLE "skills"`);
    await q.query(`DROP INDEX "public"."audit_events_entity_idx"`);
    await q.query(`DROP INDEX "public"."audit_events_api_token_id_idx"`);
    await q.query(`DROP INDEX "public"."audit_events_actor_id_idx"`);
    await q.query(`DROP TABLE "audit_events"`);
    await q.query(`DROP INDEX "public"."sessions_token_hash_uq"`);
    await q.query(`DROP INDEX "public"."sessions_employee_id_idx"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP INDEX "public"."api_tokens_token_hash_uq"`);
    await q.query(`DROP INDEX "public"."api_tokens_created_by_id_idx"`);
    await q.query(`DROP TABLE "api_tokens"`);
    await q.query(`DROP TYPE "public"."api_scope"`);
    await q.query(`DROP INDEX "public"."employees_name_id_idx"`);
    await q.query(`DROP INDEX "public"."employees_manager_id_idx"`);
    await q.query(`DROP INDEX "public"."employees_external_id_uq"`);
    await q.query(`DROP INDEX "public"."employees_department_idx"`);
    await q.query(`DROP INDEX "public"."employees_email_uq"`);
    await q.query(`DROP TABLE "employees"`);
    await q.query(`DROP TYPE "public"."employee_role"`);
  }
}
