import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server';

export const STUDIO_SCRIPT = join(process.cwd(), 'deploy', 'studio.mjs');

export interface Studio {
  child: ChildProcess;
  baseURL: string;
  /** The workspace's own copy of content/: tests never write into the repository's. */
  contentDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * `npm run studio` (deploy/studio.mjs) on a free port, over a scratch copy of content/, resolved
 * once the workspace answers (the dev server compiles each route on its first request).
 */
export async function startStudio({
  hostname = '127.0.0.1',
  env = {},
  wait = true,
}: { hostname?: string; env?: Record<string, string>; wait?: boolean } = {}): Promise<Studio> {
  const contentDir = mkdtempSync(join(tmpdir(), 'sejajar-studio-'));
  cpSync(join(process.cwd(), 'content'), contentDir, { recursive: true });
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [STUDIO_SCRIPT, '--port', String(port), '--hostname', hostname], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SEJAJAR_CONTENT_DIR: contentDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(contentDir, { recursive: true, force: true });
  };
  const studio = { child, baseURL: `http://127.0.0.1:${port}`, contentDir, output: () => output, stop };
  if (wait) {
    try {
      await waitForStudio(studio);
    } catch (error) {
      await stop();
      throw error;
    }
  }
  return studio;
}

/** Waits for the workspace's first answer (any status: a 401 is an answer too). */
async function waitForStudio(studio: Studio) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (studio.child.exitCode !== null) throw new Error(`the studio exited: ${studio.output()}`);
    try {
      const response = await fetch(`${studio.baseURL}/en/studio`, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the studio did not answer within 120 s: ${studio.output()}`);
}

/** Resolves with the exit code once `child` exits, or rejects after `ms`. */
export function exitOf(child: ChildProcess, ms = 60_000): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('still running')), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
