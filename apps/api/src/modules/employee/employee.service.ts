import type { DataSource, EntityManager } from "typeorm";
import { employeeAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { isHrAdmin } from "../../auth/viewer";
import { type Connection, decodeCursor, type PageArgs, toConnection } from "../../common/connection";
import { badInput, conflict, forbidden, notFound } from "../../errors";
import { AuditService } from "../audit/audit.service";
import { Employee } from "./employee.entity";
import type { CreateEmployeeInput, EmployeeFilter, UpdateEmployeeInput } from "./employee.inputs";
import { assertNoReportingCycle } from "./reporting-lines";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&");
const normalizeEmail = (email: string) => email.trim().toLowerCase();

export class EmployeeService {
  constructor(private readonly dataSource: DataSource) {}

  /** The directory, ordered by name, with keyset pagination and filters applied in SQL. */
  async list(
    viewer: Viewer,
    filter: EmployeeFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<Employee>> {
    const query = this.dataSource.getRepository(Employee).createQueryBuilder("e");
    const showInactive = filter?.includeInactive && isHrAdmin(viewer);
    query.where(showInactive ? "TRUE" : `${employeeAccess.visibleSql(viewer)} AND e.active`);
    if (filter?.department) query.andWhere("e.department = :department", { department: filter.department });
    if (filter?.managerId) query.andWhere("e.manager_id = :managerId", { managerId: filter.managerId });
    if (filter?.search) {
      query.andWhere("(e.name ILIKE :search OR e.email ILIKE :search OR e.title ILIKE :search)", {
        search: `%${escapeLike(filter.search.trim())}%`,
      });
    }
    const totalCount = await query.clone().getCount();
    if (page.after) {
      const [name, id] = decodeCursor(page.after, 2);
      query.andWhere("(e.name, e.id) > (:name, :id)", { name, id });
    }
    const rows = await query
      .orderBy("e.name", "ASC")
      .addOrderBy("e.id", "ASC")
      .limit(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, totalCount, (e) => [e.name, e.id]);
  }

  async create(viewer: Viewer, input: CreateEmployeeInput, requestId: string): Promise<Employee> {
    if (!employeeAccess.canWrite(viewer)) throw forbidden("Only HR admins can add people.");
    return this.dataSource.transaction(async (manager) => {
      const email = normalizeEmail(input.email);
      await this.assertUnique(manager, { email, externalId: input.externalId ?? null });
      if (input.managerId) await this.assertManagerExists(manager, input.managerId);
      const { id } = await manager.getRepository(Employee).save(
        manager.getRepository(Employee).create({
          name: input.name.trim(),
          email,
          title: input.title.trim(),
          department: input.department.trim(),
          managerId: input.managerId ?? null,
          role: input.role,
          externalId: input.externalId ?? null,
        }),
      );
      await AuditService.record(manager, {
        ...AuditService.actor(viewer, requestId),
        action: "employee.created",
        entityType: "Employee",
        entityId: id,
        data: { email, managerId: input.managerId ?? null, role: input.role },
      });
      return manager.getRepository(Employee).findOneByOrFail({ id });
    });
  }

  async update(viewer: Viewer, input: UpdateEmployeeInput, requestId: string): Promise<Employee> {
    if (!employeeAccess.canWrite(viewer)) throw forbidden("Only HR admins can change people's records.");
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Employee);
      const current = await repo.findOneBy({ id: input.id });
      if (!current) throw notFound("This employee");

      const changes: Partial<Employee> = {};
      if (input.name != null) changes.name = input.name.trim();
      if (input.email != null) changes.email = normalizeEmail(input.email);
      if (input.title != null) changes.title = input.title.trim();
      if (input.department != null) changes.department = input.department.trim();
      if (input.role != null) changes.role = input.role;
      if (input.active != null) changes.active = input.active;
      if (input.externalId !== undefined) changes.externalId = input.externalId;
      if (input.clearManager) changes.managerId = null;
      else if (input.managerId != null && input.managerId !== current.managerId) {
        await this.assertManagerExists(manager, input.managerId);
        await assertNoReportingCycle(manager, input.id, input.managerId);
        changes.managerId = input.managerId;
      }
      if (changes.email !== undefined || changes.externalId) {
        await this.assertUnique(manager, {
          email: changes.email,
          externalId: changes.externalId,
          exceptId: input.id,
        });
      }
      if (input.role != null && input.id === viewer.employee.id && input.role !== current.role) {
        throw badInput("input.role", "You can't change your own role; ask another HR admin.");
      }

      // Optimistic locking: the row changes only if nobody else changed it since it was read.
      const result = await repo
        .createQueryBuilder()
        .update(Employee)
        .set({ ...changes, version: () => "version + 1", updatedAt: () => "now()" })
        .where("id = :id AND version = :version", { id: input.id, version: input.version })
        .execute();
      if (result.affected === 0) {
        throw conflict(
          "Someone else changed this person's record meanwhile. Reload it and apply your change again.",
        );
      }
      await AuditService.record(manager, {
        ...AuditService.actor(viewer, requestId),
        action: "employee.updated",
        entityType: "Employee",
        entityId: input.id,
        data: { changes: { ...changes }, previousManagerId: current.managerId },
      });
      return repo.findOneByOrFail({ id: input.id });
    });
  }

  private async assertManagerExists(manager: EntityManager, managerId: string): Promise<void> {
    const found = await manager.getRepository(Employee).existsBy({ id: managerId, active: true });
    if (!found) throw badInput("input.managerId", "The manager must be an active employee.");
  }

  private async assertUnique(
    manager: EntityManager,
    { email, externalId, exceptId }: { email?: string; externalId?: string | null; exceptId?: string },
  ): Promise<void> {
    const rows: { email: string; external_id: string | null }[] = await manager.query(
      `SELECT email, external_id FROM employees
       WHERE (email = $1 OR external_id = $2) AND ($3::uuid IS NULL OR id <> $3)`,
      [email ?? null, externalId ?? null, exceptId ?? null],
    );
    if (rows.some((row) => email && row.email === email)) {
      throw conflict("Another person already uses this email.", "input.email");
    }
    if (rows.some((row) => externalId && row.external_id === externalId)) {
      throw conflict("Another person already has this external id.", "input.externalId");
    }
  }
}
