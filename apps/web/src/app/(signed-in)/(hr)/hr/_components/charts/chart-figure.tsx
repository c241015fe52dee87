import type { ReactNode } from "react";
import styles from "./charts.module.css";

interface ChartFigureProps {
  /** The whole chart in one sentence: what a screen reader announces for the drawing. */
  summary: string;
  /** The same figures as a table, behind "Show the numbers". */
  table: ReactNode;
  /** Names the table's scrollable region, e.g. "Goal adoption by department, as a table". */
  tableLabel: string;
  legend?: ReactNode;
  children: ReactNode;
}

/**
 * A chart drawn with CSS, with two text alternatives: a one-sentence summary on the drawing itself
 * (role="img") and a table with every figure that anyone can open. No chart library: the bars are
 * plain boxes whose width is the value.
 */
export function ChartFigure({ summary, table, tableLabel, legend, children }: ChartFigureProps) {
  return (
    <figure className={styles.figure}>
      {legend}
      <div role="img" aria-label={summary} className={styles.visual}>
        {children}
      </div>
      <details className={styles.details}>
        <summary>Show the numbers</summary>
        {/* Focusable so keyboard users can scroll a wide table on a phone. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be reachable by keyboard */}
        <section className={styles.tableWrap} aria-label={tableLabel} tabIndex={0}>
          {table}
        </section>
      </details>
    </figure>
  );
}

/** The colour key of a chart with several series. */
export function Legend({ items }: { items: { label: string; className: string }[] }) {
  return (
    <ul className={styles.legend} aria-hidden="true">
      {items.map((item) => (
        <li key={item.label}>
          <span className={`${styles.swatch} ${item.className}`} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
