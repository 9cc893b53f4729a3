/**
 * Scratch Next.js apps under bench/.work: copies of this project (other engineers build in the
 * repo's own .next, so the benchmark never does) and the bare next-intl app used as a baseline.
 * Both share the project's node_modules through a symlink, so they run the same installed versions.
 */
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { runMeasured, startService, waitForHttp, type Measured, type Service } from './processes';

export const ROOT = join(__dirname, '..');
export const WORK = join(ROOT, 'bench', '.work');

/** Paths (relative to the repo) that a copy leaves out: build output, dependencies, history, scratch. */
const LEFT_OUT = new Set([
  '.next',
  'node_modules',
  '.git',
  'bench/.work',
  'tests/e2e/.artifacts',
  'tsconfig.tsbuildinfo',
]);

/** Copies the working tree (uncommitted work included) to `bench/.work/<name>`, replacing any earlier copy. */
export function copyProject(name: string): string {
  const target = join(WORK, name);
  rmSync(target, { recursive: true, force: true });
  copyTree(ROOT, target, '');
  symlinkSync(join(ROOT, 'node_modules'), join(target, 'node_modules'));
  // A second lockfile below the repo's makes Next warn about which one is the workspace root.
  rmSync(join(target, 'package-lock.json'));
  return target;
}

function copyTree(from: string, to: string, relative: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    const rel = relative ? `${relative}/${entry}` : entry;
    if (LEFT_OUT.has(rel)) continue;
    const source = join(from, entry);
    const stat = lstatSync(source);
    if (stat.isDirectory()) copyTree(source, join(to, entry), rel);
    else if (stat.isSymbolicLink()) symlinkSync(readlinkSync(source), join(to, entry));
    else copyFileSync(source, join(to, entry));
  }
}

/**
 * The baseline app: one [locale] layout with NextIntlClientProvider messages={null} and one page,
 * nothing else, built with the project's own next and next-intl. With `texts`, the page renders
 * those texts and nothing else, one `<p lang>` each: the least HTML an App Router page carrying
 * the article can weigh.
 */
export function writeBareApp(name: string, texts?: { id: string[]; en: string[] }): string {
  const target = join(WORK, name);
  rmSync(target, { recursive: true, force: true });
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'bare-next-intl', private: true }),
    'next.config.js': `const createNextIntlPlugin = require('next-intl/plugin');
module.exports = createNextIntlPlugin('./i18n/request.ts')({});
`,
    'i18n/request.ts': `import { getRequestConfig } from 'next-intl/server';
export default getRequestConfig(async ({ requestLocale }) => ({ locale: (await requestLocale) ?? 'en', messages: {} }));
`,
    'app/[locale]/layout.tsx': `import { NextIntlClientProvider } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
export function generateStaticParams() {
  return [{ locale: 'en' }, { locale: 'id' }];
}
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={null}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
`,
    'app/[locale]/page.tsx': texts
      ? `import { setRequestLocale } from 'next-intl/server';
const texts = ${JSON.stringify(texts)};
export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  return (
    <main>
      {texts.id.map((text, i) => (
        <div key={i}>
          <p lang="id">{text}</p>
          <p lang="en">{texts.en[i]}</p>
        </div>
      ))}
    </main>
  );
}
`
      : `import { setRequestLocale } from 'next-intl/server';
export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  return <h1>Bare</h1>;
}
`,
    'tsconfig.json': JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['dom', 'esnext'],
          strict: true,
          skipLibCheck: true,
          noEmit: true,
          module: 'esnext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          isolatedModules: true,
          esModuleInterop: true,
          plugins: [{ name: 'next' }],
        },
        include: ['**/*.ts', '**/*.tsx'],
        exclude: ['node_modules'],
      },
      null,
      2,
    ),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    writeFileSync(join(target, file), text);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(target, 'node_modules'));
  return target;
}

const nextBin = (app: string) => join(app, 'node_modules', 'next', 'dist', 'bin', 'next');

export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra };
}

/** `npm run build` where the app has one (the project: content check, then next build), else `next build`. */
export function buildApp(app: string, env: NodeJS.ProcessEnv, viaNpm: boolean): Promise<Measured> {
  return viaNpm
    ? runMeasured('npm', ['run', 'build'], { cwd: app, env })
    : runMeasured(process.execPath, [nextBin(app), 'build'], { cwd: app, env });
}

/**
 * The app's production server on 127.0.0.1:`port`, resolved once it answers: the project's own
 * (`npm start`, deploy/server.mjs) where it has one, else `next start` (the bare baselines).
 */
export async function startApp(app: string, port: number, name: string): Promise<Service> {
  const ownServer = join(app, 'deploy', 'server.mjs');
  const service = startService(
    name,
    process.execPath,
    existsSync(ownServer)
      ? [ownServer, '--port', String(port), '--hostname', '127.0.0.1']
      : [nextBin(app), 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: app,
      env: buildEnv(),
      logFile: join(WORK, `${name}.log`),
    },
  );
  await waitForHttp(`http://127.0.0.1:${port}/`);
  return service;
}
