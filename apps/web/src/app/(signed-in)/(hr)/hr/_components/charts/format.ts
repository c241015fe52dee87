/** A 0–1 share as a whole percentage, e.g. 0.416 → "42%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A count with its noun, e.g. (1, "person", "people") → "1 person". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** People without a department share the empty name; say so rather than show a blank. */
export function departmentLabel(department: string): string {
  return department || "No department";
}

/** A bar's length as a CSS width; a non-zero value stays visible even next to much larger ones. */
export function barWidth(value: number, max: number): string {
  if (max <= 0 || value <= 0) return "0%";
  return `${Math.max((value / max) * 100, 1.5)}%`;
}
