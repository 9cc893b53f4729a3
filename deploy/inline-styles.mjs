// @ts-check
/**
 * The Content-Security-Policy hashes of the stylesheets Next writes into each page
 * (`experimental.inlineCss`): the first paint then needs the HTML alone, one round trip instead
 * of two. `style-src 'self'` would block those <style> elements; `'unsafe-inline'` would allow
 * any style an injection could add. A hash allows exactly the stylesheet this build made, so the
 * policy is relaxed by the least that works. The inline text is the CSS file byte for byte
 * (tests/e2e/security.spec.ts loads every page under the policy and fails on any violation).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} distDir @returns {string[]} `'sha256-…'` sources, one per CSS file of the build */
export function inlineStyleSources(distDir) {
  const dir = join(distDir, 'static');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .sort()
    .map(
      (file) =>
        `'sha256-${createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('base64')}'`,
    );
}

/** The policy with the build's stylesheets allowed as inline styles. @param {string} policy @param {string[]} sources */
export const allowInlineStyles = (policy, sources) =>
  sources.length === 0
    ? policy
    : policy.replace(/\bstyle-src 'self'/, `style-src 'self' ${sources.join(' ')}`);
