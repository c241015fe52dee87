import type { DataSource } from "typeorm";
import { GoalStatus } from "../goal/goal.entity";
import { expectedProgress, goalHealth, goalProgress, type KeyResultValues } from "../goal/goal.progress";
import { GoalHealth } from "../goal/goal.types";
import type { Skill } from "../skill/skill.entity";
import { SKILL_COLUMNS } from "../skill/skill.loaders";
import { GROWTH_AREA_LEVEL, STRENGTH_LEVEL } from "../skill-rating/skill-levels";
import type {
  DepartmentInsights,
  MentorshipCoverage,
  OrganizationInsights,
  SkillCoverage,
} from "./insights.types";

interface ActiveGoalRow {
  department: string;
  startDate: string;
  dueDate: string | null;
  lastConfidence: number | null;
  keyResults: KeyResultValues[];
}

/**
 * Organization-wide figures for HR, in a fixed number of statements whatever the organization's
 * size. Goal health is computed by the same functions as Goal.health (goal.progress.ts) and skill
 * levels use the thresholds of decision 009, so this page never disagrees with the others.
 */
export class InsightsService {
  constructor(private readonly dataSource: DataSource) {}

  async organization(now = new Date()): Promise<OrganizationInsights> {
    const [people, goals, activity, skills, mentorship] = await Promise.all([
      this.dataSource.query(
        `SELECT e.department, count(*)::int AS headcount,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM goals g WHERE g.owner_id = e.id AND g.status = 'ACTIVE'))::int
             AS "withGoals"
         FROM employees e WHERE e.active GROUP BY e.department ORDER BY e.department`,
      ) as Promise<{ department: string; headcount: number; withGoals: number }[]>,
      this.activeGoals(),
      this.dataSource.query(
        `SELECT e.department,
           (SELECT count(*)::int FROM check_ins c JOIN goals g ON g.id = c.goal_id JOIN employees o ON o.id = g.owner_id
            WHERE o.department = e.department AND o.active AND c.created_at > now() - interval '30 days') AS "checkIns",
           count(p.id) FILTER (WHERE p.status = 'DONE')::int AS done,
           count(p.id) FILTER (WHERE p.status <> 'DROPPED')::int AS planned
         FROM employees e LEFT JOIN plan_items p ON p.employee_id = e.id
         WHERE e.active GROUP BY e.department`,
      ) as Promise<{ department: string; checkIns: number; done: number; planned: number }[]>,
      this.skillCoverage(),
      this.mentorshipCoverage(),
    ]);

    const departments = people.map((row): DepartmentInsights => {
      const mine = goals.filter((goal) => goal.department === row.department);
      const health = mine.map((goal) =>
        goalHealth(
          GoalStatus.ACTIVE,
          goalProgress(goal.keyResults),
          expectedProgress(goal.startDate, goal.dueDate, now),
          goal.lastConfidence,
        ),
      );
      const act = activity.find((a) => a.department === row.department);
      return {
        department: row.department,
        headcount: row.headcount,
        peopleWithActiveGoals: row.withGoals,
        goalAdoption: row.headcount ? row.withGoals / row.headcount : 0,
        activeGoals: mine.length,
        onTrack: health.filter((h) => h === GoalHealth.ON_TRACK).length,
        atRisk: health.filter((h) => h === GoalHealth.AT_RISK).length,
        offTrack: health.filter((h) => h === GoalHealth.OFF_TRACK).length,
        averageProgress: mine.length
          ? mine.reduce((sum, goal) => sum + goalProgress(goal.keyResults), 0) / mine.length
          : null,
        checkInsLast30Days: act?.checkIns ?? 0,
        planCompletion: act?.planned ? act.done / act.planned : null,
      };
    });
    const headcount = people.reduce((sum, row) => sum + row.headcount, 0);
    const withGoals = people.reduce((sum, row) => sum + row.withGoals, 0);
    return {
      headcount,
      goalAdoption: headcount ? withGoals / headcount : 0,
      departments,
      skills,
      mentorship,
    };
  }

  /** Active goals of active people with their key results (one statement, aggregated per goal). */
  private activeGoals(): Promise<ActiveGoalRow[]> {
    return this.dataSource.query(
      `SELECT e.department, g.start_date::text AS "startDate", g.due_date::text AS "dueDate",
         g.last_confidence AS "lastConfidence",
         COALESCE(json_agg(json_build_object(
           'startValue', k.start_value::float8, 'targetValue', k.target_value::float8,
           'currentValue', k.current_value::float8, 'weight', k.weight::float8))
           FILTER (WHERE k.id IS NOT NULL), '[]') AS "keyResults"
       FROM goals g JOIN employees e ON e.id = g.owner_id
       LEFT JOIN key_results k ON k.goal_id = g.id
       WHERE g.status = 'ACTIVE' AND e.active
       GROUP BY g.id, e.department`,
    );
  }

  /** Per catalog skill: the newest self and manager level per person, combined as in decision 009. */
  private async skillCoverage(): Promise<SkillCoverage[]> {
    const rows: (Skill & { strong: number; growthAreas: number; rated: number })[] =
      await this.dataSource.query(
        `WITH latest AS (
         SELECT DISTINCT ON (r.employee_id, r.skill_id, r.source) r.employee_id, r.skill_id, r.level
         FROM skill_ratings r JOIN employees e ON e.id = r.employee_id AND e.active
         ORDER BY r.employee_id, r.skill_id, r.source, r.created_at DESC
       ), combined AS (
         SELECT employee_id, skill_id, avg(level) AS level FROM latest GROUP BY employee_id, skill_id
       )
       SELECT ${SKILL_COLUMNS},
         (SELECT count(*)::int FROM combined c WHERE c.skill_id = s.id AND c.level >= $1) AS strong,
         (SELECT count(*)::int FROM combined c WHERE c.skill_id = s.id) AS rated,
         (SELECT count(*)::int FROM employees e WHERE e.active AND (
            EXISTS (SELECT 1 FROM growth_areas ga WHERE ga.employee_id = e.id AND ga.skill_id = s.id)
            OR EXISTS (SELECT 1 FROM combined c WHERE c.employee_id = e.id AND c.skill_id = s.id AND c.level <= $2)
         )) AS "growthAreas"
       FROM skills s ORDER BY s.category, s.name`,
        [STRENGTH_LEVEL, GROWTH_AREA_LEVEL],
      );
    return rows.map(({ strong, growthAreas, rated, ...skill }) => ({ skill, strong, growthAreas, rated }));
  }

  private async mentorshipCoverage(): Promise<MentorshipCoverage> {
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM mentorships WHERE status = 'ACTIVE') AS "activeMentorships",
         (SELECT count(*)::int FROM mentorships WHERE status = 'PROPOSED') AS "proposedMentorships",
         count(*)::int AS "peopleWithGrowthAreas",
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM mentorships m
           WHERE m.mentee_id = e.id AND m.status = 'ACTIVE'))::int AS "peopleWithGrowthAreasMentored"
       FROM employees e
       WHERE e.active AND EXISTS (SELECT 1 FROM growth_areas ga WHERE ga.employee_id = e.id)`,
    );
    return {
      ...row,
      coverage: row.peopleWithGrowthAreas
        ? row.peopleWithGrowthAreasMentored / row.peopleWithGrowthAreas
        : null,
    };
  }
}
