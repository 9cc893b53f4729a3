import en from '@/messages/en.json';
import id from '@/messages/id.json';
import { earlySettingsScript } from '@/app/_components/site/reading-settings';

// Reached only for paths outside every locale (e.g. a file name with an extension), where no
// interface language has been chosen yet: so it speaks both.
export default function GlobalNotFound() {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* The reader's theme and text size here too (see app/[locale]/layout.tsx). */}
        <script>{earlySettingsScript}</script>
      </head>
      <body className="reading-surface">
        <main className="mx-auto grid max-w-3xl gap-10 px-6 py-16 md:grid-cols-2">
          {[
            { lang: 'en', t: en.NotFound },
            { lang: 'id', t: id.NotFound },
          ].map(({ lang, t }) => (
            <section key={lang} lang={lang}>
              <h1 className="font-serif text-2xl font-semibold">{t.title}</h1>
              <p className="mt-3">{t.body}</p>
              <p className="mt-6">
                <a className="link" href={`/${lang}`}>
                  {t.back}
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
