/**
 * The reader's display settings: one definition shared by the inline script that applies them
 * before the first paint, the control in the header, and the CSS keyed on `data-*` of <html>.
 * Stored in localStorage, not a cookie, so the prerendered HTML never varies by reader.
 */
export const readingSettings = {
  textSize: {
    storageKey: 'sejajar.textSize',
    values: ['small', 'medium', 'large', 'larger'],
    initial: 'medium',
  },
  theme: { storageKey: 'sejajar.theme', values: ['system', 'light', 'dark'], initial: 'system' },
} as const;

export type SettingName = keyof typeof readingSettings;
export type SettingValue<Name extends SettingName> = (typeof readingSettings)[Name]['values'][number];

export const settingNames = Object.keys(readingSettings) as SettingName[];

export function isSettingValue<Name extends SettingName>(
  name: Name,
  value: unknown,
): value is SettingValue<Name> {
  return (readingSettings[name].values as readonly unknown[]).includes(value);
}

/**
 * Puts a setting on <html> as `data-text-size` / `data-theme`. The initial value is no attribute
 * at all, which is also what a reader without JavaScript gets: medium text, the system's theme.
 */
export function applySetting(root: HTMLElement, name: SettingName, value: string) {
  if (value === readingSettings[name].initial || !isSettingValue(name, value)) delete root.dataset[name];
  else root.dataset[name] = value;
}

/**
 * The inline script at the top of each page: it puts the stored choices on <html> while the
 * document is still being parsed, so the first paint is already in the reader's theme and text
 * size (no flash of the light page). Plain ES5 and a few hundred bytes; storage may be blocked
 * (private mode, policy), and then the page simply keeps its defaults.
 */
export const earlySettingsScript = `try{var r=document.documentElement,s=${JSON.stringify(
  settingNames.map((name) => [
    name,
    readingSettings[name].storageKey,
    readingSettings[name].values.filter((value) => value !== readingSettings[name].initial),
  ]),
)};for(var i=0;i<s.length;i++){var v=localStorage.getItem(s[i][1]);if(s[i][2].indexOf(v)>=0)r.dataset[s[i][0]]=v}}catch(e){}`;

/** The panel of radios in the header, which ReadingSettingsMemory listens to. */
export const READING_SETTINGS_ID = 'reading-settings';

export const isSettingName = (name: string): name is SettingName => Object.hasOwn(readingSettings, name);
