import { ConnectionType } from "../../common/connection";
import { Goal } from "./goal.entity";

export const GoalConnection = ConnectionType("Goal", Goal);
