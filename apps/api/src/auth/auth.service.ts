import type { DataSource } from "typeorm";
import { env } from "../env";
import { unauthenticated } from "../errors";
import { AuditService } from "../modules/audit/audit.service";
import { Employee, Role } from "../modules/employee/employee.entity";
import { ApiToken } from "./api-token.entity";
import { decoyHash, verifyPassword } from "./password";
import { Session } from "./session.entity";
import { API_TOKEN_PREFIX, hashToken, newToken, SESSION_PREFIX } from "./tokens";
import type { Viewer } from "./viewer";

export interface LoginResult {
  token: string;
  expiresAt: Date;
  employee: Employee;
  sessionId: string;
}

const WRONG_CREDENTIALS = "Email or password is incorrect.";

/** Sign-in, sign-out, and turning a bearer token into a viewer. */
export class AuthService {
  constructor(private readonly dataSource: DataSource) {}

  async login(email: string, password: string, requestId: string): Promise<LoginResult> {
    const employee = await this.dataSource
      .getRepository(Employee)
      .findOne({ where: { email: email.trim().toLowerCase(), active: true } });
    // Verify against a decoy when there is no such person, so unknown emails and wrong passwords
    // take the same time and get the same answer.
    const ok = await verifyPassword(password, employee?.passwordHash ?? (await decoyHash()));
    if (!employee?.passwordHash || !ok) throw unauthenticated(WRONG_CREDENTIALS);

    const { token, hash } = newToken(SESSION_PREFIX);
    const expiresAt = new Date(Date.now() + env().sessionTtlHours * 3600_000);
    const sessionId = await this.dataSource.transaction(async (manager) => {
      const session = await manager
        .getRepository(Session)
        .save({ employeeId: employee.id, tokenHash: hash, expiresAt });
      await AuditService.record(manager, {
        actorId: employee.id,
        requestId,
        action: "session.created",
        entityType: "Session",
        entityId: session.id,
      });
      return session.id;
    });
    return { token, expiresAt, employee, sessionId };
  }

  async logout(viewer: Viewer, requestId: string): Promise<void> {
    if (viewer.kind !== "session") return;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Session).update({ id: viewer.sessionId }, { revokedAt: new Date() });
      await AuditService.record(manager, {
        actorId: viewer.employee.id,
        requestId,
        action: "session.revoked",
        entityType: "Session",
        entityId: viewer.sessionId,
      });
    });
  }

  /** One query per request. Returns null for a missing, unknown, expired or revoked token. */
  async authenticate(token: string): Promise<Viewer | null> {
    const hash = hashToken(token);
    if (token.startsWith(SESSION_PREFIX)) {
      const session = await this.dataSource
        .getRepository(Session)
        .createQueryBuilder("s")
        .innerJoinAndSelect("s.employee", "e")
        .where("s.token_hash = :hash AND s.revoked_at IS NULL AND s.expires_at > now() AND e.active", {
          hash,
        })
        .getOne();
      return session?.employee
        ? { kind: "session", employee: session.employee, sessionId: session.id }
        : null;
    }
    if (token.startsWith(API_TOKEN_PREFIX)) {
      // The token acts for the HR admin who created it: it stops working if they leave or lose the role.
      const apiToken = await this.dataSource
        .getRepository(ApiToken)
        .createQueryBuilder("t")
        .innerJoinAndSelect("t.createdBy", "e")
        .where("t.token_hash = :hash AND t.revoked_at IS NULL", { hash })
        .andWhere("(t.expires_at IS NULL OR t.expires_at > now())")
        .andWhere("e.active AND e.role = :role", { role: Role.HR_ADMIN })
        .getOne();
      if (!apiToken?.createdBy) return null;
      return {
        kind: "apiToken",
        employee: apiToken.createdBy,
        apiTokenId: apiToken.id,
        scopes: apiToken.scopes,
      };
    }
    return null;
  }
}
