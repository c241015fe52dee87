import { Foundation1795600544812 } from "./1795600544812-Foundation";

/** Every migration, oldest first. They run at API start and with `pnpm db:migrate`. */
export const migrations = [Foundation1795600544812];
