// One Lighthouse 12 run (default mobile preset, simulated throttling) in a fresh headless Chromium:
// `node bench/lighthouse-once.mjs <url> <chrome path>` prints the scores and failing audits as JSON.
// Plain JavaScript run by plain node on purpose: Lighthouse sends functions to the page as source
// text, and tsx's transform adds a `__name` helper to them that does not exist in the page.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const [url, chromePath] = process.argv.slice(2);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const chrome = await launch({
  chromePath,
  // Root in a container: Chromium's sandbox needs user namespaces that are not there.
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const summary = {};
  for (const category of categories) {
    const { score, auditRefs } = lhr.categories[category];
    summary[category] = {
      score: Math.round((score ?? 0) * 100),
      // Weighted audits that did not pass, e.g. "color-contrast" or "largest-contentful-paint (2.9 s)".
      failing: auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => (audit.displayValue ? `${audit.id} (${audit.displayValue})` : audit.id)),
    };
  }
  process.stdout.write(JSON.stringify(summary));
} finally {
  chrome.kill();
}
