import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Viewer } from "../../auth/viewer";

/** Per skill id, the level others gave in closed 360 rounds (1–5, a mean). */
export type ThreeSixtyLevels = Map<string, number>;

/**
 * The 360 levels the skill profile merges in: employeeId → levels by skill. The feedback module
 * (360 rounds, issue 4) supplies the real batch function — one SQL statement per batch over closed
 * rounds, only groups that reach the anonymity threshold. Until then nobody has 360 levels, so it
 * queries nothing. The profile only asks for people whose profile the viewer may read.
 */
export function createThreeSixtyLevelsLoader(_dataSource: DataSource, _viewer: Viewer | null) {
  return new DataLoader<string, ThreeSixtyLevels>(async (employeeIds) =>
    employeeIds.map(() => new Map<string, number>()),
  );
}
