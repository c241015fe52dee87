import { Foundation1795600544812 } from "./1795600544812-Foundation";
import { Goals1795601277851 } from "./1795601277851-Goals";
import { GrowthCore1795602376216 } from "./1795602376216-GrowthCore";
import { CheckInComments1795602649199 } from "./1795602649199-CheckInComments";
import { Feedback1795602734266 } from "./1795602734266-Feedback";

/** Every migration, oldest first. They run at API start and with `pnpm db:migrate`. */
export const migrations = [
  Foundation1795600544812,
  Goals1795601277851,
  GrowthCore1795602376216,
  CheckInComments1795602649199,
  Feedback1795602734266,
];
