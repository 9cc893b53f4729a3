'use client';

import { useState } from 'react';

export interface ListenLabels {
  /** Visible text, contained in the accessible name (WCAG 2.5.3 label in name). */
  listen: string;
  name: string;
  noVoice: string;
  noSpeech: string;
}

/**
 * Reads the Indonesian original of one block aloud. The speech code is imported on the first
 * press, so it costs nothing until someone listens. Pressed again, it stops.
 */
export function ListenButton({ segmentId, labels }: { segmentId: string; labels: ListenLabels }) {
  const [speaking, setSpeaking] = useState(false);
  const [message, setMessage] = useState('');

  async function toggle() {
    const speech = await import('./speech');
    if (speaking) return speech.stopSpeaking();
    const block = document.querySelector<HTMLElement>(`[data-segment="${CSS.escape(segmentId)}"][lang="id"]`);
    if (!block) return;
    const found = await speech.findIndonesianVoice();
    if ('missing' in found) return setMessage(found.missing === 'voice' ? labels.noVoice : labels.noSpeech);
    setMessage('');
    setSpeaking(true);
    speech.speakBlock(block, found.voice, () => setSpeaking(false));
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-x-3">
      <button
        type="button"
        className="tool-button"
        aria-label={labels.name}
        aria-pressed={speaking}
        data-listen={segmentId}
        onClick={toggle}
      >
        <span aria-hidden="true">{speaking ? '■' : '▶'}</span> {labels.listen}
      </button>
      <span role="status" className="text-sm text-[var(--color-muted)]">
        {message}
      </span>
    </span>
  );
}
