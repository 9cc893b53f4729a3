import { useEffect } from 'react';

/**
 * Asks before the page is left while `hasUnsaved()` says the server lacks some text. The drafts
 * would survive in localStorage, but the translator should know the work is not on disk.
 */
export function useLeaveWarning(hasUnsaved: () => boolean) {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsaved()) return;
      event.preventDefault();
      event.returnValue = ''; // older browsers show the prompt only when this is set
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [hasUnsaved]);
}
