import { useEffect } from 'react';
import { readDraft, type Draft } from './drafts';
import type { EditorAction } from './editor-state';
import type { EditorSegment } from './types';

/**
 * Reads drafts from an earlier visit once the editor is on screen. Not in the first render: the
 * server cannot see localStorage, and the first client render must match the server's HTML.
 */
export function useStoredDrafts(
  slug: string,
  segments: EditorSegment[],
  dispatch: (action: EditorAction) => void,
) {
  useEffect(() => {
    const drafts: Record<string, Draft> = {};
    for (const s of segments) {
      const draft = readDraft(slug, s.id);
      if (draft) drafts[s.id] = draft;
    }
    dispatch({ type: 'drafts', drafts });
  }, [slug, segments, dispatch]);
}
