/**
 * `npm run bench:studio`: the translation workspace, each figure beside its baseline in the run.
 *
 * - A save's round trip: 200 sequential saves on a 200-segment article, each based on the hash
 *   the previous one returned, through `npm run studio` over HTTP (what the editor waits for
 *   before it says "Saved"). Baseline: writing the same en.json with `fs.writeFile` directly.
 *   Budget: p95 under 30 ms.
 * - The editor's JavaScript: gzip of every script the editor page loads in a production build of
 *   the workspace (SEJAJAR_STUDIO=1 next build), against the bare next-intl page. Budget: at most
 *   60 KB over the bare page.
 * The translation memory has its own bench (bench/memory.ts); that typing re-renders no other
 * row is shown by app/_components/studio/StudioEditor.renders.test.tsx.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatContentJson } from '../lib/content/format-json';
import { segmentHash } from '../lib/content/segment-hash';
import { pageWeight } from './js-weight';
import { freePort, startService, stopAll, waitForHttp } from './processes';
import { buildApp, buildEnv, copyProject, ROOT, startApp, WORK, writeBareApp } from './scratch';

const SEED = 'putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi';
const LONG = 'two-hundred-segments';
const SEGMENTS = 200;
const SAVES = 200;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The seed's paragraphs repeated into a 200-segment article, all translated. */
function writeLongArticle(contentDir: string) {
  const seed = (file: string) => JSON.parse(readFileSync(join(contentDir, 'articles', SEED, file), 'utf8'));
  const [meta, original, translation] = [seed('article.json'), seed('id.json'), seed('en.json')];
  const body = original.segments.slice(1);
  const english = translation.segments.slice(1);
  const ids = ['headline', ...Array.from({ length: SEGMENTS - 1 }, (_, i) => `p${i + 1}`)];
  const dir = join(contentDir, 'articles', LONG);
  cpSync(join(contentDir, 'articles', SEED), dir, { recursive: true });
  writeFileSync(join(dir, 'article.json'), formatContentJson({ ...meta, related: [] }));
  writeFileSync(
    join(dir, 'id.json'),
    formatContentJson({
      ...original,
      segments: ids.map((id, i) => ({
        id,
        text: i === 0 ? original.segments[0].text : body[(i - 1) % body.length].text,
      })),
    }),
  );
  const en = {
    ...translation,
    segments: ids.map((id, i) => {
      const source = i === 0 ? translation.segments[0] : english[(i - 1) % english.length];
      return { id, status: 'translated', text: source.text };
    }),
    related: [],
  };
  writeFileSync(join(dir, 'en.json'), formatContentJson(en));
  return { file: join(dir, 'en.json'), en };
}

async function saveRoundTrips(): Promise<{ trips: number[]; baseline: number[] }> {
  const contentDir = mkdtempSync(join(tmpdir(), 'sejajar-bench-studio-'));
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  const { file, en } = writeLongArticle(contentDir);
  const port = await freePort();
  const studio = startService(
    'studio',
    process.execPath,
    [join(ROOT, 'deploy', 'studio.mjs'), '--port', String(port)],
    {
      cwd: ROOT,
      env: buildEnv({ SEJAJAR_CONTENT_DIR: contentDir }),
      logFile: join(WORK, 'studio.log'),
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${origin}/en/studio`, 180_000);
    const hashes = new Map(
      en.segments.map((s: { id: string; status: 'translated'; text: string }) => [s.id, segmentHash(s)]),
    );
    const save = async (id: string, text: string) => {
      const started = performance.now();
      const response = await fetch(`${origin}/api/studio/articles/${LONG}/segments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin },
        body: JSON.stringify({ id, base: hashes.get(id), status: 'translated', text }),
      });
      const body = (await response.json()) as { hash?: string };
      if (!response.ok || !body.hash) throw new Error(`save answered ${response.status}`);
      hashes.set(id, body.hash);
      return performance.now() - started;
    };
    for (let i = 0; i < 20; i++) await save(`p${i + 1}`, `Warm-up ${i}.`); // compile and warm the route
    const trips: number[] = [];
    for (let i = 0; i < SAVES; i++)
      trips.push(await save(`p${(i % (SEGMENTS - 1)) + 1}`, `Saved text number ${i}.`));
    const current = readFileSync(file, 'utf8');
    const baseline: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const started = performance.now();
      await writeFile(file, current);
      baseline.push(performance.now() - started);
    }
    return { trips, baseline };
  } finally {
    await studio.stop();
    rmSync(contentDir, { recursive: true, force: true });
  }
}

async function editorWeight() {
  const app = copyProject('studio-app');
  await buildApp(app, buildEnv({ SEJAJAR_STUDIO: '1' }), false);
  const bare = writeBareApp('bare');
  await buildApp(bare, buildEnv(), false);
  const [appPort, barePort] = [await freePort(), await freePort()];
  const appServer = startService(
    'studio-app',
    process.execPath,
    [join(app, 'node_modules/next/dist/bin/next'), 'start', '-p', String(appPort), '-H', '127.0.0.1'],
    {
      cwd: app,
      env: buildEnv({ SEJAJAR_STUDIO: '1' }),
      logFile: join(WORK, 'studio-app.log'),
    },
  );
  await waitForHttp(`http://127.0.0.1:${appPort}/en`);
  const editor = await pageWeight(`http://127.0.0.1:${appPort}`, `/en/studio/${SEED}`);
  const reader = await pageWeight(`http://127.0.0.1:${appPort}`, `/en/articles/${SEED}`);
  await appServer.stop();
  const bareServer = await startApp(bare, barePort, 'next-bare');
  const baseline = await pageWeight(`http://127.0.0.1:${barePort}`, '/en');
  await bareServer.stop();
  return { editor, reader, baseline };
}

async function main() {
  console.log(`› load average ${loadavg()[0]!.toFixed(1)}; ${SAVES} saves on a ${SEGMENTS}-segment article`);
  const { trips, baseline } = await saveRoundTrips();
  console.log(
    `save round trip   p50 ${ms(percentile(trips, 50))}  p95 ${ms(percentile(trips, 95))}  max ${ms(Math.max(...trips))}  (budget p95 < 30 ms)`,
  );
  console.log(`baseline fs write p50 ${ms(percentile(baseline, 50))}  p95 ${ms(percentile(baseline, 95))}`);
  if (process.argv.includes('--saves-only')) return;
  console.log('› production build of the workspace and of the bare page');
  const weight = await editorWeight();
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log(
    `editor JS ${kb(weight.editor.jsGzip)} gzip (${weight.editor.scriptCount} scripts, status ${weight.editor.status}); reader in the same build ${kb(weight.reader.jsGzip)}`,
  );
  console.log(
    `bare page JS ${kb(weight.baseline.jsGzip)}; editor over bare: ${kb(weight.editor.jsGzip - weight.baseline.jsGzip)} (budget ≤ 60 kB)`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
