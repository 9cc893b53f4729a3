import { splitDateline } from '@/lib/content/dateline';

/**
 * The text of one block. Content is rendered as React text nodes only, so anything that looks
 * like markup in an article is shown as text, never parsed.
 */
export function SegmentText({ text }: { text: string }) {
  const { dateline, gap, rest } = splitDateline(text);
  if (!dateline) return text;
  return (
    <>
      <span className="dateline">{dateline}</span>
      {gap}
      {rest}
    </>
  );
}
