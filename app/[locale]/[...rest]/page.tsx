import { notFound } from 'next/navigation';

// Catches every path under a locale that no page claims, so it gets the localized 404
// (app/[locale]/not-found.tsx) instead of the bilingual global one.
export default function CatchAll() {
  notFound();
}
