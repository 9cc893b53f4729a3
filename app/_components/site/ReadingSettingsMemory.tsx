'use client';

import { useEffect } from 'react';
import {
  applySetting,
  isSettingName,
  READING_SETTINGS_ID,
  readingSettings,
  settingNames,
} from './reading-settings';

/**
 * Renders nothing: checks the radios the early script applied, then applies and stores each new
 * choice at once (no Save button: the page itself is the preview). Escape closes the panel and
 * gives focus back to its summary, as a disclosure a keyboard user opened should.
 */
export function ReadingSettingsMemory() {
  useEffect(() => {
    const panel = document.getElementById(READING_SETTINGS_ID);
    const details = panel?.closest('details');
    if (!panel || !details) return;
    const root = document.documentElement;
    for (const name of settingNames) {
      const current = root.dataset[name] ?? readingSettings[name].initial;
      const radio = panel.querySelector<HTMLInputElement>(`input[name="${name}"][value="${current}"]`);
      if (radio) radio.checked = true;
    }
    const onChange = (event: Event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || !isSettingName(input.name)) return;
      applySetting(root, input.name, input.value);
      try {
        window.localStorage.setItem(readingSettings[input.name].storageKey, input.value);
      } catch {
        // Storage blocked: the choice holds for this page only.
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    panel.addEventListener('change', onChange);
    details.addEventListener('keydown', onKeyDown);
    return () => {
      panel.removeEventListener('change', onChange);
      details.removeEventListener('keydown', onKeyDown);
    };
  }, []);
  return null;
}
