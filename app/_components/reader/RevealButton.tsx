/**
 * In the "original only" layout, shows and hides one block's translation in place. Plain markup:
 * the Reveals island handles every such button with one listener, flips the translation's
 * `hidden` and the button's label ("Show translation" / "Hide translation"), and remembers it.
 * The translation is in the HTML from the start, so a screen reader finds it where it belongs.
 * In a paragraph pair it is no Tab stop of its own (`roving`): it is reached with the arrow keys
 * within its paragraph, or by `r`; a "Baca Juga" row, no pair, keeps it in the Tab order.
 */
export function RevealButton({
  controls,
  label,
  roving = true,
}: {
  controls: string;
  label: string;
  roving?: boolean;
}) {
  return (
    <button
      type="button"
      className="tool-button"
      aria-expanded="false"
      aria-controls={controls}
      data-reveal={controls}
      tabIndex={roving ? -1 : undefined}
    >
      {label}
    </button>
  );
}

/** Shows every translation at once, or hides them all again once all are shown (Reveals). */
export function RevealAllButton({ label }: { label: string }) {
  return (
    <button type="button" className="tool-button" data-reveal-all="">
      {label}
    </button>
  );
}
