import type { ValueTransformer } from "typeorm";

/** PostgreSQL returns numeric as a string (it may not fit a double); our figures are human-sized. */
export const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value == null ? null : Number(value)),
};
