import type { DataSource, EntityManager } from "typeorm";
import type { Viewer } from "../../auth/viewer";
import { conflict, notFound } from "../../errors";
import { AuditService } from "../audit/audit.service";
import { Skill } from "./skill.entity";
import type { CreateSkillInput, UpdateSkillInput } from "./skill.inputs";

const UNIQUE_VIOLATION = "23505";

/** The skills catalog, kept by HR. Names are unique: ratings and goals refer to skills by meaning. */
export class SkillService {
  constructor(private readonly dataSource: DataSource) {}

  create(viewer: Viewer, input: CreateSkillInput, requestId: string): Promise<Skill> {
    return this.write(async (manager) => {
      const skill = await manager.getRepository(Skill).save({
        name: input.name.trim(),
        category: input.category.trim(),
        description: input.description.trim(),
      });
      await AuditService.record(manager, {
        ...AuditService.actor(viewer, requestId),
        action: "skill.created",
        entityType: "skill",
        entityId: skill.id,
        data: { name: skill.name, category: skill.category },
      });
      return skill;
    });
  }

  update(viewer: Viewer, input: UpdateSkillInput, requestId: string): Promise<Skill> {
    return this.write(async (manager) => {
      const changes: Partial<Skill> = {};
      if (input.name != null) changes.name = input.name.trim();
      if (input.category != null) changes.category = input.category.trim();
      if (input.description != null) changes.description = input.description.trim();
      const rows: Skill[] = await manager
        .query(
          `UPDATE skills SET name = COALESCE($3, name), category = COALESCE($4, category),
           description = COALESCE($5, description), version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING id`,
          [
            input.id,
            input.version,
            changes.name ?? null,
            changes.category ?? null,
            changes.description ?? null,
          ],
        )
        .then(([updated]) => updated);
      if (rows.length === 0) {
        const exists = await manager.getRepository(Skill).existsBy({ id: input.id });
        if (!exists) throw notFound("This skill");
        throw conflict("Someone changed this skill meanwhile; reload it and try again.", "input.version");
      }
      await AuditService.record(manager, {
        ...AuditService.actor(viewer, requestId),
        action: "skill.updated",
        entityType: "skill",
        entityId: input.id,
        data: { changes },
      });
      return manager.getRepository(Skill).findOneByOrFail({ id: input.id });
    });
  }

  /** A duplicate name is a CONFLICT on `input.name`, not a 500. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw conflict("A skill with this name is already in the catalog.", "input.name");
      }
      throw error;
    }
  }
}
