"use client";

import { useEffect, useRef } from "react";
import styles from "./ui.module.css";

/**
 * "Are you sure?" in place of the button that asked it. The confirm button takes the focus (the
 * button pressed is gone), Escape or "No" backs out.
 */
export function ConfirmBar({
  question,
  confirmLabel,
  cancelLabel = "No, keep it",
  pending = false,
  danger = false,
  className,
  onConfirm,
  onCancel,
}: {
  question: string;
  confirmLabel: string;
  cancelLabel?: string;
  pending?: boolean;
  danger?: boolean;
  className?: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape is a shortcut; both buttons remain
    <div
      className={`${styles.actions} ${className ?? ""}`}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <span>{question}</span>
      <button
        ref={confirm}
        type="button"
        className={`button ${styles.buttonSmall} ${danger ? styles.buttonDanger : "button-primary"}`}
        disabled={pending}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
      <button type="button" className={`button ${styles.buttonSmall}`} onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
