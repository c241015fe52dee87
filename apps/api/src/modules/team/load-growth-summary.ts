import type { Loaders } from "../../context";
import { summarizeGrowth } from "./growth-summary";
import type { GrowthSummary } from "./team.types";

/** A person's growth summary through the request's loaders, or null when the viewer may not see it. */
export async function loadGrowthSummary(loaders: Loaders, employeeId: string): Promise<GrowthSummary | null> {
  // Both loaders batch: a list of people costs two statements, however long it is.
  const [stats, goals] = await Promise.all([
    loaders.growthStats.load(employeeId),
    loaders.trackedGoalsByOwner.load(employeeId),
  ]);
  return stats ? summarizeGrowth(goals, stats) : null;
}
