import { parseStudyList, STUDY_STORAGE_KEY } from '@/lib/study/entry';

/** Whether this device's study list holds `termId` (a name's id, or `word:<form>`). */
export function isSavedOnDevice(termId: string): boolean {
  try {
    return parseStudyList(localStorage.getItem(STUDY_STORAGE_KEY)).some((entry) => entry.termId === termId);
  } catch {
    return false; // storage blocked: the Save button still works for this page
  }
}
