/**
 * Small inline icons (no icon font, no emoji: some systems have no colour-emoji font). Always
 * decoration next to a word, so they are hidden from assistive technology.
 */
type IconName = "win" | "setback" | "update" | "lesson";

const PATHS: Record<IconName, React.ReactNode> = {
  // Sparkles: something to celebrate.
  win: (
    <>
      <path d="M10 2.5l1.9 5.1 5.1 1.9-5.1 1.9L10 16.5l-1.9-5.1L3 9.5l5.1-1.9z" fill="currentColor" />
      <path d="M18 14l.8 2.2 2.2.8-2.2.8L18 20l-.8-2.2-2.2-.8 2.2-.8z" fill="currentColor" />
    </>
  ),
  // A flag planted where something went wrong.
  setback: (
    <>
      <path d="M5 21V3.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
      <path d="M6 4h12l-2.5 4.25L18 12.5H6z" fill="currentColor" />
    </>
  ),
  update: <circle cx="12" cy="12" r="4" fill="currentColor" />,
  // A light bulb: what was learned.
  lesson: (
    <path
      d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.6 10.8c.7.6 1.1 1.3 1.1 2.1v.1h5v-.1c0-.8.4-1.5 1.1-2.1A6 6 0 0 0 12 3z"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      fill="none"
    />
  ),
};

export function Icon({ name, size = 16, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      style={{ flex: "none" }}
    >
      {PATHS[name]}
    </svg>
  );
}
