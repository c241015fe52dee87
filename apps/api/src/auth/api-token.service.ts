import type { DataSource } from "typeorm";
import { employeeAccess } from "../access";
import { badInput, forbidden, notFound } from "../errors";
import { AuditService } from "../modules/audit/audit.service";
import { ApiToken } from "./api-token.entity";
import type { CreateApiTokenInput } from "./auth.inputs";
import { API_TOKEN_PREFIX, newToken } from "./tokens";
import type { Viewer } from "./viewer";

/** API tokens for HR integrations: created and revoked by HR admins, the secret shown once. */
export class ApiTokenService {
  constructor(private readonly dataSource: DataSource) {}

  async create(viewer: Viewer, input: CreateApiTokenInput, requestId: string) {
    if (!employeeAccess.canManageApiTokens(viewer)) throw forbidden("Only HR admins can create API tokens.");
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw badInput("input.expiresAt", "The expiry date must be in the future.");
    }
    const { token, hash } = newToken(API_TOKEN_PREFIX);
    const apiToken = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(ApiToken).save({
        name: input.name.trim(),
        scopes: input.scopes,
        expiresAt: input.expiresAt ?? null,
        createdById: viewer.employee.id,
        tokenHash: hash,
        revokedAt: null,
        lastUsedAt: null,
      });
      await AuditService.record(manager, {
        ...AuditService.actor(viewer, requestId),
        action: "apiToken.created",
        entityType: "ApiToken",
        entityId: saved.id,
        data: { name: saved.name, scopes: saved.scopes },
      });
      return saved;
    });
    return { token, apiToken };
  }

  async revoke(viewer: Viewer, id: string, requestId: string): Promise<ApiToken> {
    if (!employeeAccess.canManageApiTokens(viewer)) throw forbidden("Only HR admins can revoke API tokens.");
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(ApiToken);
      const apiToken = await repo.findOneBy({ id });
      if (!apiToken) throw notFound("This API token");
      if (!apiToken.revokedAt) {
        apiToken.revokedAt = new Date();
        await repo.update({ id }, { revokedAt: apiToken.revokedAt });
        await AuditService.record(manager, {
          ...AuditService.actor(viewer, requestId),
          action: "apiToken.revoked",
          entityType: "ApiToken",
          entityId: id,
        });
      }
      return apiToken;
    });
  }

  list(viewer: Viewer): Promise<ApiToken[]> {
    if (!employeeAccess.canManageApiTokens(viewer)) throw forbidden("Only HR admins can see API tokens.");
    return this.dataSource.getRepository(ApiToken).find({ order: { createdAt: "DESC" }, take: 200 });
  }
}
