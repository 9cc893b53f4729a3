import { NextResponse } from 'next/server';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../lib/routes/table.mjs';

const pages = new Map<Locale, string | null>();

/**
 * The locale's prerendered 404 page (app/[locale]/missing) with status 404, for every address
 * under a locale that names no page. Read once from the build. Not through notFound(): Next then
 * sends the page only inside its React payload, blank without JavaScript and with no `lang`
 * (vercel/next.js#62228). Never stored by a shared cache: the address may name a page after the
 * next deploy.
 */
export function notFoundPage(locale: Locale): NextResponse {
  if (!pages.has(locale)) pages.set(locale, readBuiltPage(locale));
  const html = pages.get(locale);
  // `next dev` prerenders nothing: Next answers with its own 404 there.
  if (!html) return NextResponse.next();
  return new NextResponse(html, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

function readBuiltPage(locale: Locale): string | null {
  try {
    return readFileSync(join(process.cwd(), '.next', 'server', 'app', locale, 'missing.html'), 'utf8');
  } catch {
    return null;
  }
}
