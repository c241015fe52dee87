/**
 * Where each point of the progress chart sits, in percent of the plot (x from the left, y from the
 * bottom). Pure functions, so the drawing and its table can't disagree.
 */
export interface HistoryPoint {
  date: string;
  progress: number;
  expectedProgress: number | null;
}

export interface PlottedPoint {
  x: number;
  y: number;
}

const DAY = 86_400_000;
const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/**
 * The time axis runs from the goal's start to its due date, so the chart shows how much of the
 * way is behind; it stretches further when a check-in came after the due date. Without a due date
 * it ends at the last point, and never spans less than a day (a goal that started today).
 */
export function timeDomain(
  startDate: string,
  dueDate: string | null,
  points: HistoryPoint[],
): [number, number] {
  const start = Date.parse(`${startDate}T00:00:00Z`);
  const ends = points.map((point) => Date.parse(point.date));
  if (dueDate) ends.push(Date.parse(`${dueDate}T00:00:00Z`));
  const end = Math.max(start + DAY, ...ends);
  return [Math.min(start, ...ends), end];
}

export function plot(date: string, fraction: number, [from, to]: [number, number]): PlottedPoint {
  return {
    x: ((Date.parse(date) - from) / (to - from)) * 100,
    y: clamp01(fraction) * 100,
  };
}

/** An SVG polyline's `points` in a 100 × 100 box whose y axis points down. */
export const polyline = (points: PlottedPoint[]) =>
  points.map(({ x, y }) => `${round(x)},${round(100 - y)}`).join(" ");

const round = (value: number) => Math.round(value * 100) / 100;
