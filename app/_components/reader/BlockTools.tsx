import type { Layout } from './reader-layout';
import { ListenButton, type ListenLabels } from './ListenButton';
import { RevealButton } from './RevealButton';

/** What a block's learner controls need: the layout and their strings, translated on the server. */
export interface LearnerProps {
  layout: Layout;
  labels: { reveal: string; listen: Omit<ListenLabels, 'name'>; listenName: string };
}

/** The id of the element holding a segment's translation, which a reveal button controls. */
export const translationId = (segmentId: string) => `translation-${segmentId}`;

/** Listen and, in the "original only" layout, reveal: both act on one block, shown under its original. */
export function BlockTools({ segmentId, learner }: { segmentId: string; learner: LearnerProps }) {
  const { layout, labels } = learner;
  if (layout === 'translation') return null;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      {layout === 'original' ? (
        <RevealButton controls={translationId(segmentId)} label={labels.reveal} />
      ) : null}
      <ListenButton segmentId={segmentId} labels={{ ...labels.listen, name: labels.listenName }} />
    </div>
  );
}
