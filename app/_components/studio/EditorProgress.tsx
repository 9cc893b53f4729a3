import { useId } from 'react';
import { fill } from './fill';
import type { EditorLabels } from './types';

interface Props {
  translated: number;
  reviewed: number;
  total: number;
  labels: EditorLabels;
}

/** How much of the article is on disk as translated or reviewed: counts saved work only. */
export function EditorProgress({ translated, reviewed, total, labels }: Props) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span id={`${id}-label`}>{labels.progressLabel}</span>
      <progress
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-text`}
        value={translated + reviewed}
        max={Math.max(total, 1)}
        className="w-40"
      />
      <span id={`${id}-text`}>{fill(labels.progressText, { translated, reviewed, total })}</span>
    </div>
  );
}
