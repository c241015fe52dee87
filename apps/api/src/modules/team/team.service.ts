import type { DataSource } from "typeorm";
import { employeeAccess, teamAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { isUuid } from "../../common/uuid";
import { badInput, forbidden, notFound } from "../../errors";
import type { Employee } from "../employee/employee.entity";
import { COLUMNS as EMPLOYEE_COLUMNS, toEmployee } from "../employee/employee.loaders";
import { buildSkillMatrix, readSkillLevels } from "./skill-matrix";
import { type SkillMatrix, TeamMember, TeamOverview, TeamScope } from "./team.types";

/** The manager dashboard: who is in a manager's team, and what may be shown about them. */
export class TeamService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The manager and their team (DIRECT reports or ALL below), for the manager, anyone above them
   * and HR; FORBIDDEN for anyone else. Two statements; the rest of the overview resolves lazily
   * through the request's loaders.
   */
  async overview(viewer: Viewer, managerId: string, scope: TeamScope): Promise<TeamOverview> {
    if (!isUuid(managerId)) throw badInput("managerId", "This is not a valid employee id.");
    const [row] = await this.dataSource.query(
      `SELECT ${EMPLOYEE_COLUMNS}, ${teamAccess.canViewTeamSql(viewer, "e.id", "$2")} AS "viewerMayView"
       FROM employees e WHERE e.id = $1 AND ${employeeAccess.visibleSql(viewer)}`,
      [managerId, viewer.employee.id],
    );
    if (!row) throw notFound("This employee");
    const { viewerMayView, ...managerRow } = row;
    if (!viewerMayView) {
      throw forbidden("Only this person, the managers above them and HR can see their team.");
    }
    const members = await this.members(managerId, scope);
    return Object.assign(new TeamOverview(), {
      manager: toEmployee(managerRow),
      scope,
      members: members.map((employee) => Object.assign(new TeamMember(), { employee })),
    });
  }

  /** Active people below the manager, by name. People who left stay out of a team view, even for HR. */
  private async members(managerId: string, scope: TeamScope): Promise<Employee[]> {
    const rows = await this.dataSource.query(
      `WITH RECURSIVE tree(id, depth) AS (
         SELECT r.id, 1 FROM employees r WHERE r.manager_id = $1
         UNION ALL
         SELECT r.id, t.depth + 1 FROM tree t JOIN employees r ON r.manager_id = t.id
         WHERE $2::boolean AND t.depth < 100
       )
       SELECT ${EMPLOYEE_COLUMNS} FROM tree t JOIN employees e ON e.id = t.id
       WHERE e.active ORDER BY e.name, e.id`,
      [managerId, scope === TeamScope.ALL],
    );
    return rows.map(toEmployee);
  }

  async skillMatrix(viewer: Viewer, members: Employee[]): Promise<SkillMatrix> {
    const levels = await readSkillLevels(
      this.dataSource,
      viewer,
      members.map((member) => member.id),
    );
    return buildSkillMatrix(members, levels);
  }
}
