import type { Layout } from './reader-layout';
import { RevealButton } from './RevealButton';

/** What a block's learner controls need: the layout and their strings, translated on the server. */
export interface LearnerProps {
  layout: Layout;
  labels: { reveal: string };
}

/** The id of the element holding a segment's translation, which a reveal button controls. */
export const translationId = (segmentId: string) => `translation-${segmentId}`;

/** In the "original only" layout, the reveal button of one block, shown under its original. */
export function BlockTools({ segmentId, learner }: { segmentId: string; learner: LearnerProps }) {
  if (learner.layout !== 'original') return null;
  return (
    <div className="mt-2 text-sm">
      <RevealButton controls={translationId(segmentId)} label={learner.labels.reveal} />
    </div>
  );
}
