// @ts-check
const { readdirSync } = require('node:fs');
const { join } = require('node:path');
const createNextIntlPlugin = require('next-intl/plugin');
// The route table is a plain module so that this file can read it (it cannot import TypeScript).
const { SLUG } = require('./lib/routes/table.mjs');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const isProduction = process.env.NODE_ENV === 'production';
// `npm run studio` (deploy/studio.mjs): the translation workspace. Its routes are the
// `page.studio.tsx` / `route.studio.ts` files, which only this mode compiles, so the public
// build (`npm run build`) holds no workspace page and no write endpoint at all.
const isStudio = process.env.SEJAJAR_STUDIO === '1';

// See README "Security". Pages are prerendered, so no per-request nonce: inline scripts (Next's
// RSC payload, `self.__next_f.push`) are allowed as inline only; script files only from 'self'.
const contentSecurityPolicy = [
  "default-src 'self'",
  // `next dev` needs eval for React's debugging aids; `next build`/`next start` never do.
  `script-src 'self' 'unsafe-inline'${isProduction ? '' : " 'unsafe-eval'"}`,
  "script-src-attr 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Nothing here needs a powerful feature (speechSynthesis needs no permission). Only features
  // Chromium knows: an unknown one (`bluetooth` was one) is a console warning on every page.
  {
    key: 'Permissions-Policy',
    value:
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()',
  },
  // Browsers ignore it over plain HTTP (loopback, tests); behind HTTPS it pins the site to HTTPS.
  ...(isProduction
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
];

// The articles this build publishes, written into the build for proxy/published.ts: an article
// folder put on the server later is a 404, never rendered on demand without the content check.
// `npm run build` validates every folder first (prebuild), so a folder here is a valid article.
const contentDir = process.env.SEJAJAR_CONTENT_DIR ?? join(__dirname, 'content');
const publishedSlugs = readdirSync(join(contentDir, 'articles'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && SLUG.test(entry.name))
  .map((entry) => entry.name);

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // deploy/server.mjs compresses (Brotli or gzip); `npm run studio` is local and needs none.
  compress: false,
  reactStrictMode: true,
  pageExtensions: isStudio ? ['studio.tsx', 'studio.ts', 'tsx', 'ts'] : ['tsx', 'ts'],
  // Inlined at compile time: in the public build the workspace's branches are dead code.
  env: { SEJAJAR_PUBLISHED: publishedSlugs.join(','), SEJAJAR_STUDIO: isStudio ? '1' : '' },
  experimental: {
    // The stylesheet goes into each page, so the first paint needs one round trip, not two: the
    // whole Tailwind output is about 6 kB gzip (README "Performance").
    inlineCss: true,
    // Every unknown URL (`/en/articles/<anything>`) would otherwise write its rendered 404 under
    // .next/server, so a crawler of random URLs could fill the disk; the in-memory cache is bounded.
    isrFlushToDisk: false,
  },
  // Security headers on every response. Cache-Control is decided per response, not per path, by
  // deploy/server.mjs (deploy/cache-policy.mjs): a path's redirect, RSC payload or 404 must
  // never carry the lifetime of its page.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
