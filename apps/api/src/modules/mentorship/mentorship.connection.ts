import { ConnectionType } from "../../common/connection";
import { Mentorship } from "./mentorship.entity";

export const MentorshipConnection = ConnectionType("Mentorship", Mentorship);
