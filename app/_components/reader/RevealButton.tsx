'use client';

import { useEffect, useState } from 'react';

/**
 * In the "original only" layout, shows and hides one block's translation in place. The
 * translation is server-rendered with `hidden`; this button only flips that attribute, so the
 * text is in the HTML from the start and a screen reader finds it where it belongs.
 */
export function RevealButton({ controls, label }: { controls: string; label: string }) {
  const [expanded, setExpanded] = useState(false);
  useEffect(() => {
    const target = document.getElementById(controls);
    if (target) target.hidden = !expanded;
  }, [controls, expanded]);
  return (
    <button
      type="button"
      className="tool-button"
      aria-expanded={expanded}
      aria-controls={controls}
      data-reveal={controls}
      onClick={() => setExpanded((open) => !open)}
    >
      {label}
    </button>
  );
}

/** Shows every translation at once by pressing each collapsed reveal button. */
export function RevealAllButton({ label }: { label: string }) {
  const revealAll = () => {
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-reveal][aria-expanded="false"]'))
      button.click();
  };
  return (
    <button type="button" className="tool-button" onClick={revealAll}>
      {label}
    </button>
  );
}
