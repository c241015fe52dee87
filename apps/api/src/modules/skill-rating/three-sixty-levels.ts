import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Viewer } from "../../auth/viewer";
import { loadThreeSixtyLevels } from "../feedback/three-sixty-levels";

/** Per skill id, the level others gave in closed 360 rounds (1–5, a mean). */
export type ThreeSixtyLevels = Map<string, number>;

/**
 * The 360 levels the skill profile merges in: employeeId → levels by skill, from each person's
 * latest closed round and only from groups shown in its report (modules/feedback, decision 016).
 * One statement per batch. The profile only asks for people whose profile the viewer may read.
 */
export function createThreeSixtyLevelsLoader(dataSource: DataSource, _viewer: Viewer | null) {
  return new DataLoader<string, ThreeSixtyLevels>(async (employeeIds) => {
    const levels = await loadThreeSixtyLevels(dataSource, employeeIds);
    return employeeIds.map((id) => levels.get(id) ?? new Map<string, number>());
  });
}
