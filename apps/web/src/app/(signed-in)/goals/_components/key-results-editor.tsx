import { FieldMessage } from "@/components/form/field-message";
import { describedBy, type FieldErrors } from "@/lib/forms/field-errors";
import styles from "./goal-form.module.css";

/** A key result as typed: numbers stay text until saved, so half-typed values ("-", "1.") survive. */
export interface KeyResultDraft {
  /** React's key for the row; never sent. */
  key: string;
  title: string;
  unit: string;
  startValue: string;
  targetValue: string;
}

let rowSequence = 0;
export const emptyKeyResult = (): KeyResultDraft => ({
  key: `kr-${++rowSequence}`,
  title: "",
  unit: "",
  startValue: "0",
  targetValue: "",
});

export const MAX_KEY_RESULTS = 10;

/**
 * Rows of key results, each a fieldset ("Key result 1") with visible labels, so they read the same
 * at 390 px as on a desktop. Errors arrive by the API's paths: `input.keyResults.<n>.<field>`.
 */
export function KeyResultsEditor({
  rows,
  onChange,
  errors,
  pathPrefix = "input.keyResults",
}: {
  rows: KeyResultDraft[];
  onChange: (rows: KeyResultDraft[]) => void;
  errors: FieldErrors;
  pathPrefix?: string;
}) {
  const update = (index: number, change: Partial<KeyResultDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));
  return (
    <>
      <ol className={styles.keyResults}>
        {rows.map((row, index) => {
          const id = (field: string) => `kr-${index}-${field}`;
          const error = (field: string) => errors[`${pathPrefix}.${index}.${field}`];
          return (
            <li key={row.key}>
              <fieldset className={styles.keyResult}>
                <legend className={styles.legend}>Key result {index + 1}</legend>
                <div className="field">
                  <label htmlFor={id("title")}>What you will measure</label>
                  <input
                    id={id("title")}
                    value={row.title}
                    placeholder="e.g. p95 checkout latency"
                    onChange={(event) => update(index, { title: event.target.value })}
                    {...describedBy(id("title"), error("title"))}
                  />
                  <FieldMessage id={id("title")} error={error("title")} />
                </div>
                <div className="field">
                  <label htmlFor={id("unit")}>Unit</label>
                  <input
                    id={id("unit")}
                    value={row.unit}
                    placeholder="ms, %, …"
                    onChange={(event) => update(index, { unit: event.target.value })}
                    {...describedBy(id("unit"), error("unit"))}
                  />
                  <FieldMessage id={id("unit")} error={error("unit")} />
                </div>
                <div className="field">
                  <label htmlFor={id("startValue")}>Start</label>
                  <input
                    id={id("startValue")}
                    inputMode="decimal"
                    value={row.startValue}
                    onChange={(event) => update(index, { startValue: event.target.value })}
                    {...describedBy(id("startValue"), error("startValue"))}
                  />
                  <FieldMessage id={id("startValue")} error={error("startValue")} />
                </div>
                <div className="field">
                  <label htmlFor={id("targetValue")}>Target</label>
                  <input
                    id={id("targetValue")}
                    inputMode="decimal"
                    value={row.targetValue}
                    onChange={(event) => update(index, { targetValue: event.target.value })}
                    {...describedBy(id("targetValue"), error("targetValue"))}
                  />
                  <FieldMessage id={id("targetValue")} error={error("targetValue")} />
                </div>
                <button
                  type="button"
                  className={`button button-small ${styles.removeRow}`}
                  onClick={() => remove(index)}
                  aria-label={`Remove key result ${index + 1}`}
                >
                  Remove
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {rows.length < MAX_KEY_RESULTS ? (
        <button
          type="button"
          className={`button ${styles.addRow}`}
          onClick={() => onChange([...rows, emptyKeyResult()])}
        >
          + Add key result
        </button>
      ) : (
        <p className="field-hint">That's the most a goal can have ({MAX_KEY_RESULTS}).</p>
      )}
    </>
  );
}
