import type { MigrationInterface, QueryRunner } from "typeorm";

export class CheckInComments1795602649199 implements MigrationInterface {
  name = "CheckInComments1795602649199";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "check_in_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "check_in_id" uuid NOT NULL, "author_id" uuid, "body" character varying NOT NULL, CONSTRAINT "PK_e726cf48014691ddc317e121aca" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "check_in_comments_author_id_idx" ON "check_in_comments"  ("author_id")`);
    await q.query(
      `CREATE INDEX "check_in_comments_check_in_id_idx" ON "check_in_comments"  ("check_in_id", "created_at")`,
    );
    await q.query(
      `ALTER TABLE "check_in_comments" ADD CONSTRAINT "check_in_comments_check_in_id_fk" FOREIGN KEY ("check_in_id") REFERENCES "check_ins"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "check_in_comments" ADD CONSTRAINT "check_in_comments_author_id_fk" FOREIGN KEY ("author_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "check_in_comments" DROP CONSTRAINT "check_in_comments_author_id_fk"`);
    await q.query(`ALTER TABLE "check_in_comments" DROP CONSTRAINT "check_in_comments_check_in_id_fk"`);
    await q.query(`DROP INDEX "public"."check_in_comments_check_in_id_idx"`);
    await q.query(`DROP INDEX "public"."check_in_comments_author_id_idx"`);
    await q.query(`DROP TABLE "check_in_comments"`);
  }
}
