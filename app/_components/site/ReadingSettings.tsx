import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { ReadingSettingsMemory } from './ReadingSettingsMemory';
import { READING_SETTINGS_ID, readingSettings, type SettingName } from './reading-settings';

/**
 * Text size and theme, behind a disclosure in the header. Plain radio groups in fieldsets, so
 * arrow keys, Space and screen readers work as they do on any form; the leaf after it stores and
 * applies a change. The radios are rendered at their defaults and the leaf checks the stored ones.
 */
export async function ReadingSettings({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Settings' });
  return (
    <details className="relative text-sm">
      <summary className="settings-summary">{t('button')}</summary>
      <div id={READING_SETTINGS_ID} className="settings-panel">
        <RadioGroup
          name="textSize"
          legend={t('textSize')}
          options={readingSettings.textSize.values.map((value) => ({
            value,
            label: t(`textSizes.${value}`),
          }))}
        />
        <RadioGroup
          name="theme"
          legend={t('theme')}
          options={readingSettings.theme.values.map((value) => ({ value, label: t(`themes.${value}`) }))}
        />
        <p className="text-xs text-[var(--color-muted)]">{t('remembered')}</p>
      </div>
      <ReadingSettingsMemory />
    </details>
  );
}

function RadioGroup({
  name,
  legend,
  options,
}: {
  name: SettingName;
  legend: string;
  options: { value: string; label: string }[];
}) {
  return (
    <fieldset className="mb-3">
      <legend className="mb-1 font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map(({ value, label }) => (
          <label key={value} className="inline-flex min-h-6 items-center gap-1.5">
            <input
              type="radio"
              name={name}
              value={value}
              defaultChecked={value === readingSettings[name].initial}
              className="h-4 w-4 accent-[var(--color-accent)]"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
