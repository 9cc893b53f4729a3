import { getMessages, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { KEYS_HELP_ID } from './keys-help-id';

/**
 * The list of reader keys, a native modal dialog rendered on the server. ReaderKeys opens it with
 * showModal(); Escape and the close button (`method="dialog"`) close it with no script of ours,
 * and the browser returns focus to the opener. The rows are the `Learner.keys` messages, so
 * another feature adds its key there.
 */
export async function KeysHelp({ locale }: { locale: Locale }) {
  const [t, messages] = await Promise.all([
    getTranslations({ locale, namespace: 'Learner' }),
    getMessages({ locale }),
  ]);
  // One row per command, in the order shown, keys separated by spaces: a feature adds its key as a new row.
  const rows = Object.values(messages.Learner.keys);
  return (
    <dialog id={KEYS_HELP_ID} aria-labelledby={`${KEYS_HELP_ID}-title`} className="keys-dialog">
      <h2 id={`${KEYS_HELP_ID}-title`} className="font-serif text-xl font-semibold">
        {t('keysTitle')}
      </h2>
      <p className="mt-1 text-sm text-[var(--color-muted)]">{t('keysIntro')}</p>
      <table className="mt-3 text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t('keysColumn')}</th>
            <th scope="col">{t('actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.keys}>
              <td className="whitespace-nowrap py-1 pr-4 align-top">
                {row.keys.split(' ').map((key, i) => (
                  <span key={key}>
                    {i > 0 ? ' ' : null}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td className="py-1">{row.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="mt-4 text-right">
        <button type="submit" className="tool-button">
          {t('close')}
        </button>
      </form>
    </dialog>
  );
}
